/**
 * Pagefind only returns pages that contain every word of a query, so a query with one mistyped
 * character would find nothing. The browser therefore searches each query token on its own and
 * merges the per-token rankings here: a page's score is the sum of its per-token scores, scaled
 * by the share of tokens it matched, so pages sharing most of the query outrank pages that
 * share one frequent bigram many times.
 */
export interface TokenHits {
  token: string;
  hits: readonly { id: string; score: number }[];
}

export interface RankedHit {
  id: string;
  score: number;
  matched: number;
}

export function mergeRankings(lists: readonly TokenHits[]): RankedHit[] {
  const total = lists.filter((list) => list.hits.length > 0).length;
  const byId = new Map<string, RankedHit>();
  for (const list of lists) {
    for (const hit of list.hits) {
      const ranked = byId.get(hit.id) ?? { id: hit.id, score: 0, matched: 0 };
      ranked.score += hit.score;
      ranked.matched += 1;
      byId.set(hit.id, ranked);
    }
  }
  const ranked = [...byId.values()].map((hit) => ({ ...hit, score: hit.score * (hit.matched / Math.max(total, 1)) ** 2 }));
  return ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
