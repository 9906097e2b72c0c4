import { beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';
import type { WorkflowView } from '../../workflow/view.ts';

const done: Record<string, string> = { submit: '提交', confirm: '确认上报', withdraw: '撤回', approve: '通过', return: '退回修改', reject: '不予通过' };

/** 审核记录 as a timeline, oldest first, with each opinion in full. */
export function HistoryTimeline({ history }: { history: WorkflowView['history'] }) {
  if (history.length === 0) return <p>尚无审核记录。</p>;
  return (
    <>
      <h5>审核记录</h5>
      <ol style={{ paddingLeft: '1.2rem' }}>
        {history.map((entry) => (
          <li key={entry.id} style={{ marginBottom: '0.5rem' }}>
            <time dateTime={entry.at}>{beijingDateTime(entry.at)}</time>
            {` 第${entry.round}报 · ${entry.stageName} · ${entry.actorName}：`}
            <strong>{done[entry.decision] ?? entry.decision}</strong>
            {entry.opinion && <blockquote style={{ margin: '0.25rem 0 0 1rem' }}>{entry.opinion}</blockquote>}
          </li>
        ))}
      </ol>
    </>
  );
}
