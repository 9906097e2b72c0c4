import { mkdir, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import type { SearchPage, SearchFilters } from '../../site/src/search/search-client.ts';

/** Writes `<siteDir>/<dir>/index.html` with `body`, loading `entry` (a .ts file here) bundled by esbuild. */
export async function writeTestPage(siteDir: string, dir: string, entry: string, body = ''): Promise<void> {
  await mkdir(join(siteDir, dir), { recursive: true });
  await build({ entryPoints: [join(import.meta.dirname, entry)], bundle: true, format: 'esm', outfile: join(siteDir, dir, 'page.js'), logLevel: 'silent' });
  await writeFile(
    join(siteDir, dir, 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>搜索测试</title><script type="module" src="./page.js"></script></head><body>${body}</body></html>`,
  );
}

export interface Served {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves siteDir on 127.0.0.1:port and launches headless Chromium. */
export async function serveAndLaunch(siteDir: string, port: number): Promise<Served> {
  const server: Server = createStaticServer(() => siteDir);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  try {
    const browser = await launchChromium();
    return {
      origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      browser,
      close: async () => {
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
      },
    };
  } catch (error) {
    server.close();
    throw error;
  }
}

export interface SearchSession {
  page: Page;
  /** Where the site (and its index under /pagefind/) is served. */
  origin: string;
  /** The top `limit` (default 3) results of the site's search for `query`. */
  search(query: string, filters?: SearchFilters, limit?: number): Promise<SearchPage>;
  /** filter name → value → number of items */
  filters(): Promise<Record<string, Record<string, number>>>;
  close(): Promise<void>;
}

type SearchWindow = {
  searchCatalog: (query: string, filters?: SearchFilters, limit?: number) => Promise<SearchPage>;
  searchFilters: () => Promise<Record<string, Record<string, number>>>;
};

/** A page driving the site's search module (search-client.ts) against `<siteDir>/pagefind/`. */
export async function openSearchSession(siteDir: string, port: number): Promise<SearchSession> {
  await writeTestPage(siteDir, 'search-test', 'search-page.ts');
  const served = await serveAndLaunch(siteDir, port);
  try {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/search-test/`);
    await page.waitForFunction(() => 'searchCatalog' in window);
    return {
      page,
      origin: served.origin,
      search: (query, filters, limit) =>
        page.evaluate(([q, f, l]) => (window as unknown as SearchWindow).searchCatalog(q, f, l), [query, filters, limit] as const),
      filters: () => page.evaluate(() => (window as unknown as SearchWindow).searchFilters()),
      close: served.close,
    };
  } catch (error) {
    await served.close();
    throw error;
  }
}
