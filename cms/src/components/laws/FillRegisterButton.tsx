'use client';
import { Button, useAuth } from '@payloadcms/ui';
import { useState } from 'react';

/**
 * 从目录引用生成: above the register's list, for administrators (the endpoint refuses everyone else).
 * Adds an entry for each instrument the catalog cites that the register lacks; safe to repeat.
 */
export function FillRegisterButton() {
  const { user } = useAuth<{ roles?: string[] }>();
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  if (!user?.roles?.includes('admin')) return null;
  const fill = async () => {
    setState({ busy: true });
    try {
      const response = await fetch('/api/laws/fill', { method: 'POST', credentials: 'include' });
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] };
      setState({ busy: false, message: body.message ?? body.errors?.[0]?.message ?? `请求失败（${response.status}）` });
      if (response.ok) window.location.reload();
    } catch (error) {
      setState({ busy: false, message: `无法连接服务器：${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '1rem', marginBottom: '1rem' }}>
      <Button buttonStyle="secondary" disabled={state.busy} onClick={fill} margin={false}>
        {state.busy ? '正在生成…' : '从目录引用生成'}
      </Button>
      <span>{state.message ?? '收录各事项设定依据、材料和收费依据中引用的全部法规；只填写引用中写明的名称和文号，效力级别和时效性请逐条补充。'}</span>
    </div>
  );
}
