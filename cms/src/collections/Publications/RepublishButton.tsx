'use client';
import { Button, useAuth } from '@payloadcms/ui';
import { useState } from 'react';

/**
 * 立即重新发布: above the publication list, for administrators only (the endpoint refuses everyone
 * else too). The run itself appears in the list once the worker picks it up.
 */
export function RepublishButton() {
  const { user } = useAuth<{ roles?: string[] }>();
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  if (!user?.roles?.includes('admin')) return null;
  const republish = async () => {
    setState({ busy: true });
    try {
      const response = await fetch('/api/publications/republish', { method: 'POST', credentials: 'include' });
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] };
      setState({ busy: false, message: body.message ?? body.errors?.[0]?.message ?? `请求失败（${response.status}）` });
    } catch (error) {
      setState({ busy: false, message: `无法连接服务器：${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '1rem', marginBottom: '1rem' }}>
      <Button buttonStyle="secondary" disabled={state.busy} onClick={republish} margin={false}>
        {state.busy ? '正在加入发布队列…' : '立即重新发布'}
      </Button>
      {state.message && <span role="status">{state.message}</span>}
    </div>
  );
}
