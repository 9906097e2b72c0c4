import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { serveDist } from './support/static-server.ts';
import { axeViolations } from './support/axe.ts';
import { CANCELLED_CODE, EMPTY_CODE, FULL_CODE, IMPORTED_CODE, MALICIOUS_CODE, RENAMED_CODE, RENAMED_FORMER_CODE, SHARED_BASIC_CODE } from './fixtures/fixture-items.ts';

/**
 * One page of every type, plus the hard cases, each audited by axe-core with zero violations allowed.
 * axe-core is injected as an inline script, which the site's CSP rightly forbids: the audit pages
 * bypass the CSP (content-security-policy.test.ts checks the CSP itself).
 */
const PAGES = {
  home: '/',
  browse: '/browse/',
  facet: '/browse/category/',
  list: '/browse/category/social-security/',
  item: `/items/${FULL_CODE}/`,
  cancelledItem: `/items/${CANCELLED_CODE}/`,
  emptyItem: `/items/${EMPTY_CODE}/`,
  importedItem: `/items/${IMPORTED_CODE}/`,
  maliciousItem: `/items/${MALICIOUS_CODE}/`,
  checklist: `/items/${FULL_CODE}/checklist/`,
  shortAddressChoice: `/c/${SHARED_BASIC_CODE}/`,
  compare: `/c/${SHARED_BASIC_CODE}/compare/`,
  intermediaryList: '/lists/intermediary/',
  transferableList: '/lists/transferable/',
  redirect: `/items/${RENAMED_FORMER_CODE}/`,
  notices: '/notices/',
  consultations: '/consultations/',
  openData: '/open-data/',
  search: '/search/',
  notFound: '/no-such-page/',
};

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;

beforeAll(async () => {
  server = await serveDist(inject('siteDist'), 4410);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe-core audit', () => {
  for (const [name, path] of Object.entries(PAGES)) {
    it(`${name} (${path}) has no violations`, async () => {
      const page = await browser.newPage({ bypassCSP: true });
      // The redirect page itself is audited: a 204 answer to its meta refresh keeps the browser on it.
      if (name === 'redirect') await page.route(`**/items/${RENAMED_CODE}/`, (route) => route.fulfill({ status: 204 }));
      await page.goto(server.url + path);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('the item page in 大字版 has no violations', async () => {
    const page = await browser.newPage({ bypassCSP: true });
    await page.goto(`${server.url}${PAGES.item}?dazi=1`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('dazi'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  // 大字版 changes layout (material cards, the header, the flowchart) as well as size: audited on a phone too.
  for (const name of ['item', 'emptyItem', 'checklist', 'search', 'home', 'compare', 'intermediaryList'] as const) {
    it(`${name} in 大字版 on a phone (390×844) fits the screen and has no violations`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
      await page.goto(`${server.url}${PAGES[name]}?dazi=1`);
      expect(await page.evaluate(() => document.documentElement.classList.contains('dazi'))).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('the item page in no-JS 大字版 (a dazi- twin anchor is the target, twin links shown) has no violations', async () => {
    // axe needs JavaScript; with nothing remembered dazi.js leaves the class off, so the page is
    // exactly what a browser without JavaScript shows after following an in-page link.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await page.goto(`${server.url}${PAGES.item}#dazi-materials`);
    expect(await page.evaluate(() => [document.documentElement.classList.contains('dazi'), getComputedStyle(document.documentElement).fontSize])).toEqual([false, '20px']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('the item page at phone size fits the screen and has no violations', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, bypassCSP: true });
    await page.goto(server.url + PAGES.item);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
