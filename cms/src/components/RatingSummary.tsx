import type { Payload } from 'payload';
import { ratingReasons } from '@catalog/content-models';
import { ratingsSummary, summaryScope } from '../workflow/feedback/ratingsSummary.ts';

const ROWS = 20;
const rate = (value: number | undefined) => (value === undefined ? '—' : `${value}%`);
const cell = { padding: '0.25rem 0.75rem', textAlign: 'left' as const, borderBottom: '1px solid var(--theme-elevation-150)' };

/**
 * 好差评统计 above the feedback list (a server component): per unit and per item over approved
 * ratings, as GET /api/feedback/ratings-summary counts them, for the same people.
 */
export async function RatingSummary({ payload, user }: { payload: Payload; user?: unknown }) {
  const scope = summaryScope(user);
  if (!scope) return null;
  const summary = await ratingsSummary(payload, scope);
  const { approved, pending } = summary;
  const head = (first: string) => (
    <tr>
      {[first, '好评', '差评', '好评率', '待整改', '主要差评原因'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}
    </tr>
  );
  const counts = (t: (typeof approved.byItem)[number] | (typeof approved.byUnit)[number]) => (
    <>
      <td style={cell}>{t.good}</td>
      <td style={cell}>{t.bad}</td>
      <td style={cell}>{rate(t.goodRate)}</td>
      <td style={cell}>{t.followUp.open + t.followUp['in-progress']}</td>
      <td style={cell}>{t.topReasons.slice(0, 2).map((r) => `${ratingReasons.label(r.reason)}（${r.count}）`).join('、') || '—'}</td>
    </>
  );
  return (
    <details style={{ margin: '0 0 1.5rem' }} open>
      <summary style={{ fontWeight: 700, cursor: 'pointer' }}>
        好差评统计{summary.scope === 'all' ? '（全部单位）' : `（${summary.scope.name}）`}：已公开 {approved.total} 条，好评 {approved.good}、差评 {approved.bad}，好评率 {rate(approved.goodRate)}；待审核 {pending.total} 条
      </summary>
      {approved.byUnit.length > 0 && (
        <table style={{ borderCollapse: 'collapse', margin: '0.75rem 0' }}>
          <caption style={{ textAlign: 'left', fontWeight: 700 }}>按实施单位</caption>
          <thead>{head('单位')}</thead>
          <tbody>{approved.byUnit.slice(0, ROWS).map((u) => <tr key={u.unit.id}><th scope="row" style={cell}>{u.unit.name}</th>{counts(u)}</tr>)}</tbody>
        </table>
      )}
      {approved.byItem.length > 0 && (
        <table style={{ borderCollapse: 'collapse', margin: '0.75rem 0' }}>
          <caption style={{ textAlign: 'left', fontWeight: 700 }}>按事项（评价最多的 {Math.min(ROWS, approved.byItem.length)} 项）</caption>
          <thead>{head('事项')}</thead>
          <tbody>
            {approved.byItem.slice(0, ROWS).map((i) => (
              <tr key={i.implementation.id}>
                <th scope="row" style={cell}><a href={`/admin/collections/implementations/${i.implementation.id}`}>{i.implementation.name}</a></th>
                {counts(i)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ margin: 0 }}>只统计经审核公开的评价；完整数据：<a href="/api/feedback/ratings-summary">/api/feedback/ratings-summary</a>（JSON）。</p>
    </details>
  );
}
