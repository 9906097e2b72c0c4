import type { PublicItem } from '@catalog/content-models';
import { loadIndex, loadItem } from './snapshot.ts';

/**
 * All full guides, read once per build (the item pages, the checklists and the redirects all
 * need them), a batch at a time so file reads overlap without opening 10,000 files at once.
 */
const BATCH = 64;
let cached: { index: ReturnType<typeof loadIndex>; items: Promise<PublicItem[]> } | undefined;

export function allItems(): Promise<PublicItem[]> {
  const index = loadIndex();
  if (cached?.index !== index) {
    cached = {
      index,
      items: (async () => {
        const codes = (await index).catalog.map((entry) => entry.implementationCode);
        const read: PublicItem[] = [];
        for (let i = 0; i < codes.length; i += BATCH) read.push(...(await Promise.all(codes.slice(i, i + BATCH).map(loadItem))));
        return read;
      })(),
    };
  }
  return cached.items;
}

/** Former implementation codes → the current item, for redirect pages. */
export async function formerCodeRedirects(): Promise<{ from: string; to: PublicItem }[]> {
  const live = new Set((await loadIndex()).catalog.map((e) => e.implementationCode));
  return (await allItems()).flatMap((item) =>
    item.formerCodes.filter((code) => !live.has(code)).map((from) => ({ from, to: item })),
  );
}
