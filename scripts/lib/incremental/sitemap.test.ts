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

  const noDates = new Map<string, string>();

  it('adds and removes addresses in @astrojs/sitemap order (numeric-aware)', async () => {
    expect(await updateSitemap(dir, site, ['/browse/unit/u1/3/', '/items/B2/'], ['/items/A1/'], noDates)).toEqual(['sitemap-0.xml']);
    expect(await readFile(join(dir, 'sitemap-0.xml'), 'utf8')).toBe(urlset(['/', '/browse/unit/u1/2/', '/browse/unit/u1/3/', '/browse/unit/u1/10/', '/items/B2/']));
    // The index names the same file and no dates: left alone.
    expect(await readFile(join(dir, 'sitemap-index.xml'), 'utf8')).toBe(index);
  });

  it('leaves the files alone when the address list did not change', async () => {
    expect(await updateSitemap(dir, site, ['/items/A1/'], ['/items/ZZ/'], noDates)).toEqual([]);
  });

  it("gives item pages the item's updatedAt as <lastmod> (UTC, as @astrojs/sitemap writes it) and the index the latest", async () => {
    const dates = new Map([['A1', '2026-12-08T06:49:46+08:00'], ['B2', '2026-11-01T09:00:00+08:00']]);
    expect(await updateSitemap(dir, site, ['/items/B2/'], [], dates)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(await readFile(join(dir, 'sitemap-0.xml'), 'utf8')).toBe(
      `${head}<url><loc>${site}/</loc></url><url><loc>${site}/browse/unit/u1/2/</loc></url><url><loc>${site}/browse/unit/u1/10/</loc></url>` +
        `<url><loc>${site}/items/A1/</loc><lastmod>2026-12-07T22:49:46.000Z</lastmod></url><url><loc>${site}/items/B2/</loc><lastmod>2026-11-01T01:00:00.000Z</lastmod></url></urlset>`,
    );
    expect(await readFile(join(dir, 'sitemap-index.xml'), 'utf8')).toBe(index.replace('sitemap-0.xml</loc>', 'sitemap-0.xml</loc><lastmod>2026-12-07T22:49:46.000Z</lastmod>'));
    // Same pages, a newer date for one item: the files are written again.
    dates.set('B2', '2026-12-09T10:00:00+08:00');
    expect(await updateSitemap(dir, site, [], [], dates)).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(await readFile(join(dir, 'sitemap-index.xml'), 'utf8')).toContain('<lastmod>2026-12-09T02:00:00.000Z</lastmod>');
  });

  it('lists what astro.config.mjs lists: no search page, checklists, short addresses, redirects or 404', () => {
    const live = new Set(['A1']);
    expect(['/', '/items/A1/', '/items/A1/checklist/', '/c/123/', '/items/OLD/', '/404/', '/search/', '/open-data/catalog.csv', '/sitemap/'].filter((p) => inSitemap(p, live))).toEqual(['/', '/items/A1/', '/sitemap/']);
  });
});
