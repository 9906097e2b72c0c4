import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer } from 'vite';

const siteRoot = join(import.meta.dirname, '../../site');

/**
 * Renders SearchPanel.astro to HTML with Astro's container API (as `astro build` would), without
 * the hoisted script tag: the test page loads the same script module bundled by esbuild instead.
 */
export async function renderSearchPanel(): Promise<string> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'search-panel-vite-'));
  // The site's config wants its public address; the panel does not depend on it.
  const previousSiteUrl = process.env.SITE_URL;
  process.env.SITE_URL ??= 'http://127.0.0.1/';
  try {
    const config = await getViteConfig(
      { server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'silent', cacheDir },
      { root: siteRoot, devToolbar: { enabled: false } },
    )({ mode: 'production', command: 'serve' });
    const vite = await createServer(config);
    try {
      const module = await vite.ssrLoadModule('/src/search/SearchPanel.astro');
      const container = await AstroContainer.create();
      const html = await container.renderToString(module.default, { partial: true });
      return html.replace(/<script type="module" src="[^"]*SearchPanel\.astro[^"]*"><\/script>/, '');
    } finally {
      await vite.close();
    }
  } finally {
    if (previousSiteUrl === undefined) delete process.env.SITE_URL;
    await rm(cacheDir, { recursive: true, force: true });
  }
}
