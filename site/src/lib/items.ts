import type { PublicItem } from '@catalog/content-models';
import { loadIndex, loadItem } from './snapshot.ts';

/**
 * All full guides, read once per build (the item page, the checklist and the redirects all need
 * them) and released to the garbage collector only at the end of the build.
 */
let items: PublicItem[] | undefined;

export function allItems(): PublicItem[] {
  items ??= loadIndex().catalog.map((entry) => loadItem(entry.implementationCode));
  return items;
}

/** Former implementation codes → the current item, for redirect pages. */
export function formerCodeRedirects(): { from: string; to: PublicItem }[] {
  const live = new Set(loadIndex().catalog.map((e) => e.implementationCode));
  return allItems().flatMap((item) =>
    item.formerCodes.filter((code) => !live.has(code)).map((from) => ({ from, to: item })),
  );
}
