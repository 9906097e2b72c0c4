import { isPlaceCode, placeFileName, type PlaceFile } from '@catalog/content-models/search/places.ts';

/**
 * The visitor's place (所在地区) in the browser: which region decides the implementation a search
 * result opens. Kept in localStorage across visits and carried in links as ?region=<code>, so a
 * link shared in WeChat or from a portal opens in the sender's place.
 */
export const PLACE_KEY = 'catalog.place';
const PLACE_PARAM = 'region';

/** Dispatched on `document` by PlacePicker when the place is known at start and after each change. */
export const PLACE_CHANGE = 'place-change';
export interface PlaceChangeDetail {
  code: string;
  name: string;
}

export type PlaceStorage = Pick<Storage, 'getItem' | 'setItem'>;
/** Resolves to the parsed body, or undefined when the server has no such file; rejects when it cannot tell. */
export type FetchJson = (url: string) => Promise<unknown>;

/**
 * localStorage, or a stand-in that lasts the page where the browser refuses it (storage turned
 * off, some in-app browsers throw on the mere access).
 */
export function placeStorage(): PlaceStorage {
  try {
    if (globalThis.localStorage) return globalThis.localStorage;
  } catch {
    // fall through to the stand-in
  }
  const memory = new Map<string, string>();
  return { getItem: (key) => memory.get(key) ?? null, setItem: (key, value) => void memory.set(key, value) };
}

/** The place from the address (`location.search`), which is then remembered; else the remembered one; else `fallback`. */
export function currentPlaceCode(search: string, storage: PlaceStorage, fallback: string): string {
  const linked = new URLSearchParams(search).get(PLACE_PARAM);
  if (linked !== null && isPlaceCode(linked)) {
    rememberPlace(linked, storage);
    return linked;
  }
  let remembered: string | null = null;
  try {
    remembered = storage.getItem(PLACE_KEY);
  } catch {
    // unreadable storage: as if nothing were remembered
  }
  return remembered !== null && isPlaceCode(remembered) ? remembered : fallback;
}

export function rememberPlace(code: string, storage: PlaceStorage): void {
  if (!isPlaceCode(code)) return;
  try {
    storage.setItem(PLACE_KEY, code);
  } catch {
    // full or refused (private browsing): the place lasts this page only
  }
}

/** Fetches JSON; a 404 resolves to undefined (the file does not exist), other failures reject (try again later). */
export async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** Loaded place files per fetch function (so tests with their own fake never share one). */
const caches = new WeakMap<FetchJson, Map<string, Promise<PlaceFile | undefined>>>();

function isPlaceFileOf(json: unknown, code: string): json is PlaceFile {
  if (typeof json !== 'object' || json === null) return false;
  const file = json as Partial<PlaceFile>;
  return file.code === code && typeof file.name === 'string' && Array.isArray(file.path) && Array.isArray(file.children)
    && typeof file.services === 'object' && file.services !== null;
}

/** One place file, or undefined when it is missing or malformed. A failed request is not kept, so a later call retries. */
export function loadPlaceFile(code: string, fetchJson: FetchJson, base = '/places/'): Promise<PlaceFile | undefined> {
  if (!isPlaceCode(code)) return Promise.resolve(undefined);
  const url = `${base}${placeFileName(code)}`;
  const cache = caches.get(fetchJson) ?? new Map<string, Promise<PlaceFile | undefined>>();
  caches.set(fetchJson, cache);
  const cached = cache.get(url);
  if (cached) return cached;
  const loading = fetchJson(url).then(
    (json) => (isPlaceFileOf(json, code) ? json : undefined),
    () => {
      cache.delete(url);
      return undefined;
    },
  );
  cache.set(url, loading);
  return loading;
}

/**
 * The place and its ancestors, nearest first: what resolveService walks. The ancestors named on
 * the place's path are fetched in parallel; a missing one is left out. Empty when the place's own
 * file is missing.
 */
export async function loadPlaceChain(code: string, fetchJson: FetchJson, base = '/places/'): Promise<PlaceFile[]> {
  const place = await loadPlaceFile(code, fetchJson, base);
  if (!place) return [];
  const ancestors = place.path.map((step) => step.code).filter((step) => step !== code).reverse();
  const files = await Promise.all(ancestors.map((ancestor) => loadPlaceFile(ancestor, fetchJson, base)));
  return [place, ...files.filter((file) => file !== undefined)];
}

/**
 * `url` with region=<code> added or replaced, everything else (path, other parameters, #fragment)
 * kept; relative links stay relative. An invalid code leaves the link as it is.
 */
export function placeHref(url: string, code: string): string {
  if (!isPlaceCode(code)) return url;
  const hashAt = url.indexOf('#');
  const hash = hashAt < 0 ? '' : url.slice(hashAt);
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = beforeHash.indexOf('?');
  const params = new URLSearchParams(queryAt < 0 ? '' : beforeHash.slice(queryAt + 1));
  params.set(PLACE_PARAM, code);
  return `${queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt)}?${params}${hash}`;
}
