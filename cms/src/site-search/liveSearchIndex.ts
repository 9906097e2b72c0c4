import { openCatalogIndex, type CatalogIndex, type PagefindApi } from '@catalog/content-models/search/catalog-search.ts';
import { pagefindModule } from './pagefindModule.ts';

/** How long an opened index is trusted before the site is asked whether a publication changed it. */
const RECHECK_MS = 10_000;
/** A replaced index is freed this long after the switch, once searches already running on it are done. */
const RETIRE_MS = 60_000;

interface Opened {
  fingerprint: string;
  index: CatalogIndex;
  checkedAt: number;
}

const opened = new Map<string, Opened>();
const pending = new Map<string, Promise<CatalogIndex>>();

/** What changes when a publication changes the index: Pagefind's entry file and the incremental manifest. */
async function fingerprintOf(base: URL): Promise<string> {
  const read = async (url: URL) => {
    const response = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) });
    if (response.status === 404 && url.pathname.endsWith('/stale.json')) return '';
    if (!response.ok) throw new Error(`${url.href} 返回 ${response.status}`);
    return response.text();
  };
  const [entry, delta] = await Promise.all([read(new URL('pagefind-entry.json', base)), read(new URL('../pagefind-delta/stale.json', base))]);
  return `${entry}\n${delta}`;
}

async function refresh(base: URL, now: number): Promise<CatalogIndex> {
  const key = base.href;
  const current = opened.get(key);
  let fingerprint: string;
  try {
    fingerprint = await fingerprintOf(base);
  } catch (error) {
    // The site did not answer: an index already open still holds what was live a moment ago.
    if (!current) throw error;
    current.checkedAt = now;
    return current.index;
  }
  if (current && current.fingerprint === fingerprint) {
    current.checkedAt = now;
    return current.index;
  }
  const instance = (await pagefindModule()).createInstance({ basePath: key });
  // An instance runs on the calling thread anyway, and warns about the browser's worker option.
  const pagefind: PagefindApi = { ...instance, options: ({ noWorker: _, ...options }) => instance.options(options) };
  const index = await openCatalogIndex(base, pagefind);
  opened.set(key, { fingerprint, index, checkedAt: now });
  if (current) setTimeout(() => void current.index.pagefind.destroy?.().catch(() => undefined), RETIRE_MS).unref();
  return index;
}

/**
 * The search index the public site serves at `base` (…/pagefind/), opened once and reopened after
 * a publication (checked at most every 10 seconds), so a search without JavaScript finds what the
 * site's own search finds. Concurrent callers share one opening.
 */
export function liveSearchIndex(base: URL, now = Date.now()): Promise<CatalogIndex> {
  const current = opened.get(base.href);
  if (current && now - current.checkedAt < RECHECK_MS) return Promise.resolve(current.index);
  let opening = pending.get(base.href);
  if (!opening) {
    opening = refresh(base, now).finally(() => pending.delete(base.href));
    pending.set(base.href, opening);
  }
  return opening;
}
