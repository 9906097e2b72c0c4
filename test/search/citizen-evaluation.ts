import type { GeneratedCatalog } from '../../content-models/src/generator/catalog.ts';
import type { SearchSession } from './harness.ts';

/** One query of citizen-queries.json: what a citizen typed and the services that answer it. */
export interface CitizenQuery {
  query: string;
  expect: string[];
  style: string;
}

export interface QueryMeasurement {
  top1: number;
  top3: number;
  top10: number;
  /** queries whose service is not in the top 3, with what was shown instead */
  misses: string[];
}

/**
 * The generated catalog without the editors' per-item aliases: the generator's item table holds
 * aliases close to what citizens type, so a measurement with them would measure the table.
 */
export function withoutAliases(catalog: GeneratedCatalog): GeneratedCatalog {
  const items = catalog.items;
  return {
    ...catalog,
    items: (function* () {
      for (const item of items) yield { ...item, aliases: [] };
    })(),
  };
}

/** Runs every query and counts where the first expected service appears (by service name). */
export async function measureQueries(session: SearchSession, queries: readonly CitizenQuery[]): Promise<QueryMeasurement> {
  const result: QueryMeasurement = { top1: 0, top3: 0, top10: 0, misses: [] };
  for (const query of queries) {
    const { hits } = await session.search(query.query, undefined, 10);
    const rank = hits.findIndex((hit) => query.expect.includes(hit.title));
    if (rank === 0) result.top1 += 1;
    if (rank >= 0 && rank < 3) result.top3 += 1;
    if (rank >= 0) result.top10 += 1;
    if (rank < 0 || rank >= 3) {
      result.misses.push(`[${query.style}] ${query.query} → 期望 ${query.expect.join('/')}，${rank < 0 ? '前十无' : `第 ${rank + 1} 位`}；前三：${hits.slice(0, 3).map((hit) => hit.title).join('、') || '无结果'}`);
    }
  }
  return result;
}
