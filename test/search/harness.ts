import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import type { SearchPage, SearchFilters } from '../../site/src/search/search-client.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface SearchSession {
  page: Page;
  search(query: string, filters?: SearchFilters): Promise<SearchPage>;
  /** filter name → value → number of items */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

/**
 * Serves `siteDir` (which holds pagefind/) plus a one-script test page built from the site's search
 * module, and opens it in headless Chromium.
 */
export async function openSearchSession(siteDir: string, port: number): Promise<SearchSession> {
  await mkdir(join(siteDir, 'search-test'), { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, 'search-page.ts')],
    bundle: true,
    format: 'esm',
    outfile: join(siteDir, 'search-test', 'search-page.js'),
    logLevel: 'silent',
  });
  await writeFile(
    join(siteDir, 'search-test', 'index.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>搜索测试</title><script type="module" src="./search-page.js"></script></head><body></body></html>',
  );
  const server = createStaticServer(() => siteDir);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/search-test/`);
    await page.waitForFunction(() => 'searchCatalog' in window);
    return {
      page,
      search: (query, filters) =>
        page.evaluate(
          ([q, f]) => (window as unknown as { searchCatalog: (q: string, f?: SearchFilters) => Promise<SearchPage> }).searchCatalog(q, f),
          [query, filters] as const,
        ),
      filters: () => page.evaluate(() => (window as unknown as { searchFilters: () => Promise<Record<string, Record<string, number>>> }).searchFilters()),
      close: async () => {
        await browser?.close();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  } catch (error) {
    await browser?.close();
    server.close();
    throw error;
  }
}
