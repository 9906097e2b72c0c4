import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { inSitemap, lastmodOf } from './src/lib/sitemap.ts';

// The public address comes from SITE_URL, else from the snapshot's settings (baseUrl).
function snapshotFile(name) {
  const dir = process.env.SNAPSHOT_DIR;
  if (!dir) throw new Error('未设置环境变量 SNAPSHOT_DIR：请指向已发布的快照目录');
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

function siteUrl() {
  return process.env.SITE_URL ?? snapshotFile('settings.json').baseUrl;
}

// When each item of the catalog last changed, by implementation code; item addresses not in it are redirects from former codes.
let updatedAtByCode;
function catalogDates() {
  updatedAtByCode ??= new Map(snapshotFile('catalog.json').map((entry) => [entry.implementationCode, entry.updatedAt]));
  return updatedAtByCode;
}

export default defineConfig({
  site: siteUrl(),
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // Separate caches let several builds (tests, previews) run side by side without clashing.
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  integrations: [
    sitemap({
      // The rule is src/lib/sitemap.ts, shared with the incremental publisher's sitemap.
      filter: (page) => inSitemap(new URL(page).pathname, catalogDates()),
      serialize: (item) => {
        const lastmod = lastmodOf(new URL(item.url).pathname, catalogDates());
        return lastmod === undefined ? item : { ...item, lastmod };
      },
    }),
  ],
});
