import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { watchCspViolations } from '../support/csp-violations.ts';
import { launchBrowser } from './support/browser.ts';
import { FULL_CODE } from './fixtures/fixture-items.ts';

/**
 * The built site under the Content-Security-Policy the static server (and nginx) send: nothing
 * inline in the HTML, and a browser walk through every kind of page reports no violation.
 */
let browser: Browser;
let server: Server;
let origin: string;
const dist = inject('siteDist');
const commentEndpoint = JSON.parse(readFileSync(join(inject('snapshotDir'), 'settings.json'), 'utf8')).commentEndpoint as string;

beforeAll(async () => {
  server = createStaticServer(() => dist, { commentEndpoint });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const attribute = String.raw`\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?`;
/** Start tags, quoted attribute values included (a fixture puts "<script>" inside a meta content). */
const startTag = new RegExp(String.raw`<([a-zA-Z][\w-]*)((?:${attribute})*)\s*/?>`, 'g');

/** Tags the policy would block: scripts without src, style elements, style and on… attributes. */
function inlineCode(html: string): string[] {
  return [...html.matchAll(startTag)].flatMap(([tag, name, attributes]) => {
    const names = [...attributes!.matchAll(new RegExp(attribute, 'g'))].map((m) => m[0].trim().split(/[\s=]/)[0]!.toLowerCase());
    const element = name!.toLowerCase();
    const blocked = (element === 'script' && !names.includes('src')) || element === 'style' || names.some((n) => n === 'style' || n.startsWith('on'));
    return blocked ? [tag.slice(0, 120)] : [];
  });
}

describe('the site under its Content-Security-Policy', () => {
  it('has no inline script, inline style or event-handler attribute in any page', () => {
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(100);
    const inline = pages.flatMap((page) => inlineCode(readFileSync(page, 'utf8')).map((tag) => `${page}: ${tag}`));
    expect(inline).toEqual([]);
  });

  it('shows every kind of page, switches 大字版 and posts a comment without a violation', async () => {
    const page = await browser.newPage();
    const violations = await watchCspViolations(page);
    const posted: string[] = [];
    await page.route(`${new URL(commentEndpoint).origin}/**`, (route) => {
      posted.push(route.request().method());
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<p>已收到</p>' });
    });
    for (const path of ['/', `/items/${FULL_CODE}/`, `/items/${FULL_CODE}/checklist/`, '/notices/', '/open-data/', '/search/', '/browse/', '/no-such-page/']) {
      await page.goto(`${origin}${path}`);
    }
    await page.goto(`${origin}/items/${FULL_CODE}/`);
    expect(await page.locator('figure.flowchart svg').count()).toBe(1);
    await page.getByRole('link', { name: '大字版' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('dazi'))).toBe(true);
    await page.goto(`${origin}/consultations/`);
    const form = page.locator('form.comment').first();
    await form.locator('textarea').fill('建议补充线上办理入口');
    await form.getByRole('button', { name: '提交意见' }).click();
    await page.getByText('已收到').waitFor();
    expect(posted).toEqual(['POST']);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('reports a violation when a page breaks the policy (the check above can fail)', async () => {
    const page = await browser.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(`${origin}/`);
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });
});
