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

/**
 * Some guides by implementation code: from the full build's cache when it is loaded (the item
 * pages load it before any page renders), else read one by one (the incremental renderer, which
 * must not read 100,000 guides to render one page).
 */
export async function itemsByCode(codes: readonly string[]): Promise<PublicItem[]> {
  if (cached?.index === loadIndex()) {
    const all = await cached.items;
    if (byCodeCache?.items !== all) byCodeCache = { items: all, map: new Map(all.map((item) => [item.implementationCode, item])) };
    return codes.map((code) => byCodeCache!.map.get(code) ?? missing(code));
  }
  return Promise.all(codes.map(loadItem));
}
let byCodeCache: { items: PublicItem[]; map: Map<string, PublicItem> } | undefined;
const missing = (code: string): never => {
  throw new Error(`快照中没有实施编码为 ${code} 的事项`);
};

/** Former implementation codes → the current item, for redirect pages. */
export async function formerCodeRedirects(): Promise<{ from: string; to: PublicItem }[]> {
  const live = new Set((await loadIndex()).catalog.map((e) => e.implementationCode));
  return (await allItems()).flatMap((item) =>
    item.formerCodes.filter((code) => !live.has(code)).map((from) => ({ from, to: item })),
  );
}
