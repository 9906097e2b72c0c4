import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The sitemap of an incremental release: the previous release's list of addresses with the
 * pages added and removed by this run, written in @astrojs/sitemap's layout (addresses sorted
 * with localeCompare('en', numeric), 45,000 to a file, an index file) so it equals what a full
 * build writes. Which pages belong in it follows site/astro.config.mjs's filter.
 */
const ENTRY_LIMIT = 45_000;
const INDEX = 'sitemap-index.xml';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const URLSET_OPEN =
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => unescapeXml(m[1]!));

/** Whether a page address (path) is listed in the sitemap: site/astro.config.mjs's filter, plus what Astro leaves out (404, files). */
export function inSitemap(path: string, liveCodes: Set<string>): boolean {
  if (!path.endsWith('/') || path === '/404/') return false;
  if (path.includes('/checklist/') || path.startsWith('/c/')) return false;
  const code = /^\/items\/([^/]+)\/$/.exec(path)?.[1];
  return !code || liveCodes.has(decodeURIComponent(code));
}

async function writeReplacing(path: string, text: string): Promise<void> {
  await writeFile(`${path}.new`, text, 'utf8');
  await rename(`${path}.new`, path);
}

/** Rewrites the sitemap in `releaseDir` (a hard-link copy of the previous release) when its address list changed. Returns the files written. */
export async function updateSitemap(releaseDir: string, site: string, added: string[], removed: string[]): Promise<string[]> {
  const absolute = (path: string) => new URL(path, site).href;
  const index = await readFile(join(releaseDir, INDEX), 'utf8');
  const files = locs(index).map((url) => new URL(url).pathname.replace(/^\//, ''));
  const urls = new Set<string>();
  for (const file of files) for (const url of locs(await readFile(join(releaseDir, file), 'utf8'))) urls.add(url);
  const before = urls.size;
  let changed = false;
  for (const path of removed) changed = urls.delete(absolute(path)) || changed;
  for (const path of added) {
    const url = absolute(path);
    if (!urls.has(url)) {
      urls.add(url);
      changed = true;
    }
  }
  if (!changed && urls.size === before) return [];
  const sorted = [...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const written: string[] = [];
  const chunks = Math.max(1, Math.ceil(sorted.length / ENTRY_LIMIT));
  for (let i = 0; i < chunks; i += 1) {
    const body = sorted.slice(i * ENTRY_LIMIT, (i + 1) * ENTRY_LIMIT).map((url) => `<url><loc>${escapeXml(url)}</loc></url>`).join('');
    await writeReplacing(join(releaseDir, `sitemap-${i}.xml`), `${XML_HEAD}${URLSET_OPEN}${body}</urlset>`);
    written.push(`sitemap-${i}.xml`);
  }
  for (const name of await readdir(releaseDir)) {
    const n = /^sitemap-(\d+)\.xml$/.exec(name)?.[1];
    if (n !== undefined && Number(n) >= chunks) await rm(join(releaseDir, name));
  }
  const entries = Array.from({ length: chunks }, (_, i) => `<sitemap><loc>${escapeXml(absolute(`/sitemap-${i}.xml`))}</loc></sitemap>`).join('');
  await writeReplacing(join(releaseDir, INDEX), `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`);
  written.push(INDEX);
  return written;
}
