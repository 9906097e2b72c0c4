'use client';
import { Button, useAuth, useDocumentDrawer } from '@payloadcms/ui';
import { useState } from 'react';
import { proposingUnit } from './ownUnit.ts';

interface Props {
  rowData?: { id?: string | number; name?: string };
}

/**
 * 申请取消 on a catalog list row: a new 动态调整 with kind 取消, the item, the unit's implementation
 * of it and the unit filled in, in a drawer. Only unit staff see the button, and only the unit's own
 * implementation can be chosen (matchTarget and the create access refuse anything else on the server).
 */
export function RequestCancelCell({ rowData }: Props) {
  const { user } = useAuth<{ roles?: string[]; unit?: unknown }>();
  const unit = proposingUnit(user);
  const [Drawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: 'adjustments' });
  const [initialData, setInitialData] = useState<Record<string, unknown> | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (unit === undefined || rowData?.id === undefined) return null;

  const open = async () => {
    setProblem(null);
    const params = new URLSearchParams({ 'where[catalogItem][equals]': String(rowData.id), 'where[unit][equals]': String(unit), depth: '0', limit: '1', draft: 'true' });
    const response = await fetch(`/api/implementations?${params.toString()}`, { credentials: 'include' });
    const body = await response.json().catch(() => null);
    const implementation = body?.docs?.[0]?.id;
    if (!response.ok || implementation === undefined) {
      setProblem('本单位没有此事项的实施清单，无需申请取消。');
      return;
    }
    setInitialData({ kind: 'cancel', catalogItem: rowData.id, implementation, unit });
    openDrawer();
  };

  return (
    <span style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.5rem' }}>
      <Button buttonStyle="secondary" size="small" margin={false} onClick={open} aria-label={`申请取消：${rowData.name ?? ''}`}>
        申请取消
      </Button>
      {problem ? <span role="alert">{problem}</span> : null}
      {initialData ? <Drawer initialData={initialData} /> : null}
    </span>
  );
}
