import type { Tier } from './terms.ts';

/**
 * Ranks services the way a person reads results: a service whose whole name (or 基本编码) is the
 * query comes first; then the more of the query's words a service's name holds, the higher it
 * ranks; a word found only among its aliases and synonyms counts for less, one found only in its
 * department, category or result less again; materials only order services that are otherwise
 * equal, so a service that asks for a business licence never outranks one named after it.
 * Rare words weigh more than common ones (办理, 申请 are in many names), longer words more than
 * short ones.
 */

/** The hits of one query word looked up in one field (or as a whole name / code: `exact`). */
export interface Lookup {
  word: string;
  tier: Tier | 'exact';
  hits: readonly { id: string; score: number }[];
}

export interface RankedService {
  id: string;
  exact: boolean;
  score: number;
  /** what materials alone contribute: a tie-breaker, never a reason to rank higher */
  material: number;
}

/**
 * A word found whole as one of the service's other names (an editor's alias, a former name) counts
 * as a name word: 准生证 typed whole is 生育服务证办理's own alias, not just a dictionary word.
 * (In Pagefind's exact mode every hit scores 1, so field values, not term weights, rank.)
 */
export const TIER_VALUE: Readonly<Record<Exclude<Tier, 'material'>, number>> = { name: 1, otherName: 1, alias: 0.7, other: 0.3, char: 0.15 };

/** BM25's inverse document frequency (as Pagefind computes it). */
const idf = (found: number, total: number) => Math.log((total - found + 0.5) / (found + 0.5) + 1);

export function rankServices(lookups: readonly Lookup[], totalDocs: number): RankedService[] {
  const byWord = new Map<string, Lookup[]>();
  for (const lookup of lookups) byWord.set(lookup.word, [...(byWord.get(lookup.word) ?? []), lookup]);
  const ranked = new Map<string, RankedService>();
  const service = (id: string) => {
    let found = ranked.get(id);
    if (!found) ranked.set(id, (found = { id, exact: false, score: 0, material: 0 }));
    return found;
  };
  for (const [word, found] of byWord) {
    // Rarity among the fields that rank: 身份证 is a material of nearly every service, which must
    // not make it a worthless word for the few whose name says it.
    const docs = new Set(found.filter((lookup) => lookup.tier !== 'material').flatMap((lookup) => lookup.hits.map((hit) => hit.id)));
    if (docs.size === 0) docs.add('');
    const weight = idf(docs.size, Math.max(totalDocs, docs.size)) * Math.sqrt([...word].length);
    // Per service: the best field the word was found in, and how much of that field it is.
    const best = new Map<string, number>();
    const material = new Map<string, number>();
    for (const lookup of found) {
      const top = Math.max(...lookup.hits.map((hit) => hit.score), Number.EPSILON);
      for (const hit of lookup.hits) {
        const share = 0.75 + 0.25 * (hit.score / top);
        if (lookup.tier === 'exact') service(hit.id).exact = true;
        else if (lookup.tier === 'material') material.set(hit.id, Math.max(material.get(hit.id) ?? 0, weight * share));
        else best.set(hit.id, Math.max(best.get(hit.id) ?? 0, weight * TIER_VALUE[lookup.tier] * share));
      }
    }
    for (const [id, value] of best) service(id).score += value;
    for (const [id, value] of material) service(id).material += value;
  }
  return [...ranked.values()].sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score || b.material - a.material || a.id.localeCompare(b.id));
}
