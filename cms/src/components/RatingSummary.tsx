import type { Payload } from 'payload';
import { ratingsSummary, summaryScope } from '../workflow/feedback/ratingsSummary.ts';
import { summaryHeadline, tallyCells, tallyColumns } from './ratingSummaryText.ts';

const ROWS = 20;
const cell = { padding: '0.25rem 0.75rem', textAlign: 'left' as const, borderBottom: '1px solid var(--theme-elevation-150)' };
const table = { borderCollapse: 'collapse' as const, margin: '0.75rem 0' };
const caption = { textAlign: 'left' as const, fontWeight: 700 };

/**
 * 好差评统计 above the feedback list (a server component): per unit and per item over approved
 * ratings, as GET /api/feedback/ratings-summary counts them, for the same people.
 */
export async function RatingSummary({ payload, user }: { payload: Payload; user?: unknown }) {
  const scope = summaryScope(user);
  if (!scope) return null;
  const summary = await ratingsSummary(payload, scope);
  const { byUnit, byItem } = summary.approved;
  const head = (first: string) => (
    <tr>{[first, ...tallyColumns].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
  );
  return (
    <details style={{ margin: '0 0 1.5rem' }} open>
      <summary style={{ fontWeight: 700, cursor: 'pointer' }}>{summaryHeadline(summary)}</summary>
      {byUnit.length > 0 && (
        <table style={table}>
          <caption style={caption}>按实施单位</caption>
          <thead>{head('单位')}</thead>
          <tbody>
            {byUnit.slice(0, ROWS).map((u) => (
              <tr key={u.unit.id}>
                <th scope="row" style={cell}>{u.unit.name}</th>
                {tallyCells(u).map((c, i) => <td key={i} style={cell}>{c}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {byItem.length > 0 && (
        <table style={table}>
          <caption style={caption}>按事项（评价最多的 {Math.min(ROWS, byItem.length)} 项）</caption>
          <thead>{head('事项')}</thead>
          <tbody>
            {byItem.slice(0, ROWS).map((i) => (
              <tr key={i.implementation.id}>
                <th scope="row" style={cell}><a href={`/admin/collections/implementations/${i.implementation.id}`}>{i.implementation.name}</a></th>
                {tallyCells(i).map((c, n) => <td key={n} style={cell}>{c}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ margin: 0 }}>只统计经审核公开的评价；完整数据：<a href="/api/feedback/ratings-summary">/api/feedback/ratings-summary</a>（JSON）。</p>
    </details>
  );
}
