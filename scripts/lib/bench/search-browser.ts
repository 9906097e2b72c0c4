import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CDPSession, Page } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '../chromium.ts';
import { createStaticServer } from '../static-server.ts';

/**
 * Search as a citizen's phone experiences it: the site's real /search/ page in headless Chromium,
 * bytes counted from the wire (CDP Network.loadingFinished encodedDataLength; the project's static
 * server gzips text and sends the search files' brotli copies, as a production server configured
 * per the README would) and time measured in the page, from submitting
 * the query to the result list being shown.
 */

/**
 * "Mid-range phone": Chrome DevTools' own "Fast 4G" network preset (9 Mbit/s down, 1.5 Mbit/s up,
 * each ×0.9, and 60 ms RTT ×2.75 = 165 ms per request, the values DevTools applies) and a CPU
 * 4× slower than this machine's (DevTools' "mid-tier mobile" calibration on a desktop).
 */
export const PHONE_PROFILE = {
  name: 'Fast 4G (DevTools: 9 Mbit/s ↓, 1.5 Mbit/s ↑, 165 ms latency) + 4× CPU slowdown',
  latencyMs: 165,
  downloadBytesPerSecond: ((9 * 1000 * 1000) / 8) * 0.9,
  uploadBytesPerSecond: ((1.5 * 1000 * 1000) / 8) * 0.9,
  cpuSlowdown: 4,
} as const;

export interface Transfer {
  /** bytes on the wire (compressed where the server compresses) */
  bytes: number;
  requests: number;
  /** file kind (pagefind.js, wasm, pf_meta, index chunk, fragment, filter …) → bytes */
  byKind: Record<string, number>;
}

export interface SearchTiming extends Transfer {
  query: string;
  ms: number;
}

export interface SearchBrowserFigures {
  profile: string;
  items?: number;
  /** Loaded when the search box gets focus (the script, wasm, index metadata): before any query. */
  preload: Transfer;
  /** The first query after that preload, typed (TYPING_MS a character) then submitted: its index
   *  chunks (fetched while typing) and result fragments; ms from Enter to the results shown. */
  firstQuery: SearchTiming;
  /** A query pasted into a fresh page and submitted at once (nothing preloaded): everything in one wait. */
  coldQuery: SearchTiming;
  /** Further queries on the same page, typed like the first. */
  laterQueries: { count: number; medianMs: number; maxMs: number; meanBytes: number; each: SearchTiming[] };
}

export const DEFAULT_QUERIES = ['医保转移', '准生证', '公积金提取', '残疾人证', '社保卡补办', '结婚登记', '低保', '身份证补领', '营业执照', '异地就医'];

/** Which part of the search a URL is, for the per-kind split. */
export function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.pf_fragment')) return 'fragment';
  if (path.endsWith('.pf_index')) return 'index chunk';
  if (path.endsWith('.pf_filter')) return 'filter chunk';
  if (path.endsWith('.pf_meta')) return 'pf_meta';
  if (/wasm\..*\.pagefind$/.test(path)) return 'wasm';
  if (path.endsWith('pagefind.js')) return 'pagefind.js';
  if (path.endsWith('pagefind-worker.js')) return 'pagefind-worker.js';
  if (path.endsWith('pagefind-entry.json')) return 'pagefind-entry.json';
  if (path.includes('/pagefind-delta/')) return 'delta';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.js')) return 'page script';
  if (path.endsWith('.css')) return 'css';
  return 'html/other';
}

/** Counts every response that finishes on a page's CDP session. */
class WireCounter {
  private urls = new Map<string, string>();
  private log: { url: string; bytes: number }[] = [];
  private pending = new Set<string>();
  private lastActivity = performance.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      this.urls.set(event.requestId, event.request.url);
      this.pending.add(event.requestId);
      this.lastActivity = performance.now();
    });
    cdp.on('Network.loadingFinished', (event) => {
      this.log.push({ url: this.urls.get(event.requestId) ?? '', bytes: event.encodedDataLength });
      this.pending.delete(event.requestId);
      this.lastActivity = performance.now();
    });
    cdp.on('Network.loadingFailed', (event) => {
      this.pending.delete(event.requestId);
      this.lastActivity = performance.now();
    });
  }

  mark(): number {
    return this.log.length;
  }

  since(mark: number): Transfer {
    const entries = this.log.slice(mark);
    const byKind: Record<string, number> = {};
    for (const entry of entries) byKind[kindOf(entry.url)] = (byKind[kindOf(entry.url)] ?? 0) + entry.bytes;
    return { bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0), requests: entries.length, byKind };
  }

  /** Resolves when nothing has been in flight for `quietMs`. */
  async idle(quietMs = 500, timeoutMs = 60_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    // Requests an action just triggered may not have been announced yet: count from now.
    this.lastActivity = Math.max(this.lastActivity, performance.now());
    while (performance.now() < deadline) {
      if (this.pending.size === 0 && performance.now() - this.lastActivity >= quietMs) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`网络请求在 ${timeoutMs} 毫秒内未结束`);
  }
}

/**
 * Enters a query in the page's search panel and measures, in the page, from submitting it (Enter)
 * until the answer for it shows. With `typingMs`, the query is first typed one character per
 * `typingMs` with input events, as a citizen types (the panel fetches index chunks meanwhile);
 * without, it is pasted and submitted at once. Plain JavaScript source: it runs in the browser
 * (a transpiled function would carry the bundler's helpers along).
 */
const TIMED_QUERY = `async (q, typingMs) => {
  const input = document.querySelector('[data-search-panel] input[name="q"]');
  const status = document.querySelector('[data-search-status]');
  input.focus();
  if (typingMs > 0) {
    input.value = '';
    for (const char of q) {
      input.value += char;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, typingMs));
    }
  } else {
    input.value = q;
  }
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const observer = new MutationObserver(() => {
      if (status.dataset.query !== q || !/^(找到|没有找到)/.test(status.textContent || '')) return;
      observer.disconnect();
      resolve(performance.now() - started);
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true, attributes: true });
    setTimeout(() => reject(new Error('搜索「' + q + '」60 秒内没有结果')), 60000);
    input.form.requestSubmit();
  });
}`;

/** How fast the simulated citizen types: one character every 300 ms (a phone, with an IME). */
export const TYPING_MS = 300;

async function timedQuery(page: Page, query: string, typingMs = 0): Promise<number> {
  return page.evaluate(`(${TIMED_QUERY})(${JSON.stringify(query)}, ${typingMs})`) as Promise<number>;
}

async function phonePage(browser: import('playwright-core').Browser): Promise<{ page: Page; wire: WireCounter; close(): Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const wire = new WireCounter(cdp);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: PHONE_PROFILE.downloadBytesPerSecond,
    uploadThroughput: PHONE_PROFILE.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
  return { page, wire, close: () => context.close() };
}

/**
 * Serves `siteDir` and measures its search page (`pagePath`, default /search/) on the phone
 * profile. Needs Chromium at /usr/bin/chromium; returns undefined without it.
 */
export async function measureSearchInBrowser(options: {
  siteDir: string;
  pagePath?: string;
  queries?: string[];
  port?: number;
}): Promise<SearchBrowserFigures | undefined> {
  if (!existsSync(CHROMIUM_PATH)) return undefined;
  const queries = options.queries ?? DEFAULT_QUERIES;
  const server: Server = createStaticServer(() => options.siteDir);
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${options.pagePath ?? '/search/'}`;
  const browser = await launchChromium();
  try {
    // Warm path: open the page, focus the box (the panel preloads), then query.
    const warm = await phonePage(browser);
    await warm.page.goto(url, { waitUntil: 'load' });
    await warm.wire.idle();
    let mark = warm.wire.mark();
    await warm.page.focus('[data-search-panel] input[name="q"]');
    await warm.wire.idle();
    const preload = warm.wire.since(mark);
    mark = warm.wire.mark();
    const firstMs = await timedQuery(warm.page, queries[0]!, TYPING_MS);
    await warm.wire.idle();
    const firstQuery = { query: queries[0]!, ms: Math.round(firstMs), ...warm.wire.since(mark) };
    const each: SearchTiming[] = [];
    for (const query of queries.slice(1)) {
      mark = warm.wire.mark();
      const ms = await timedQuery(warm.page, query, TYPING_MS);
      await warm.wire.idle(300);
      each.push({ query, ms: Math.round(ms), ...warm.wire.since(mark) });
    }
    await warm.close();

    // Cold path: a fresh page (empty cache), the query submitted at once.
    const cold = await phonePage(browser);
    await cold.page.goto(url, { waitUntil: 'load' });
    await cold.wire.idle();
    mark = cold.wire.mark();
    const coldMs = await timedQuery(cold.page, queries[0]!);
    await cold.wire.idle();
    const coldQuery = { query: queries[0]!, ms: Math.round(coldMs), ...cold.wire.since(mark) };
    await cold.close();

    const sorted = each.map((timing) => timing.ms).sort((a, b) => a - b);
    return {
      profile: PHONE_PROFILE.name,
      preload,
      firstQuery,
      coldQuery,
      laterQueries: {
        count: each.length,
        medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
        maxMs: sorted.at(-1) ?? 0,
        meanBytes: Math.round(each.reduce((sum, timing) => sum + timing.bytes, 0) / Math.max(each.length, 1)),
        each,
      },
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
