import { planQuery, type QueryPlan } from './query-plan.ts';
import { rankServices, type Lookup } from './rank.ts';
import { exactTerm, NAMESPACE, TIERS } from './terms.ts';
import { readVocabulary, type Vocabulary, type VocabularyFile } from './vocabulary.ts';

/*
 * The catalog's search over a built Pagefind index, the same in the citizen's browser (the site's
 * search page, site/src/search/search-client.ts) and on the server (the CMS's answer to a search
 * sent without JavaScript, cms/src/site-search/): one ranking, whichever way the query arrives.
 */

/** The part of Pagefind's API this module uses (pagefind.js in the built index, or one instance of it). */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string | undefined> }>;
}
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Fetches the search module and the index metadata without searching. */
  init(): Promise<void>;
  /** Adds another bundle's pages to every search (its files only; the module and wasm are shared). */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindSearch | null>;
  /** Fetches the index chunks a search for `term` needs, without searching. */
  preload(term: string, options?: { filters?: PagefindFilters }): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** Frees an instance (its wasm memory and loaded chunks); a server drops a replaced release's index. */
  destroy?(): Promise<void>;
}
interface PagefindSearch {
  results: PagefindResult[];
  /** The primary (full) index's inverse document frequency of each searched term. */
  query_term_idfs?: { term: string; idf: number }[];
}

/** Filter name (分类, 部门 …) → chosen values; an item matches if it has any of them. */
export type SearchFilters = Record<string, string[]>;
type PagefindFilters = Record<string, { any: string[] }>;

const pagefindFilters = (filters: SearchFilters): PagefindFilters =>
  Object.fromEntries(Object.entries(filters).map(([name, values]) => [name, { any: values }]));
/** Filter name → value → number of items. */
export type FilterCounts = Record<string, Record<string, number>>;

/**
 * The manifest of the incremental index (scripts/lib/search-delta.ts writes it next to the full
 * index as pagefind-delta/stale.json after an incremental publication).
 */
interface DeltaManifest {
  bundle: boolean;
  language: string;
  stale: string[];
  staleFilterCounts: FilterCounts;
  fullPageCount: number;
  deltaPageCount: number;
}

/** The loaded search: Pagefind with the full index, and the incremental one merged in if present. */
export interface CatalogIndex {
  pagefind: PagefindApi;
  /** Page ids of the full index whose item changed, was cancelled or removed since it was built. */
  stale: ReadonlySet<string>;
  staleFilterCounts: FilterCounts;
  /** Page id prefix of the incremental bundle's pages (`ie_`), or undefined without one. */
  deltaPrefix?: string;
  /** Pages in the full index (for the incremental pages' term weights). */
  fullPageCount: number;
  deltaPageCount: number;
  /** The index's words, for cutting queries the way the index was cut. */
  vocabulary: Vocabulary;
}

/** One service found. */
export interface SearchHit {
  /** The service's address (/c/<基本编码>/, which lists where it is offered), or the implementation a pasted 实施编码 names. */
  url: string;
  title: string;
  /** 基本编码 */
  code: string;
  category: string;
  /** how many implementations (places and units) offer it */
  places: number;
}

export interface SearchPage {
  total: number;
  hits: SearchHit[];
}

/**
 * Opens the index at `base` (a folder URL ending in /, e.g. https://site/pagefind/) through
 * `pagefind` — the module pagefind.js itself in a browser, or one instance of it on a server — with
 * its metadata, and the incremental index beside it (`pagefind-delta/`) when a publication left one.
 */
export async function openCatalogIndex(base: URL, pagefind: PagefindApi): Promise<CatalogIndex> {
  const deltaBase = new URL(`../pagefind-delta/`, base);
  const manifest = fetchJson<DeltaManifest>(new URL('stale.json', deltaBase));
  const words = fetchJson<VocabularyFile>(new URL('words.json', base));
  // Documents are short token lists: a page's length says nothing about its relevance, and an
  // exact alias should beat a longer name it is the start of. Searches are a few small lookups:
  // running them on the main thread saves downloading Pagefind's 43 KB worker script.
  await pagefind.options({ noWorker: true, ranking: { pageLength: 0, termSimilarity: 4 } });
  await pagefind.init();
  const delta = await manifest;
  const vocabularies = [await words, delta?.bundle ? await fetchJson<VocabularyFile>(new URL('words.json', deltaBase)) : undefined];
  const index: CatalogIndex = {
    vocabulary: readVocabulary(vocabularies.filter((file): file is VocabularyFile => file !== undefined)),
    pagefind,
    stale: new Set(delta?.stale ?? []),
    staleFilterCounts: delta?.staleFilterCounts ?? {},
    fullPageCount: delta?.fullPageCount ?? 0,
    deltaPageCount: delta?.deltaPageCount ?? 0,
  };
  if (delta?.bundle) {
    await pagefind.mergeIndex(deltaBase.href, { language: delta.language });
    index.deltaPrefix = `${delta.language}_`;
  }
  return index;
}

/** The JSON at `url`, or undefined when there is none (404): most releases have no delta. */
async function fetchJson<T>(url: URL): Promise<T | undefined> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url.pathname} 返回 ${response.status}`);
  return (await response.json()) as T;
}

/** Pagefind's BM25 inverse document frequency of a term found on `n` of `total` pages. */
const idf = (n: number, total: number) => Math.log((total - n + 0.5) / (n + 0.5) + 1);

/**
 * Runs one token's search over both indexes: drops the full index's stale pages, and rescales
 * the incremental pages' scores from their own tiny index's term weight to the full index's, so a
 * changed item ranks as it would after the next full rebuild.
 */
async function searchToken(index: CatalogIndex, token: string | null, filters: SearchFilters | undefined): Promise<PagefindResult[]> {
  // Quoted: Pagefind's exact mode. Unquoted, a term missing from the index is answered with pages
  // of its nearest indexed words (measured: a nonexistent code found 73 of 208 services).
  const found = await index.pagefind.search(token === null ? null : `"${token}"`, filters ? { filters: pagefindFilters(filters) } : {});
  const results = (found?.results ?? []).filter((hit) => !index.stale.has(hit.id));
  const prefix = index.deltaPrefix;
  if (!prefix || token === null) return results;
  const fromDelta = results.filter((hit) => hit.id.startsWith(prefix));
  if (fromDelta.length === 0) return results;
  const fullIdf = found?.query_term_idfs?.[0]?.idf ?? idf(results.length - fromDelta.length, index.fullPageCount);
  const scale = fullIdf / idf(fromDelta.length, index.deltaPageCount);
  return results
    .map((hit) => (hit.id.startsWith(prefix) ? { ...hit, score: hit.score * scale, data: hit.data } : hit))
    .sort((a, b) => b.score - a.score);
}

/** The Pagefind look-ups a query needs: each word in each field, spellings in pinyin, codes. */
function lookupsOf(plan: QueryPlan): { term: string; word: string; tier: Lookup['tier'] }[] {
  const lookups: { term: string; word: string; tier: Lookup['tier'] }[] = [];
  for (const word of plan.words) {
    for (const tier of TIERS) lookups.push({ term: exactTerm(NAMESPACE[tier], word), word, tier });
  }
  for (const name of new Set([plan.phrase, ...plan.words.filter((word) => [...word].length > 1)])) {
    if (name) lookups.push({ term: exactTerm(NAMESPACE.otherName, name), word: name, tier: 'otherName' });
  }
  for (const char of plan.chars) lookups.push({ term: exactTerm(NAMESPACE.char, char), word: char, tier: 'char' });
  for (const name of new Set([plan.phrase, ...plan.words.filter((word) => [...word].length > 2)])) {
    if (name) lookups.push({ term: exactTerm(NAMESPACE.exactName, name), word: name, tier: 'exact' });
  }
  for (const spelling of plan.spellings) {
    lookups.push({ term: exactTerm(NAMESPACE.namePinyin, spelling), word: spelling, tier: 'name' });
    lookups.push({ term: exactTerm(NAMESPACE.aliasPinyin, spelling), word: spelling, tier: 'alias' });
  }
  for (const code of plan.basicCodes) lookups.push({ term: exactTerm(NAMESPACE.code, code), word: code, tier: 'exact' });
  return lookups;
}

/** Fetches the index chunks for the query's words (while the citizen is still typing). */
export async function preloadQuery(index: CatalogIndex, query: string): Promise<void> {
  await Promise.all(lookupsOf(planQuery(query, index.vocabulary)).map(({ term }) => index.pagefind.preload(`"${term}"`)));
}

/**
 * Searches the way the index was built: the query is cut into the index's own words, each word is
 * looked up in each field of the services (Pagefind would otherwise require every word, so one
 * stray word found nothing), and the services are ranked by where their words were found
 * (rankServices). One result per service.
 */
export async function searchCatalog(
  index: CatalogIndex,
  query: string,
  options: { filters?: SearchFilters; limit?: number } = {},
): Promise<SearchPage> {
  const filters = options.filters && Object.values(options.filters).some((values) => values.length) ? options.filters : undefined;
  const plan = planQuery(query, index.vocabulary);
  const lookups = lookupsOf(plan);
  const byId = new Map<string, PagefindResult>();
  let ranked: { id: string }[];
  if (lookups.length === 0) {
    // No word the index knows: with filters, everything they select (in name order); else nothing.
    const all = filters && !plan.phrase ? await searchToken(index, null, filters) : [];
    for (const hit of all) byId.set(hit.id, hit);
    ranked = all;
  } else {
    const found = await Promise.all(
      lookups.map(async (lookup) => {
        const hits = await searchToken(index, lookup.term, filters);
        for (const hit of hits) byId.set(hit.id, hit);
        return { word: lookup.word, tier: lookup.tier, hits };
      }),
    );
    ranked = rankServices(found, Math.max(index.fullPageCount + index.deltaPageCount - index.stale.size, 1));
  }
  const top = ranked.slice(0, options.limit ?? 10);
  const hits = await Promise.all(
    top.map(async ({ id }) => {
      const { url, meta } = await byId.get(id)!.data();
      const code = meta.code ?? '';
      const opened = plan.implementationCode && plan.implementationCode.endsWith(code) ? `/items/${plan.implementationCode}/` : sitePath(url);
      return { url: opened, title: meta.title ?? '', code, category: meta.category ?? '', places: Number(meta.places ?? 0) };
    }),
  );
  return { total: ranked.length, hits };
}

/**
 * A result's address on the site. Pagefind answers site-relative addresses in a browser, but
 * prefixes its index's origin elsewhere (a server searching the site's index over HTTP).
 */
function sitePath(url: string): string {
  if (url.startsWith('/')) return url;
  const { pathname, search, hash } = new URL(url);
  return `${pathname}${search}${hash}`;
}

/** Every filter with its values and item counts (stale pages not counted), for the filter controls. */
export async function searchFilters(index: CatalogIndex): Promise<FilterCounts> {
  const counts = await index.pagefind.filters();
  for (const [name, values] of Object.entries(index.staleFilterCounts)) {
    const filter = counts[name];
    if (!filter) continue;
    for (const [value, stale] of Object.entries(values)) {
      const left = (filter[value] ?? 0) - stale;
      if (left > 0) filter[value] = left;
      else delete filter[value];
    }
  }
  return counts;
}
