'use client';
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui';
import { useCallback, useEffect, useState } from 'react';

interface Line {
  collection: 'catalog-items' | 'implementations';
  id: number | string;
  name: string;
  code?: string;
  via?: ('item' | 'own')[];
  citations: { partLabel: string; label?: string }[];
}

interface Impact {
  catalogItems: Line[];
  implementations: Line[];
}

function where(line: Line): string {
  const own = line.citations.map((c) => `${c.partLabel}${c.label ? `（${c.label}）` : ''}`);
  return [...(line.via?.includes('item') ? ['目录清单设定依据'] : []), ...own].join('、');
}

function Table({ caption, lines, codeLabel }: { caption: string; lines: Line[]; codeLabel: string }) {
  return (
    <table style={{ width: '100%', borderCollapse: 'collapse', marginBottom: '1rem' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}（{lines.length} 项）</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: 'left' }}>名称</th>
          <th scope="col" style={{ textAlign: 'left' }}>{codeLabel}</th>
          <th scope="col" style={{ textAlign: 'left' }}>引用位置</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={`${line.collection}-${line.id}`}>
            <td><a href={`/admin/collections/${line.collection}/${line.id}`}>{line.name || `编号 ${line.id}`}</a></td>
            <td>{line.code ?? '未填写'}</td>
            <td>{where(line)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 引用情况 on a law's page: every catalog item and guide citing it (as far as the user may read
 * them), and for administrators 为全部引用事项发起调整.
 */
export function LawImpact() {
  const { id } = useDocumentInfo();
  const { user } = useAuth<{ roles?: string[] }>();
  const [impact, setImpact] = useState<Impact | null>(null);
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const load = useCallback(async () => {
    if (id === undefined || id === null) return;
    const response = await fetch(`/api/laws/${String(id)}/impact`, { credentials: 'include' });
    const body = (await response.json()) as Impact & { errors?: { message: string }[] };
    if (response.ok) setImpact(body);
    else setMessage(body.errors?.[0]?.message ?? `请求失败（${response.status}）`);
  }, [id]);
  useEffect(() => {
    load().catch((error: unknown) => setMessage(`无法连接服务器：${error instanceof Error ? error.message : String(error)}`));
  }, [load]);
  if (id === undefined || id === null) return null;
  const start = async () => {
    if (!window.confirm('将为下列每项办事指南在其实施单位建立一份动态调整草稿（已有未办结调整的跳过），并通知各单位。确定继续？')) return;
    setBusy(true);
    try {
      const response = await fetch(`/api/laws/${String(id)}/start-adjustments`, { method: 'POST', credentials: 'include' });
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] };
      setMessage(body.message ?? body.errors?.[0]?.message ?? `请求失败（${response.status}）`);
    } catch (error) {
      setMessage(`无法连接服务器：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="law-impact-title" style={{ marginBottom: '2rem' }}>
      <h3 id="law-impact-title">引用情况</h3>
      {message && <p role="status">{message}</p>}
      {!impact ? (
        !message && <p>正在统计…</p>
      ) : impact.catalogItems.length + impact.implementations.length === 0 ? (
        <p>目录中没有事项、材料或收费引用本依据。</p>
      ) : (
        <>
          <Table caption="引用本依据的目录清单事项" lines={impact.catalogItems} codeLabel="基本编码" />
          <Table caption="受影响的办事指南" lines={impact.implementations} codeLabel="实施编码" />
          {user?.roles?.includes('admin') && impact.implementations.length > 0 && (
            <Button buttonStyle="secondary" disabled={busy} onClick={start} margin={false}>
              {busy ? '正在发起…' : '为全部引用事项发起调整'}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
