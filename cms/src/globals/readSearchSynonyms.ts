import type { Payload } from 'payload';
import { SHIPPED_SYNONYMS, type Synonym } from '@catalog/content-models/search/synonyms.ts';

export interface SearchSynonymsState {
  /** Whether an administrator or the start-up seed ever saved the global (an emptied list counts). */
  saved: boolean;
  /** What the site's search uses: the saved list, or the shipped one while nothing was ever saved. */
  synonyms: Synonym[];
}

/**
 * The site-wide 搜索同义词 as the system sees it. A global never saved has no timestamps; only then
 * does the shipped dictionary stand in, so a list an administrator deliberately emptied stays empty.
 */
export async function readSearchSynonyms(payload: Payload): Promise<SearchSynonymsState> {
  const doc = await payload.findGlobal({ slug: 'search-synonyms', depth: 0, overrideAccess: true });
  const entries = doc.updatedAt ? (doc.entries ?? []) : SHIPPED_SYNONYMS;
  return { saved: Boolean(doc.updatedAt), synonyms: entries.map(({ formal, colloquial }) => ({ formal, colloquial: [...colloquial] })) };
}
