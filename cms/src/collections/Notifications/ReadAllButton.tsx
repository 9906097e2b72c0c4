'use client';
import { Button } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

/** 全部标记为已读, above the notification list: the signed-in user's own unread notices. */
export function ReadAllButton() {
  const router = useRouter();
  const [state, setState] = useState<{ busy: boolean; message?: string }>({ busy: false });
  const readAll = async () => {
    setState({ busy: true });
    try {
      const response = await fetch('/api/notifications/read-all', { method: 'POST', credentials: 'include' });
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] };
      setState({ busy: false, message: body.message ?? body.errors?.[0]?.message ?? `请求失败（${response.status}）` });
      router.refresh();
    } catch (error) {
      setState({ busy: false, message: `无法连接服务器：${error instanceof Error ? error.message : String(error)}` });
    }
  };
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: '1rem', marginBottom: '1rem' }}>
      <Button buttonStyle="secondary" disabled={state.busy} onClick={readAll} margin={false}>
        {state.busy ? '正在标记…' : '全部标记为已读'}
      </Button>
      {state.message && <span role="status">{state.message}</span>}
    </div>
  );
}
