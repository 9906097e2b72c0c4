import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inSitemap, lastmodOf } from '../../../site/src/lib/sitemap.ts';

/**
 * The sitemap of an incremental release: the previous release's list of addresses with the
 * pages added and removed by this run, written in @astrojs/sitemap's layout (addresses sorted
 * with localeCompare('en', numeric), 45,000 to a file, each with its <lastmod>, an index file
 * whose entries carry the latest <lastmod> of their file) so it equals what a full build writes.
 * Which pages belong in it and their dates follow site/src/lib/sitemap.ts, as astro.config.mjs does.
 */
export { inSitemap };

const ENTRY_LIMIT = 45_000;
const INDEX = 'sitemap-index.xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

/** @astrojs/sitemap's order, localeCompare('en', { numeric: true }); one collator, not one per comparison. */
const byAddress = new Intl.Collator('en', { numeric: true });
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => unescapeXml(m[1]!));
const lastmodTag = (lastmod: string | undefined) => (lastmod === undefined ? '' : `<lastmod>${lastmod}</lastmod>`);

async function writeReplacing(path: string, text: string): Promise<void> {
  await writeFile(`${path}.new`, text, 'utf8');
  await rename(`${path}.new`, path);
}

/**
 * Rewrites the sitemap files in `releaseDir` (a hard-link copy of the previous release) that differ
 * from what a full build of the new catalog would write: the address list changed, or an item's
 * <lastmod> (`updatedAtByCode`, the catalog's updatedAt). Returns the files written.
 */
export async function updateSitemap(releaseDir: string, site: string, added: string[], removed: string[], updatedAtByCode: ReadonlyMap<string, string>): Promise<string[]> {
  const absolute = (path: string) => new URL(path, site).href;
  const previousFiles = new Map<string, string>([[INDEX, await readFile(join(releaseDir, INDEX), 'utf8')]]);
  for (const url of locs(previousFiles.get(INDEX)!)) {
    const file = new URL(url).pathname.replace(/^\//, '');
    previousFiles.set(file, await readFile(join(releaseDir, file), 'utf8'));
  }
  const urls = new Set<string>();
  for (const [file, xml] of previousFiles) if (file !== INDEX) for (const url of locs(xml)) urls.add(url);
  for (const path of removed) urls.delete(absolute(path));
  for (const path of added) urls.add(absolute(path));

  // The previous files are in order already: sorted again only when addresses came or went.
  const sorted = added.length === 0 && removed.length === 0 ? [...urls] : [...urls].sort(byAddress.compare);
  const files = new Map<string, string>();
  const indexEntries: string[] = [];
  const chunks = Math.max(1, Math.ceil(sorted.length / ENTRY_LIMIT));
  for (let i = 0; i < chunks; i += 1) {
    let latest: string | undefined;
    const body = sorted.slice(i * ENTRY_LIMIT, (i + 1) * ENTRY_LIMIT).map((url) => {
      const lastmod = lastmodOf(new URL(url).pathname, updatedAtByCode);
      if (lastmod !== undefined && (latest === undefined || lastmod > latest)) latest = lastmod;
      return `<url><loc>${escapeXml(url)}</loc>${lastmodTag(lastmod)}</url>`;
    });
    files.set(`sitemap-${i}.xml`, `${XML_HEAD}${URLSET_OPEN}${body.join('')}</urlset>`);
    indexEntries.push(`<sitemap><loc>${escapeXml(absolute(`/sitemap-${i}.xml`))}</loc>${lastmodTag(latest)}</sitemap>`);
  }
  // The index last: it is written after the files it names.
  files.set(INDEX, `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${indexEntries.join('')}</sitemapindex>`);

  const written: string[] = [];
  for (const [file, xml] of files) {
    if (previousFiles.get(file) === xml) continue;
    await writeReplacing(join(releaseDir, file), xml);
    written.push(file);
  }
  for (const name of await readdir(releaseDir)) {
    const n = /^sitemap-(\d+)\.xml$/.exec(name)?.[1];
    if (n !== undefined && Number(n) >= chunks) await rm(join(releaseDir, name));
  }
  return written;
}
