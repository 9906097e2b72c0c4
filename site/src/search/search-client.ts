import { searchTerms } from '@catalog/content-models/search/tokenize.ts';
import { mergeRankings } from '@catalog/content-models/search/rank.ts';

/** The part of Pagefind's browser API this module uses (pagefind.js in the built index). */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Fetches the search module and the index metadata without searching. */
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: SearchFilters }): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Filter name (分类, 部门 …) → chosen values; an item matches if it has any of them. */
export type SearchFilters = Record<string, string[]>;

export interface SearchHit {
  url: string;
  title: string;
  unit: string;
  category: string;
  level: string;
  region: string;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/** Loads the index's own script from where `search:index` wrote it (default /pagefind/). */
export async function loadPagefind(bundlePath = '/pagefind/'): Promise<PagefindApi> {
  const url = new URL(`${bundlePath.replace(/\/?$/, '/')}pagefind.js`, location.href).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
  // Documents are short token lists: a page's length says nothing about its relevance, and an
  // exact alias should beat a longer name it is the start of. Searches are a few small lookups:
  // running them on the main thread saves downloading Pagefind's 43 KB worker script.
  await pagefind.options({ noWorker: true, ranking: { pageLength: 0, termSimilarity: 4 } });
  return pagefind;
}

/**
 * Searches the way the index was built: the query is cut by the same tokenizer, each token is
 * searched on its own (Pagefind would otherwise require every token, so one typo found nothing)
 * and the per-token rankings are merged.
 */
export async function searchCatalog(
  pagefind: PagefindApi,
  query: string,
  options: { filters?: SearchFilters; limit?: number } = {},
): Promise<SearchPage> {
  const filters = options.filters && Object.values(options.filters).some((values) => values.length) ? options.filters : undefined;
  const tokens = searchTerms(query);
  const byId = new Map<string, PagefindResult>();
  const lists = await Promise.all(
    (tokens.length ? tokens : [null]).map(async (token) => {
      const found = token === null && !filters ? null : await pagefind.search(token, filters ? { filters } : {});
      const hits = found?.results ?? [];
      for (const hit of hits) byId.set(hit.id, hit);
      return { token: token ?? '', hits };
    }),
  );
  const ranked = mergeRankings(lists);
  const top = ranked.slice(0, options.limit ?? 10);
  const hits = await Promise.all(
    top.map(async ({ id }) => {
      const { url, meta } = await byId.get(id)!.data();
      return { url, title: meta.title ?? '', unit: meta.unit ?? '', category: meta.category ?? '', level: meta.level ?? '', region: meta.region ?? '' };
    }),
  );
  return { total: ranked.length, hits };
}

/** Every filter with its values and item counts, for the filter controls. */
export async function searchFilters(pagefind: PagefindApi): Promise<Record<string, Record<string, number>>> {
  return pagefind.filters();
}
