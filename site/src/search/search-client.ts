import { openCatalogIndex, type CatalogIndex, type PagefindApi } from '@catalog/content-models/search/catalog-search.ts';

// The search itself lives in content-models, shared with the CMS's search for browsers without
// JavaScript; this file adds only what a browser page does: load pagefind.js from the site.
export * from '@catalog/content-models/search/catalog-search.ts';

/** Loads the index's own script from where `search:index` wrote it (default /pagefind/) and opens the index. */
export async function loadPagefind(bundlePath = '/pagefind/'): Promise<CatalogIndex> {
  const base = new URL(bundlePath.replace(/\/?$/, '/'), location.href);
  const pagefind = (await import(/* @vite-ignore */ new URL('pagefind.js', base).href)) as PagefindApi;
  return openCatalogIndex(base, pagefind);
}
