import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inSitemap, updateSitemap } from './sitemap.ts';

const site = 'https://example.cn';
const head =
  '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">';
const index = `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${site}/sitemap-0.xml</loc></sitemap></sitemapindex>`;
const urlset = (paths: string[]) => `${head}${paths.map((p) => `<url><loc>${site}${p}</loc></url>`).join('')}</urlset>`;

describe('the incremental sitemap', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sitemap-'));
    await writeFile(join(dir, 'sitemap-index.xml'), index);
    await writeFile(join(dir, 'sitemap-0.xml'), urlset(['/', '/browse/unit/u1/2/', '/browse/unit/u1/10/', '/items/A1/']));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('adds and removes addresses in @astrojs/sitemap order (numeric-aware)', async () => {
    expect(await updateSitemap(dir, site, ['/browse/unit/u1/3/', '/items/B2/'], ['/items/A1/'])).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(await readFile(join(dir, 'sitemap-0.xml'), 'utf8')).toBe(urlset(['/', '/browse/unit/u1/2/', '/browse/unit/u1/3/', '/browse/unit/u1/10/', '/items/B2/']));
    expect(await readFile(join(dir, 'sitemap-index.xml'), 'utf8')).toBe(index);
  });

  it('leaves the files alone when the address list did not change', async () => {
    expect(await updateSitemap(dir, site, ['/items/A1/'], ['/items/ZZ/'])).toEqual([]);
  });

  it('lists what astro.config.mjs lists: no checklists, short addresses, redirects or 404', () => {
    const live = new Set(['A1']);
    expect(['/', '/items/A1/', '/items/A1/checklist/', '/c/123/', '/items/OLD/', '/404/', '/open-data/catalog.csv'].filter((p) => inSitemap(p, live))).toEqual(['/', '/items/A1/']);
  });
});
