'use client';
import { Button, useAuth, useDocumentDrawer } from '@payloadcms/ui';
import { proposingUnit } from './ownUnit.ts';

/**
 * 新增事项, above the catalog list: opens a new 动态调整 with kind 新增 and the user's unit filled in,
 * in a drawer over the list; the editor picks the unit's drafted guide, gives the reason and saves,
 * then submits it from the case's 审核流程 panel. Only unit staff see it; the server's create access
 * and matchTarget refuse everyone else (and any other unit) whatever the browser sends.
 */
export function ProposeNewItem() {
  const { user } = useAuth<{ roles?: string[]; unit?: unknown }>();
  const unit = proposingUnit(user);
  const [Drawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: 'adjustments' });
  if (unit === undefined) return null;
  return (
    <div className="catalog-propose" style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.75rem', marginBottom: '1rem' }}>
      <Button buttonStyle="primary" size="medium" margin={false} onClick={openDrawer}>
        新增事项
      </Button>
      <span style={{ color: 'var(--theme-elevation-600)' }}>提出新增事项的动态调整：选择本单位起草的办事指南，填写理由后保存，再在“审核流程”中提交审核。</span>
      <Drawer initialData={{ kind: 'add', unit }} />
    </div>
  );
}
