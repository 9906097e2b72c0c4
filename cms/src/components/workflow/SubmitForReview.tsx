'use client';
import { Banner, Button, useDocumentInfo, useFormModified } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import type { FieldChange } from '@catalog/content-models';
import { useCallback, useEffect, useId, useState } from 'react';
import { ChangeTable } from './ChangeTable.tsx';

interface Status {
  published: boolean;
  defaultKind: string;
  kinds: { value: string; label: string }[];
  changes: FieldChange[];
  openCase: { id: string; state: string; stateLabel: string; stageName?: string; canSubmit: boolean } | null;
}

const caseLink = (id: string) => `/admin/collections/adjustments/${id}`;
const field = { display: 'block', width: '100%', marginTop: '0.25rem' } as const;

/**
 * 提交审核 on the guide's own page: the editor saves the draft, writes why, and submits — the
 * adjustment is filled from the guide (item, unit, kind) by POST /api/implementations/:id/submit-for-review,
 * which resubmits the guide's open case instead of filing another. Shows where a case under review stands.
 */
export function SubmitForReview() {
  const { id } = useDocumentInfo();
  const modified = useFormModified();
  const router = useRouter();
  const ids = useId();
  const [status, setStatus] = useState<Status | null>(null);
  const [kind, setKind] = useState('');
  const [reason, setReason] = useState('');
  const [basis, setBasis] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; findings: string[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (id === undefined || id === null) return;
    const response = await fetch(`/api/implementations/${String(id)}/review-status`, { credentials: 'include' });
    const json = await response.json();
    if (!response.ok) return setError({ message: json.errors?.[0]?.message ?? '无法读取审核状态', findings: [] });
    setStatus(json as Status);
    setKind((json as Status).defaultKind);
  }, [id]);

  // Again after every save: the diff and the suggested kind follow the saved draft.
  useEffect(() => {
    if (!modified) void load();
  }, [load, modified]);

  if (id === undefined || id === null) return <p>保存草稿后即可提交审核。</p>;
  if (!status) return <p>{error?.message ?? '正在读取审核状态……'}</p>;

  const open = status.openCase;
  const waiting = open?.state === 'in-review' && !open.canSubmit;

  async function submit() {
    setBusy(true);
    setError(null);
    setDone(null);
    const response = await fetch(`/api/implementations/${String(id)}/submit-for-review`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind, reason, ...(basis.trim() ? { basis } : {}), ...(effectiveDate ? { effectiveDate } : {}) }),
    });
    const json = await response.json();
    setBusy(false);
    if (!response.ok) {
      const findings = Array.isArray(json.findings) ? json.findings.map((f: { message?: string }) => f.message ?? '').filter(Boolean) : [];
      return setError({ message: json.errors?.[0]?.message ?? '提交未成功', findings });
    }
    setReason('');
    setBasis('');
    setDone(String(json.adjustment?.id ?? ''));
    await load();
    router.refresh();
  }

  return (
    <section aria-labelledby={`${ids}-title`} style={{ marginBottom: '1.5rem' }}>
      <h4 id={`${ids}-title`}>提交审核</h4>
      {open && (
        <p>
          本指南的调整单 <a href={caseLink(open.id)}>第 {open.id} 号</a>：{open.stateLabel}
          {open.stageName ? `（${open.stageName}）` : ''}
          {waiting ? '，等待审核，暂不能再次提交（需要修改时可在调整单中撤回）。' : '。'}
        </p>
      )}
      {done && (
        <div role="status">
          <Banner type="success">
            已提交审核，调整单 <a href={caseLink(done)}>第 {done} 号</a>。
          </Banner>
        </div>
      )}
      {!waiting && (
        // Not a <form>: the panel sits inside Payload's document form, and a nested form's submit
        // button would save the document instead.
        <div role="group" aria-label="提交审核">
          {status.kinds.length > 1 && (
            <label style={{ display: 'block', marginBottom: '0.5rem' }}>
              调整类型
              <select value={kind} onChange={(e) => setKind(e.target.value)} style={field}>
                {status.kinds.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label style={{ display: 'block', marginBottom: '0.5rem' }}>
            调整理由（必填）
            <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={3} aria-required="true" maxLength={2000} placeholder="如：根据新修订的办法，减少一项申请材料" style={field} />
          </label>
          <label style={{ display: 'block', marginBottom: '0.5rem' }}>
            调整依据（选填）
            <textarea value={basis} onChange={(e) => setBasis(e.target.value)} rows={2} maxLength={2000} placeholder="如：《浙江省公共服务事项管理办法》第十条" style={field} />
          </label>
          <label style={{ display: 'block', marginBottom: '0.5rem' }}>
            生效日期（选填，不填则审核通过后即发布）
            <input type="date" value={effectiveDate} onChange={(e) => setEffectiveDate(e.target.value)} style={field} />
          </label>
          {modified && <Banner type="warning">有未保存的修改：请先保存草稿，提交的是已保存的内容。</Banner>}
          <Button type="button" buttonStyle="primary" size="small" margin={false} disabled={busy || modified || reason.trim() === ''} onClick={() => void submit()}>
            {busy ? '正在提交……' : open ? '重新提交审核' : '提交审核'}
          </Button>
        </div>
      )}
      {!waiting && status.published && <ChangeTable changes={status.changes} />}
      {error && (
        <div role="alert">
          <Banner type="error">{error.message}</Banner>
          {error.findings.length > 0 && (
            <ul style={{ paddingLeft: '1.2rem' }}>
              {error.findings.map((f, i) => (
                <li key={i}>{f}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
