import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { writeSnapshot } from '../../content-models/src/snapshot/snapshot-io.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { watchCspViolations } from '../support/csp-violations.ts';
import { serveAndLaunch, writeTestPage, type Served } from './harness.ts';
import { renderSearchPanel } from './render-panel.ts';

/** Search loads Pagefind's module and WebAssembly: both must run under the site's policy. */
let work: string;
let served: Served;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'search-csp-'));
  const snapshotDir = join(work, 'snapshot');
  const siteDir = join(work, 'site');
  await writeSnapshot(snapshotDir, generateCatalog({ items: 60, seed: 3 }));
  await buildSearchIndex({ snapshotDir, siteDir });
  await writeTestPage(siteDir, 'search', 'panel-page.ts', await renderSearchPanel());
  served = await serveAndLaunch(siteDir, 0);
});

afterAll(async () => {
  await served?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

it('finds items under the Content-Security-Policy the static server sends, without a violation', async () => {
  const page = await served.browser.newPage();
  const violations = await watchCspViolations(page);
  const response = await page.goto(`${served.origin}/search/`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.getByLabel('事项名称、俗称或部门').fill('证');
  await page.getByRole('button', { name: '搜索' }).click();
  // Loading the module, wasm and word list can take seconds on a busy machine.
  await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 }).toMatch(/^找到 \d+ 个相关事项/);
  expect(await page.locator('[data-search-results] li').count()).toBeGreaterThan(0);
  expect(violations).toEqual([]);
  await page.close();
});
