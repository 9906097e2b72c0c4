'use client';
import { Banner, Button, Pill, useDocumentInfo } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import type { WorkflowView } from '../../workflow/view.ts';
import { ChangeTable } from './ChangeTable.tsx';
import { HistoryTimeline } from './HistoryTimeline.tsx';
import { beijingDateTime as dateTime } from '@catalog/content-models/time/beijing-time.ts';

type Action = WorkflowView['actions'][number];

/** The state's colour as Payload's pills show it. */
const pillStyles: Record<string, 'light-gray' | 'warning' | 'success' | 'error'> = {
  draft: 'light-gray',
  'in-review': 'warning',
  returned: 'error',
  withdrawn: 'light-gray',
  approved: 'success',
  rejected: 'error',
};

const endpointOf = (action: Action) => (action.kind === 'submit' ? 'submit' : action.kind === 'withdraw' ? 'withdraw' : 'decide');

/**
 * 审核流程 panel in the adjustment's sidebar: where the case stands, who must act, the actions the
 * server says this user may take (and only those), the review history and the field-level diff.
 * Every action goes through the workflow endpoints; the panel never writes workflow fields itself.
 */
export function WorkflowPanel() {
  const { id } = useDocumentInfo();
  const router = useRouter();
  const [view, setView] = useState<WorkflowView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [opinion, setOpinion] = useState('');
  const [disposition, setDisposition] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (id === undefined || id === null) return;
    const response = await fetch(`/api/adjustments/${String(id)}/workflow`, { credentials: 'include' });
    const json = await response.json();
    if (response.ok) setView(json as WorkflowView);
    else setError(json.errors?.[0]?.message ?? '无法读取审核流程');
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (id === undefined || id === null) return <p>保存草稿后即可提交审核。</p>;
  if (!view) return <p>{error ?? '正在读取审核流程……'}</p>;

  async function run(action: Action) {
    setBusy(true);
    setError(null);
    const decision = action.kind === 'decide' || action.kind === 'confirm';
    const body = decision ? { decision: action.decision, opinion, stageId: action.stageId, ...(disposition ? { disposition } : {}) } : {};
    const response = await fetch(`/api/adjustments/${String(id)}/${endpointOf(action)}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await response.json();
    setBusy(false);
    if (!response.ok) return setError(json.errors?.[0]?.message ?? '操作未成功');
    setOpinion('');
    setDisposition('');
    await load();
    router.refresh();
  }

  const decides = view.actions.some((a) => a.kind === 'decide' || a.kind === 'confirm');
  return (
    <section aria-labelledby="workflow-title" style={{ marginBottom: '1.5rem' }}>
      <h4 id="workflow-title">审核流程</h4>
      <p>
        状态：
        <Pill pillStyle={pillStyles[view.state] ?? 'light'} size="small">
          {view.stateLabel}
        </Pill>
        {view.stage ? `（${view.stage.name}）` : ''} · 第 {view.round} 报
      </p>
      <p>
        流程：{view.procedure.name}
        {view.procedure.version ? `（第 ${view.procedure.version} 版）` : ''}
      </p>
      {view.due && (
        <Banner type={view.due.status === 'overdue' ? 'error' : view.due.status === 'due-soon' ? 'warning' : 'default'}>
          本环节办理期限：{dateTime(view.due.at)}（北京时间）{view.due.status === 'overdue' || view.due.status === 'due-soon' ? ` · ${view.due.label}` : ''}
        </Banner>
      )}
      {view.waiting && (
        <p>
          待办：{view.waiting.stageName}，由{view.waiting.roles.join('或')}办理
          {view.waiting.since ? `，${dateTime(view.waiting.since)} 起` : ''}
        </p>
      )}
      {view.consultation && (
        <Banner type="info">
          征求意见：{dateTime(view.consultation.opensAt)} 至 {dateTime(view.consultation.closesAt)}（北京时间）
        </Banner>
      )}
      {view.comments && (
        <details open={view.comments.length > 0}>
          <summary>收到的公众意见（{view.comments.length} 条）</summary>
          {view.comments.length === 0 ? (
            <p>征求意见期内暂未收到意见。</p>
          ) : (
            <ul>
              {view.comments.map((c) => (
                <li key={c.id}>
                  {c.comment}
                  <small>
                    {' '}
                    —— {c.name ?? '匿名'}，{dateTime(c.at)}
                    {c.moderation === 'pending' ? '（待审核公开）' : c.moderation === 'rejected' ? '（不予公开）' : ''}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </details>
      )}
      {view.publishedAt && <p>已于 {dateTime(view.publishedAt)} 发布。</p>}
      <ol aria-label="审核环节" style={{ paddingLeft: '1.2rem' }}>
        {view.stages.map((stage) => (
          <li key={stage.id} aria-current={stage.current ? 'step' : undefined} style={{ fontWeight: stage.current ? 700 : 400 }}>
            {stage.name}
          </li>
        ))}
      </ol>
      {view.actions.length > 0 ? (
        <div role="group" aria-label="可执行的操作" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
          {decides && view.dispositions && (
            <label style={{ display: 'block', marginBottom: '0.5rem', width: '100%' }}>
              处置意见（通过时必选）
              <select value={disposition} onChange={(e) => setDisposition(e.target.value)} style={{ display: 'block', width: '100%' }}>
                <option value="">请选择</option>
                {view.dispositions.map((d) => (
                  <option key={d.value} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {decides && (
            <label style={{ display: 'block', marginBottom: '0.5rem', width: '100%' }}>
              审核意见（退回修改、不予通过时必填）
              <textarea value={opinion} onChange={(e) => setOpinion(e.target.value)} rows={4} style={{ width: '100%' }} />
            </label>
          )}
          {view.actions.map((action) => (
            <Button
              key={`${action.kind}-${action.decision ?? ''}`}
              type="button"
              buttonStyle={action.decision === 'reject' ? 'error' : action.kind === 'withdraw' || action.decision === 'return' ? 'secondary' : 'primary'}
              size="small"
              disabled={busy}
              onClick={() => void run(action)}
              margin={false}
              className="workflow-action"
            >
              {action.label}
            </Button>
          ))}
        </div>
      ) : (
        <p>您当前没有可办理的操作。</p>
      )}
      {error && (
        <div role="alert">
          <Banner type="error">{error}</Banner>
        </div>
      )}
      <HistoryTimeline history={view.history} />
      <ChangeTable changes={view.changes as Parameters<typeof ChangeTable>[0]['changes']} />
    </section>
  );
}
