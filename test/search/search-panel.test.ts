import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { writeSnapshot } from '../../content-models/src/snapshot/snapshot-io.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { serveAndLaunch, writeTestPage, type Served } from './harness.ts';
import { renderSearchPanel } from './render-panel.ts';

const PORT = 4521;
let work: string;
let served: Served;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'search-panel-'));
  const snapshotDir = join(work, 'snapshot');
  const siteDir = join(work, 'site');
  await writeSnapshot(snapshotDir, generateCatalog({ items: 400, seed: 2 }));
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

  it('finds an item by its common name and shows name, unit, category and level', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/search/`);
    await page.getByLabel('事项名称、俗称或部门').fill('准生证');
    await page.getByRole('button', { name: '搜索' }).click();
    const first = page.locator('[data-search-results] li').first();
    await expect.poll(() => first.locator('a').textContent()).toBe('生育服务证办理');
    expect(await first.locator('a').getAttribute('href')).toMatch(/^\/items\/[0-9A-Z]+\/$/);
    const details = (await first.locator('p').textContent()) ?? '';
    expect(details).toContain('医疗卫生');
    expect(details).toMatch(/级/);
    expect(details.split(' · ')).toHaveLength(4);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^找到 \d+ 个相关事项/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('准生证');
    await page.close();
  });

  it('runs the query in the address and narrows it with a filter', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent('补贴')}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/^找到 \d+ 个/);
    const before = Number((await status.textContent())!.match(/找到 (\d+)/)![1]);
    const level = page.locator('select[data-filter="层级"]');
    await expect.poll(() => level.locator('option').count()).toBeGreaterThan(2);
    await level.selectOption({ value: '县级' });
    // Wait for the filtered answer itself, not the 正在搜索 in between.
    await expect.poll(async () => Number((await status.textContent())!.match(/找到 (\d+)/)?.[1] ?? before)).toBeLessThan(before);
    const details = await page.locator('[data-search-results] li p').allTextContents();
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((text) => text.includes('县级'))).toBe(true);
    await page.close();
  });

  it('filters by unit by typing part of its name, with suggestions loaded only when the box is used', async () => {
    const page = await served.browser.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${served.origin}/search/?q=${encodeURIComponent('证')}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent()).toMatch(/^找到 \d+ 个/);
    expect(fetched.filter((path) => path.endsWith('.pf_filter'))).toEqual([]); // a plain search loads no filter values
    const before = Number((await status.textContent())!.match(/找到 (\d+)/)![1]);

    const unit = page.getByLabel('实施部门');
    await unit.focus();
    const suggestions = page.locator('#search-unit-values option');
    await expect.poll(() => suggestions.count()).toBeGreaterThan(10);
    // Keyboard only: type, then leave the box (Tab) to apply.
    await unit.pressSequentially('民政局');
    await unit.press('Tab');
    await expect.poll(async () => Number((await status.textContent())!.match(/找到 (\d+)/)?.[1] ?? before)).toBeLessThan(before);
    expect(await page.locator('[data-filter-hint="部门"]').textContent()).toMatch(/^包含「民政局」的部门共 \d+ 个$/);
    const details = await page.locator('[data-search-results] li p').allTextContents();
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((text) => text.split(' · ')[0]!.includes('民政局'))).toBe(true);

    await unit.fill('不存在的部门');
    await unit.press('Tab');
    await expect.poll(() => status.textContent()).toContain('没有名称包含「不存在的部门」的部门');
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    await page.close();
  });

  it('says so when nothing matches', async () => {
    const page = await served.browser.newPage();
    await page.goto(`${served.origin}/search/`);
    await page.getByLabel('事项名称、俗称或部门').fill('zzqqxx');
    await page.getByRole('button', { name: '搜索' }).click();
    await expect.poll(() => page.locator('[data-search-status]').textContent()).toContain('没有找到与「zzqqxx」相关的事项');
    expect(await page.locator('[data-search-results] li').count()).toBe(0);
    await page.close();
  });
});
