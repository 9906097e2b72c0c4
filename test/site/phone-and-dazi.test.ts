import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { serveDist } from './support/static-server.ts';
import { EMPTY_CODE, FULL_CODE } from './fixtures/fixture-items.ts';

/**
 * The item page on a phone (390×844, the size of a common phone inside WeChat), in the standard
 * version and in 大字版 — with JavaScript (?dazi=1, remembered) and without (?dazi=1#dazi, CSS :target).
 */
const PHONE = { width: 390, height: 844 };
const ITEM = `/items/${FULL_CODE}/`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(inject('siteDist'), 4412);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Mode = 'standard' | '大字版' | 'no-JS 大字版';
const MODES: Mode[] = ['standard', '大字版', 'no-JS 大字版'];

/** A fresh phone-sized page with `path` open in the given mode. */
async function open(mode: Mode, path = ITEM): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: mode !== 'no-JS 大字版' });
  const page = await context.newPage();
  const suffix = mode === 'standard' ? '' : mode === '大字版' ? '?dazi=1' : '?dazi=1#dazi';
  await page.goto(server.url + path + suffix);
  return { page, context };
}

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

describe('要带什么 at the top of the item page', () => {
  for (const mode of MODES) {
    it(`is on the first screen of a phone (${mode}) and links to the full list`, async () => {
      const { page, context } = await open(mode);
      const row = page.locator('.summary .bring');
      expect(await row.locator('dt').textContent()).toBe('要带什么');
      // Two to bring (the 居民身份证 is 免提交, shared by data), the conditional one says so.
      expect(await row.locator('dd').innerText()).toContain('2 项：失业保险金申领登记表、本人银行卡（视情况提供）；另有 1 项免提交（部门通过数据共享获取）');
      const top = await row.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(0);
      expect(top).toBeLessThan(PHONE.height);
      const link = row.getByRole('link', { name: '看全部申请材料' });
      await expect.poll(() => link.count()).toBe(1);
      await link.click();
      await page.waitForFunction(() => Math.abs(document.getElementById('materials')!.getBoundingClientRect().top) < 120);
      expect(await rootFontSize(page)).toBe(mode === 'standard' ? 16 : 20);
      await context.close();
    });
  }

  it('says 未公布，请咨询 with a number when the guide lists no materials', async () => {
    const { page, context } = await open('standard', `/items/${EMPTY_CODE}/`);
    expect(await page.locator('.summary .bring dd').innerText()).toMatch(/^未公布，请咨询 \S+/);
    await context.close();
  });
});

describe('申请材料 as cards', () => {
  for (const mode of MODES) {
    it(`shows each material as a card with labelled lines (${mode})`, async () => {
      const { page, context } = await open(mode);
      const layout = await page.locator('table.materials tbody tr').first().evaluate((row) => {
        const cells = [...row.children] as HTMLElement[];
        const necessity = cells[1]!;
        return {
          rowWidth: row.getBoundingClientRect().width,
          cellWidths: cells.map((c) => c.getBoundingClientRect().width),
          necessityText: necessity.innerText,
          necessityLines: necessity.getBoundingClientRect().height / parseFloat(getComputedStyle(necessity).lineHeight),
          headerShown: getComputedStyle(row.closest('table')!.querySelector('thead')!).display !== 'none',
        };
      });
      expect(layout.headerShown).toBe(false);
      // Every cell takes the card's width instead of a squeezed column…
      for (const width of layout.cellWidths) expect(width).toBeGreaterThan(layout.rowWidth * 0.8);
      // …so 是否必须提交 and its value sit on one line.
      expect(layout.necessityText).toBe('是否必须提交：必需');
      expect(layout.necessityLines).toBeLessThan(1.5);
      await context.close();
    });
  }

  it('belong to 大字版 itself, not only to phones: at 800 px 大字版 shows cards and the standard version the table', async () => {
    const thead = async (suffix: string, javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ viewport: { width: 800, height: 900 }, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(server.url + ITEM + suffix);
      const display = await page.locator('table.materials thead').evaluate((el) => getComputedStyle(el).display);
      await context.close();
      return display;
    };
    expect(await thead('', true)).toBe('table-header-group');
    expect(await thead('?dazi=1', true)).toBe('none');
    expect(await thead('?dazi=1#dazi', false)).toBe('none');
  });

  it('keeps the table with column headers on a desktop in the standard version, labels only for screen readers once', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + ITEM);
    const table = page.getByRole('table', { name: /申请材料/ });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['材料名称', '是否必须提交', '原件/复印件和份数', '要求、填写说明和下载']);
    // The card labels are display:none beside visible column headers: not read twice.
    expect(await table.getByRole('cell', { name: '必需', exact: true }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('gives screen readers the card labels as text in 大字版', async () => {
    const { page, context } = await open('大字版');
    const table = page.getByRole('table', { name: /申请材料/ });
    expect(await table.getByText('是否必须提交：', { exact: true }).first().isVisible()).toBe(true);
    const snapshot = await page.locator('table.materials').ariaSnapshot();
    expect(snapshot).toContain('是否必须提交：必需');
    await context.close();
  });
});

describe('no-JS 大字版 survives in-page links', () => {
  it('stays on after the skip link and a 本页内容 link, and each link exists once for assistive technology', async () => {
    const { page, context } = await open('no-JS 大字版');
    expect(await rootFontSize(page)).toBe(20);
    // Only one of each twin pair is rendered: one skip link, one 申请材料 link in 本页内容.
    const toc = page.getByRole('navigation', { name: '本页内容' });
    expect(await toc.getByRole('link', { name: '申请材料' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '跳到主要内容' }).count()).toBe(1);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到主要内容');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#dazi-main$/);
    expect(await rootFontSize(page)).toBe(20);
    // The next Tab lands inside the main content, as after the standard skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);

    await toc.getByRole('link', { name: '申请材料' }).click();
    await page.waitForURL(/#dazi-materials$/);
    expect(await rootFontSize(page)).toBe(20);
    expect(Math.abs(await page.locator('#materials').evaluate((h) => h.getBoundingClientRect().top))).toBeLessThan(120);
    await context.close();
  });

  it('leaves the standard version and JavaScript 大字版 with the plain links', async () => {
    for (const mode of ['standard', '大字版'] as const) {
      const { page, context } = await open(mode);
      await page.getByRole('navigation', { name: '本页内容' }).getByRole('link', { name: '办理流程' }).click();
      await page.waitForURL(/#process$/);
      expect(await rootFontSize(page)).toBe(mode === 'standard' ? 16 : 20);
      await context.close();
    }
  });
});

describe('the header on a phone', () => {
  const bounds: Record<Mode, number> = { standard: 150, 大字版: 220, 'no-JS 大字版': 220 };
  for (const mode of MODES) {
    it(`is at most ${bounds[mode]} px tall (${mode}) and keeps the navigation and search usable`, async () => {
      const { page, context } = await open(mode);
      const header = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height);
      expect(header).toBeLessThanOrEqual(bounds[mode]);
      const nav = page.getByRole('navigation', { name: '主导航' });
      expect(await nav.getByRole('link').allInnerTexts()).toEqual(['首页', '服务分类', '实施部门', '主题服务', '调整公告', '征求意见', '开放数据']);
      // Without JavaScript too: the box goes to the CMS's search page (see site.css).
      expect(await page.getByRole('searchbox', { name: '搜索办事事项' }).isVisible()).toBe(true);
      // Touch targets: every link and button in the header is at least 44 px tall.
      const heights = await page.locator('.site-header a:visible, .site-header button:visible').evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent?.trim(), height: el.getBoundingClientRect().height })));
      for (const h of heights) expect(h.height, h.text).toBeGreaterThanOrEqual(44);
      // The page still fits the phone: the navigation scrolls inside its own row.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await context.close();
    });
  }

  it('scrolls a navigation link reached by keyboard into view', async () => {
    const { page, context } = await open('大字版');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '开放数据' }).focus();
    const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });
});

describe('大字版 sizes', () => {
  it('makes the search filters as large as body text', async () => {
    const { page, context } = await open('大字版', '/search/');
    await page.locator('.search-filters').waitFor();
    const sizes = await page.locator('.search-filters label, .search-filters select, .search-filters input, .search-filters small').evaluateAll((els) =>
      els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
    const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(sizes.length).toBeGreaterThan(3);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(body);
    await context.close();
  });

  for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
    it(`shows no flowchart text smaller than body text at ${viewport.width} px`, async () => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${server.url}${ITEM}?dazi=1`);
      const { body, texts } = await page.evaluate(() => ({
        body: parseFloat(getComputedStyle(document.body).fontSize),
        // The rendered height of each line of the drawing, which is what scaling changes.
        // A drawing not shown (display:none on a phone) has no rendered text.
        texts: [...document.querySelectorAll('.flowchart svg text')].flatMap((t) => {
          const svg = t.closest('svg')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return scale > 0 ? [parseFloat(t.getAttribute('font-size')!) * scale] : [];
        }),
      }));
      for (const size of texts) expect(size).toBeGreaterThanOrEqual(body);
      // A desktop has room for the enlarged drawing; a phone gives the steps alone.
      expect(texts.length > 0).toBe(viewport.width > 640);
      // The steps as text are always there at body size.
      expect(await page.locator('ol.steps li').count()).toBe(4);
      await context.close();
    });
  }
});

describe('网上办理', () => {
  it('names the entry and its host instead of showing the raw address', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(server.url + ITEM);
    const section = page.locator('section[aria-labelledby="online"]');
    const links = await section.getByRole('link').evaluateAll((as) => as.map((a) => ({ text: a.textContent, href: a.getAttribute('href') })));
    expect(links).toContainEqual({ text: '电脑端办理入口（zwfw.example.gov.cn）', href: 'https://zwfw.example.gov.cn/item/0001' });
    expect(links).toContainEqual({ text: '手机端办理入口（m.example.gov.cn）', href: 'https://m.example.gov.cn/item/0001' });
    expect(await section.innerText()).not.toContain('https://');
    await page.close();
  });
});
