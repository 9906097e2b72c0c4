import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public address comes from SITE_URL, else from the snapshot's settings (baseUrl).
function snapshotFile(name) {
  const dir = process.env.SNAPSHOT_DIR;
  if (!dir) throw new Error('未设置环境变量 SNAPSHOT_DIR：请指向已发布的快照目录');
  return JSON.parse(readFileSync(join(dir, name), 'utf8'));
}

function siteUrl() {
  return process.env.SITE_URL ?? snapshotFile('settings.json').baseUrl;
}

// Item addresses whose code is not in the catalog are redirects from former codes.
let liveCodes;
function isRedirect(page) {
  const code = /\/items\/([^/]+)\/$/.exec(new URL(page).pathname)?.[1];
  if (!code) return false;
  liveCodes ??= new Set(snapshotFile('catalog.json').map((entry) => entry.implementationCode));
  return !liveCodes.has(decodeURIComponent(code));
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
      // Redirect pages and the printable checklists are not separate documents for search engines.
      filter: (page) => !page.includes('/checklist/') && !new URL(page).pathname.startsWith('/c/') && !isRedirect(page),
    }),
  ],
});
