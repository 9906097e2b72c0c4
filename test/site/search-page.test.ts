import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { hardLinkCopy } from '../search/hard-link-copy.ts';
import { launchBrowser } from './support/browser.ts';
import { serveDist } from './support/static-server.ts';

/**
 * The search page as a citizen meets it, on the test build with a real search index (a hard-link
 * copy of the shared build, so the other files' site stays as it was): nothing jumps while results
 * load, one search box, the focus goes somewhere sensible, and the header's focus ring can be seen.
 */
let work: string;
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
/** A word in enough service names that the first answer has 「显示更多结果」. */
const BROAD = '登记';

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'site-search-page-'));
  const siteDir = join(work, 'site');
  await hardLinkCopy(inject('siteDist'), siteDir);
  await buildSearchIndex({ snapshotDir: inject('snapshotDir'), siteDir });
  server = await serveDist(siteDir, 0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(path: string, options: { width?: number; javaScript?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 390, height: 844 }, javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const state = window as unknown as { layoutShift: number };
    state.layoutShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) state.layoutShift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${server.url}${path}`);
  return page;
}

/** Waits until the results on screen answer `query`. */
async function answered(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-status]')?.dataset.query === q, query, { timeout: 30_000 });
}

function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('the search page', () => {
  for (const width of [390, 1280]) {
    it(`does not shift while a shared search link (?q=) loads its results, at ${width} px`, async () => {
      const page = await open(`/search/?q=${encodeURIComponent(BROAD)}`, { width });
      await answered(page, BROAD);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
      const shift = await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift);
      expect(shift).toBeLessThanOrEqual(0.05);
      await page.context().close();
    });
  }

  it('has one search box: the header leaves its own out', async () => {
    const page = await open('/search/');
    const boxes = page.locator('input[name="q"]');
    await expect.poll(() => boxes.evaluateAll((inputs) => inputs.filter((i) => (i as HTMLElement).offsetParent !== null).length)).toBe(1);
    expect(await page.locator('#site-search').count()).toBe(0);
    await page.context().close();
  });

  it('moves the focus to the first added result after 「显示更多结果」', async () => {
    const page = await open(`/search/?q=${encodeURIComponent(BROAD)}`, { width: 1280 });
    await answered(page, BROAD);
    const more = page.getByRole('button', { name: '显示更多结果' });
    expect(await more.isVisible(), `「${BROAD}」应有十个以上结果`).toBe(true);
    const first = await page.locator('[data-search-results] li').count();
    await more.click();
    await expect.poll(() => page.locator('[data-search-results] li').count()).toBeGreaterThan(first);
    const focused = await page.evaluate(() => {
      const item = document.activeElement?.closest('li');
      return item ? [...item.parentElement!.children].indexOf(item) : -1;
    });
    expect(focused).toBe(first);
    await page.context().close();
  });
});

describe('the header on every page', () => {
  it('keeps the focus on the 大字版 switch when it is pressed (on the link that replaced it)', async () => {
    const page = await open('/');
    await page.getByRole('link', { name: '大字版' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('标准版');
    await page.getByRole('link', { name: '标准版' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('大字版');
    await page.context().close();
  });

  it('draws a focus ring on the red header with at least 3:1 contrast', async () => {
    const page = await open('/', { width: 1280 });
    await page.locator('#site-search').focus();
    const { ring, header } = await page.evaluate(() => ({
      ring: getComputedStyle(document.activeElement!).outlineColor,
      header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
    }));
    expect(contrast(ring, header)).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });

  it('without JavaScript sends both search boxes to the CMS\'s search page, which keeps the query (test/publish/no-javascript)', async () => {
    const cmsSearch = 'https://cms.example.gov.cn/api/site-search';
    const page = await open('/', { javaScript: false });
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    expect(await page.locator('form.search-form').getAttribute('action')).toBe(cmsSearch);
    await page.goto(`${server.url}/search/?q=${encodeURIComponent(BROAD)}`);
    const boxes = page.locator('input[name="q"]:visible');
    expect(await boxes.count()).toBe(1);
    expect(await boxes.evaluate((input) => (input as HTMLInputElement).form?.getAttribute('action'))).toBe(cmsSearch);
    expect(await page.getByRole('link', { name: '按服务分类查找' }).isVisible()).toBe(true);
    await page.context().close();
    // With scripts the header's form searches on the site.
    const scripted = await open('/');
    expect(await scripted.locator('form.search-form').getAttribute('action')).toBe('/search/');
    await scripted.context().close();
  });
});
