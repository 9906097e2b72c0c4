import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { readSnapshotIndex, writeSnapshot } from '../../content-models/src/snapshot/snapshot-io.ts';
import type { CatalogEntry } from '../../content-models/src/snapshot/snapshot-schema.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { serveAndLaunch, writeTestPage, type Served } from './harness.ts';
import { renderSearchPanel } from './render-panel.ts';

const PORT = 4521;
let work: string;
let served: Served;
let catalog: CatalogEntry[];
/** The services (基本编码) a result list links to, read from the links to their chooser pages. */
const codesOf = (hrefs: (string | null)[]) => hrefs.map((href) => href?.match(/^\/c\/(\d{12})\/$/)?.[1]);
const POLL = { timeout: 10_000 };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'search-panel-'));
  const snapshotDir = join(work, 'snapshot');
  const siteDir = join(work, 'site');
  await writeSnapshot(snapshotDir, generateCatalog({ items: 400, seed: 2 }));
  catalog = (await readSnapshotIndex(snapshotDir)).catalog.filter((entry) => entry.status === 'active');
  await buildSearchIndex({ snapshotDir, siteDir });
  await writeTestPage(siteDir, 'search', 'panel-page.ts', await renderSearchPanel());
  served = await serveAndLaunch(siteDir, PORT);
});

afterAll(async () => {
  await served?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('SearchPanel in the browser', () => {
  it('stays hidden without JavaScript, so the page shows its browse links instead', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${served.origin}/search/`);
    expect(await page.locator('[data-search-panel]').isHidden()).toBe(true);
    await context.close();
  });

  it('finds a service by its common name, once, and opens the implementation of the visitor\'s place', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/search/`);
    await page.getByLabel('事项名称、俗称或部门').fill('准生证');
    await page.getByRole('button', { name: '搜索' }).click();
    const first = page.locator('[data-search-results] li').first();
    await expect.poll(() => first.locator('a').first().textContent(), POLL).toBe('生育服务证办理');
    const titles = await page.locator('[data-search-results] li > a').allTextContents();
    expect(new Set(titles).size).toBe(titles.length);
    const implementations = catalog.filter((entry) => entry.name === '生育服务证办理');
    const basicCode = implementations[0]!.basicCode;
    // No place known yet: the chooser of places.
    expect(await first.locator('a').first().getAttribute('href')).toBe(`/c/${basicCode}/`);
    expect(await first.locator('p').textContent()).toContain(`${implementations.length} 个地方或部门可办`);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^找到 \d+ 个相关事项/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('准生证');

    // The picker announces the visitor's place: the result now opens that place's implementation.
    const local = implementations.find((entry) => entry.level === '4' && implementations.filter((other) => other.regionCode === entry.regionCode).length === 1)!;
    await page.evaluate(([code, name]) => document.dispatchEvent(new CustomEvent('place-change', { detail: { code, name } })), [local.regionCode, local.regionName]);
    await expect.poll(() => first.locator('a').first().getAttribute('href'), POLL).toBe(`/items/${local.implementationCode}/`);
    expect(await first.locator('p').textContent()).toContain(`由${local.unitName}办理`);
    expect(await first.getByRole('link', { name: /^其他地方办理/ }).getAttribute('href')).toBe(`/c/${basicCode}/`);
    await page.close();
  });

  it('runs the query in the address and narrows it with a filter', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent('补贴')}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), POLL).toMatch(/^找到 \d+ 个/);
    const before = Number((await status.textContent())!.match(/找到 (\d+)/)![1]);
    const level = page.locator('select[data-filter="层级"]');
    await expect.poll(() => level.locator('option').count()).toBeGreaterThan(2);
    await level.selectOption({ value: '县级' });
    // Wait for the filtered answer itself, not the 正在搜索 in between.
    await expect.poll(async () => Number((await status.textContent())!.match(/找到 (\d+)/)?.[1] ?? before), POLL).toBeLessThan(before);
    const codes = codesOf(await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
    const countyServices = new Set(catalog.filter((entry) => entry.level === '4').map((entry) => entry.basicCode));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code && countyServices.has(code))).toBe(true);
    await page.close();
  });

  it('filters by unit by typing part of its name, with suggestions loaded only when the box is used', async () => {
    const page = await served.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent('证')}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), POLL).toMatch(/^找到 \d+ 个/);
    expect(fetched.filter((path) => path.endsWith('.pf_filter'))).toEqual([]); // a plain search loads no filter values
    const before = Number((await status.textContent())!.match(/找到 (\d+)/)![1]);

    const unit = page.getByLabel('实施部门');
    await unit.focus();
    const suggestions = page.locator('#search-unit-values option');
    await expect.poll(() => suggestions.count(), POLL).toBeGreaterThan(5);
    // Keyboard only: type, then leave the box (Tab) to apply.
    await unit.pressSequentially('民政局');
    await unit.press('Tab');
    await expect.poll(async () => Number((await status.textContent())!.match(/找到 (\d+)/)?.[1] ?? before), POLL).toBeLessThan(before);
    // Departments are named as citizens name them, without the place (江心区民政局 → 民政局).
    expect(await page.locator('[data-filter-hint="部门"]').textContent()).toBe('已选：民政局');
    const codes = codesOf(await page.locator('[data-search-results] li > a').evaluateAll((links) => links.map((link) => link.getAttribute('href'))));
    const civilAffairs = new Set(catalog.filter((entry) => entry.unitName.includes('民政局')).map((entry) => entry.basicCode));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code && civilAffairs.has(code))).toBe(true);

    await unit.fill('不存在的部门');
    await unit.press('Tab');
    await expect.poll(() => status.textContent(), POLL).toContain('没有名称包含「不存在的部门」的部门');
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/search/`);
    await page.getByLabel('事项名称、俗称或部门').fill('zzqqxx');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => page.locator('[data-search-status]').textContent(), POLL).toContain('没有找到与「zzqqxx」相关的事项');
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    await page.close();
  });
});
