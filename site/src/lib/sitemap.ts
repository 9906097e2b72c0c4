/**
 * Which pages the XML sitemap lists and when each last changed: the one rule that full builds
 * (astro.config.mjs, through @astrojs/sitemap's filter and serialize) and incremental releases
 * (scripts/lib/incremental/sitemap.ts) both follow, so the two write the same files.
 */

/** The implementation code of an item page's address (/items/<code>/), undefined for any other page. */
export function itemCodeOf(path: string): string | undefined {
  const code = /^\/items\/([^/]+)\/$/.exec(path)?.[1];
  return code === undefined ? undefined : decodeURIComponent(code);
}

/**
 * Whether a page address (path) is listed. Not the pages Base marks noindex (search, printable
 * checklists, redirects of former codes, 404): a sitemap must not invite what robots are told to
 * skip. Nor short addresses (/c/…), which lead to item pages listed themselves, nor files.
 */
export function inSitemap(path: string, liveCodes: { has(code: string): boolean }): boolean {
  if (!path.endsWith('/') || path === '/404/' || path === '/search/') return false;
  if (path.includes('/checklist/') || path.startsWith('/c/')) return false;
  const code = itemCodeOf(path);
  return code === undefined || liveCodes.has(code);
}

/**
 * <lastmod> of a page: an item page changes when its item does (updatedAt, written as
 * @astrojs/sitemap writes dates: ISO 8601 in UTC). Lists and summaries change with any item and
 * carry none rather than a date that would be wrong for most of them.
 */
export function lastmodOf(path: string, updatedAtByCode: ReadonlyMap<string, string>): string | undefined {
  const code = itemCodeOf(path);
  const updatedAt = code === undefined ? undefined : updatedAtByCode.get(code);
  return updatedAt === undefined ? undefined : new Date(updatedAt).toISOString();
}
