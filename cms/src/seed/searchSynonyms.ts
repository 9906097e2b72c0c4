import type { Payload } from 'payload';
import { SHIPPED_SYNONYMS } from '@catalog/content-models/search/synonyms.ts';
import { readSearchSynonyms } from '../globals/readSearchSynonyms.ts';

/**
 * Writes the shipped dictionary into 搜索同义词 the first time the CMS starts (production
 * included: it is configuration, not demo data), so administrators see and edit it. Once the
 * global was saved — by this seed or by an administrator — a restart leaves it alone. Two processes
 * starting at once may both write it: the same list twice.
 */
export async function seedSearchSynonyms(payload: Payload): Promise<boolean> {
  if ((await readSearchSynonyms(payload)).saved) return false;
  const entries = SHIPPED_SYNONYMS.map(({ formal, colloquial }) => ({ formal, colloquial: [...colloquial] }));
  await payload.updateGlobal({ slug: 'search-synonyms', data: { entries }, overrideAccess: true });
  return true;
}
