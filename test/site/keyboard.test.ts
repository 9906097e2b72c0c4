import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { serveDist } from './support/static-server.ts';
import { FULL_CODE } from './fixtures/fixture-items.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(inject('siteDist'), 4411);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Focused { text: string; className: string; inNav: boolean; visible: boolean; indicator: boolean }

/** What has focus now, whether it is on screen, and whether it is drawn differently from unfocused. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      text: (el.textContent ?? '').trim(),
      className: el.className,
      inNav: Boolean(el.closest('nav[aria-label="主导航"]')),
      visible: box.width > 0 && box.height > 0 && box.right > 0 && box.left < innerWidth,
      indicator: (style.outlineStyle !== 'none' && style.outlineColor !== 'rgba(0, 0, 0, 0)') || style.boxShadow !== 'none',
    };
  });
}

describe('keyboard walk of the item page', () => {
  it('reaches the skip link first, then the header and the main navigation, always with visible focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/items/${FULL_CODE}/`);
    const walk: Focused[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      walk.push(await focused(page));
    }
    expect(walk[0]).toMatchObject({ text: '跳到主要内容', className: 'skip-link', visible: true, indicator: true });
    expect(walk.slice(1, 3).map((f) => f.text)).toEqual(['示例市公共服务事项目录', '大字版']);
    expect(walk.slice(3, 10).map((f) => f.inNav)).toEqual(Array(7).fill(true));
    expect(walk[3]!.text).toBe('首页');
    for (const [i, f] of walk.entries()) expect(f, `Tab ${i + 1}: ${f.text}`).toMatchObject({ visible: true, indicator: true });
    await page.close();
  });

  it('moves focus into the main content from the skip link', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/items/${FULL_CODE}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await page.close();
  });
});

describe('大字版 (elderly-friendly mode)', () => {
  const metrics = (page: Page) =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return { on: document.documentElement.classList.contains('dazi'), fontSize: parseFloat(body.fontSize), lineRatio: parseFloat(body.lineHeight) / parseFloat(body.fontSize) };
    });

  it('switches on with the link, persists across pages and switches off again', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const standard = await metrics(page);
    expect(standard.on).toBe(false);
    await page.getByRole('link', { name: '大字版' }).click();
    const large = await metrics(page);
    expect(large.on).toBe(true);
    expect(large.fontSize).toBeGreaterThanOrEqual(standard.fontSize * 1.2);
    expect(large.lineRatio).toBeGreaterThanOrEqual(1.5);
    await page.goto(`${server.url}/items/${FULL_CODE}/`);
    expect((await metrics(page)).on).toBe(true);
    const reopened = await context.newPage();
    await reopened.goto(`${server.url}/notices/`);
    expect((await metrics(reopened)).on).toBe(true);
    await reopened.getByRole('link', { name: '标准版' }).click();
    expect((await metrics(reopened)).on).toBe(false);
    await reopened.goto(`${server.url}/`);
    expect((await metrics(reopened)).on).toBe(false);
    await context.close();
  });

  it('works as a plain link without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/items/${FULL_CODE}/`);
    const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    await page.getByRole('link', { name: '大字版' }).click();
    await page.waitForURL(/dazi=1#dazi$/);
    const after = await page.evaluate(() => ({ size: parseFloat(getComputedStyle(document.body).fontSize), h1: document.querySelector('h1')?.textContent }));
    expect(after.h1).toBe('失业保险金申领');
    expect(after.size).toBeGreaterThanOrEqual(before * 1.2);
    await context.close();
  });
});
