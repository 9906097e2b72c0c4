import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { beijingDateTime } from '@catalog/content-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../../cms/src/seed/demoUsers.ts';
import { startNext, type RunningCms } from '../../deploy/support/next-start.ts';
import { launchBrowser } from '../../site/support/browser.ts';
import { cloneItem, column, filterRows, readSheets, writeSheets } from '../../import/support.ts';
import { removeUnlessFailed } from '../../support/temp-dir.ts';

/**
 * Clicking in the real admin, the production build under `next start` (as `npm start` runs it) on a
 * fresh SQLite file with the demo data: the editor's submission and the reviewer's return-with-
 * opinion in the workflow panel, and the editor's 梳理表 import (check, problem table, fix, import)
 * in the import panel. `next dev` compiled every admin route on first visit, which on a loaded
 * two-core machine took longer than the whole walk may.
 */
let cms: RunningCms;
let base: string;
let browser: Browser;
let dir: string;

const demo = (role: string) => demoUsers.find((u) => u.role === role)!;

async function api(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<any> {
  const response = await fetch(`${base}/api${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const token = async (role: string) => (await api('/users/login', { method: 'POST', body: { email: demo(role).email, password: demo(role).password } })).token as string;

async function loggedIn(role: string, viewport?: { width: number; height: number }, timezoneId?: string): Promise<Page> {
  const page = await browser.newPage({ ...(viewport ? { viewport } : {}), ...(timezoneId ? { timezoneId } : {}) });
  await page.goto(`${base}/admin/login`, { timeout: 240_000 });
  await page.fill('input[name="email"]', demo(role).email);
  await page.fill('input[name="password"]', demo(role).password);
  await page.click('button[type="submit"]');
  await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 240_000 });
  return page;
}

async function panelOf(role: string, adjustmentId: string): Promise<Page> {
  const page = await loggedIn(role);
  await page.goto(`${base}/admin/collections/adjustments/${adjustmentId}`, { timeout: 240_000 });
  await page.getByRole('heading', { name: '审核流程' }).waitFor({ timeout: 240_000 });
  return page;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'workflow-browser-'));
  // The local demo on the built app: CMS_ENV=demo writes the demo units, people and items on start.
  cms = await startNext({ CMS_ENV: 'demo', CMS_SEED: '' });
  base = cms.url;
  browser = await launchBrowser();
});

afterAll(async ({}, file) => {
  await browser?.close();
  await cms?.stop(file);
  if (dir) removeUnlessFailed(dir, file);
});

/**
 * A panel is usable at the page's width: the page does not scroll sideways, and every button of the
 * panel is shown, inside the viewport's width and clear of the others.
 */
async function expectFits(page: Page, panel: Locator, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  const width = page.viewportSize()!.width;
  expect(overflow, `${what}（宽 ${width}）：页面不应横向滚动`).toBeLessThanOrEqual(0);
  const boxes = [];
  for (const button of await panel.getByRole('button').all()) {
    expect(await button.isVisible(), `${what}：按钮「${await button.textContent()}」应可见`).toBe(true);
    const box = (await button.boundingBox())!;
    expect(box.x >= 0 && box.x + box.width <= width, `${what}：按钮「${await button.textContent()}」超出宽度 ${width}`).toBe(true);
    boxes.push({ box, name: await button.textContent() });
  }
  expect(boxes.length, `${what}：应有按钮`).toBeGreaterThan(0);
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlapX = Math.min(a.box.x + a.box.width, b.box.x + b.box.width) - Math.max(a.box.x, b.box.x);
      const overlapY = Math.min(a.box.y + a.box.height, b.box.y + b.box.height) - Math.max(a.box.y, b.box.y);
      expect(overlapX > 1 && overlapY > 1, `${what}：按钮「${a.name}」与「${b.name}」重叠`).toBe(false);
    }
  }
}

/** 「2026年12月2日 19:05」 as shown, read back as an instant in Beijing time. */
function beijingInstant(text: string): number {
  const [, y, m, d, h, min] = text.match(/(\d{4})年(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})/)!.map(Number);
  return Date.UTC(y!, m! - 1, d!, h! - 8, min!);
}

/** Clicks a workflow button in the panel and waits for the status line it leads to. */
async function press(page: Page, button: string, status: string): Promise<void> {
  await page.getByRole('group', { name: '可执行的操作' }).getByRole('button', { name: button, exact: true }).click();
  const alert = page.locator('section[aria-labelledby="workflow-title"]').getByRole('alert');
  for (let waited = 0; waited < 60_000; waited += 250) {
    if ((await page.getByText(status).count()) > 0) return;
    // A refusal shows up as the panel's alert: fail with the server's reason rather than a timeout.
    if ((await alert.count()) > 0) throw new Error(`「${button}」未成功：${await alert.first().textContent()}`);
    await page.waitForTimeout(250);
  }
  throw new Error(`「${button}」之后未出现「${status}」`);
}

describe('the workflow panel in the admin', () => {
  it('walks a 动态调整 from submission to publication: a return needs an opinion and the resubmission resumes at 编办审核', async () => {
    const editor = await token('editor');
    const [guide] = (await api('/implementations?limit=1&depth=0&where[_status][equals]=published', { token: editor })).docs;
    await api(`/implementations/${guide.id}?draft=true`, { method: 'PATCH', token: editor, body: { promisedDays: 2, _status: 'draft' } });
    const { doc } = await api('/adjustments', {
      method: 'POST',
      token: editor,
      body: { kind: 'guide', implementation: guide.id, unit: guide.unit, reason: '压缩承诺办结时限', basis: '优化营商环境条例' },
    });
    const id = String(doc.id);

    const editorPage = await panelOf('editor', id);
    await editorPage.getByText('流程：动态调整').waitFor();
    await expect.poll(() => editorPage.getByRole('rowheader', { name: '承诺办结时限' }).count()).toBe(1);
    await press(editorPage, '提交审核', '状态：审核中（单位负责人确认）');
    expect(await editorPage.getByRole('group', { name: '可执行的操作' }).getByRole('button').allTextContents()).toEqual(['撤回']);

    const headPage = await panelOf('unit-head', id);
    await press(headPage, '确认上报', '状态：审核中（编办审核）');

    const reviewerPage = await panelOf('reviewer', id);
    await reviewerPage.getByText(/本环节办理期限：\d{4}年\d{1,2}月\d{1,2}日/).waitFor();
    await reviewerPage.getByRole('button', { name: '退回修改' }).click();
    await reviewerPage.getByRole('alert').filter({ hasText: '退回修改须填写审核意见' }).waitFor();
    const opinion = '时限压缩幅度较大，请补充论证材料';
    await reviewerPage.getByLabel('审核意见（退回修改、不予通过时必填）').fill(opinion);
    await press(reviewerPage, '退回修改', '状态：已退回修改（编办审核）');
    await reviewerPage.getByText(opinion).waitFor();

    await editorPage.reload();
    await press(editorPage, '重新提交', '状态：审核中（单位负责人确认）');
    await headPage.reload();
    await press(headPage, '确认上报', '状态：审核中（编办审核）');
    await reviewerPage.reload();
    await press(reviewerPage, '通过', '状态：审核中（审定）');
    const approverPage = await panelOf('approver', id);
    await press(approverPage, '通过', '状态：已审定通过');
    await approverPage.getByText(/已于 .+ 发布/).waitFor();

    const stored = await api(`/adjustments/${id}/workflow`, { token: editor });
    expect(stored.history.map((h: { decision: string }) => h.decision)).toEqual(['submit', 'confirm', 'return', 'submit', 'confirm', 'approve', 'approve']);
    expect((await api(`/implementations/${guide.id}?depth=0`)).promisedDays).toBe(2);
  });

  it('walks a 梳理 case through 两报两审: 一审 with a 处置意见, the unit\'s 二报, 二审, and 批量审定 of the 送审稿', async () => {
    const editor = await token('editor');
    const [campaign] = (await api('/campaigns?limit=1&depth=0', { token: editor })).docs;
    const guides = (await api('/implementations?limit=2&depth=0&where[_status][equals]=published', { token: editor })).docs;
    const guide = guides[1];
    await api(`/implementations/${guide.id}?draft=true`, { method: 'PATCH', token: editor, body: { conditions: '梳理后：本市户籍居民及持有居住证的人员', _status: 'draft' } });
    const { doc } = await api('/adjustments', {
      method: 'POST',
      token: editor,
      body: { kind: 'guide', implementation: guide.id, unit: guide.unit, reason: '梳理：明确受理条件', campaign: campaign.id },
    });
    const id = String(doc.id);

    const editorPage = await panelOf('editor', id);
    await editorPage.getByText('流程：两报两审').waitFor();
    await press(editorPage, '提交审核', '状态：审核中（单位负责人确认）');
    const headPage = await panelOf('unit-head', id);
    await press(headPage, '确认上报', '状态：审核中（一审（编办审核））');

    const reviewerPage = await panelOf('reviewer', id);
    await reviewerPage.getByRole('button', { name: '通过', exact: true }).click();
    await reviewerPage.getByRole('alert').filter({ hasText: '处置意见' }).waitFor();
    await reviewerPage.getByLabel('处置意见（通过时必选）').selectOption({ label: '精简材料' });
    await press(reviewerPage, '通过', '状态：审核中（二报（单位按一审意见修改后报送））');

    await editorPage.reload();
    await press(editorPage, '提交（二报（单位按一审意见修改后报送））', '状态：审核中（二审（征求意见后审核））');
    await reviewerPage.reload();
    await press(reviewerPage, '通过', '状态：审核中（审定（政府常务会议））');

    const approverPage = await loggedIn('approver');
    await approverPage.goto(`${base}/admin/collections/adjustments`, { timeout: 240_000 });
    const panel = approverPage.locator('section', { has: approverPage.getByRole('heading', { name: /批量审定/ }) });
    await panel.waitFor({ timeout: 240_000 });
    await panel.getByLabel('审定批次号（必填）').fill('县政府第12次常务会议');
    await panel.getByRole('button', { name: /批量审定通过/ }).click();
    // The confirmation stays after the page refreshes without cases; a refusal is an alert with
    // the server's reason: fail with that reason rather than a timeout.
    const done = panel.getByRole('status').filter({ hasText: '县政府第12次常务会议' });
    const refused = panel.getByRole('alert');
    await done.or(refused).first().waitFor({ timeout: 180_000 });
    if ((await refused.count()) > 0) throw new Error(`批量审定未成功：${await refused.first().textContent()}`);
    // Every case was chosen, so the refreshed panel has none left — and still shows the result.
    await panel.getByText('暂无待审定的调整。').waitFor({ timeout: 60_000 });
    expect(await done.count(), '刷新后仍显示审定结果').toBe(1);

    const stored = await api(`/adjustments/${id}?depth=0`, { token: editor });
    expect(stored).toMatchObject({ state: 'approved', batch: '县政府第12次常务会议', procedureCode: 'two-reports-two-reviews' });
    const history = (await api(`/adjustments/${id}/workflow`, { token: editor })).history;
    expect(history.map((h: { stageName: string }) => h.stageName)).toEqual([
      '一报（单位填报）',
      '单位负责人确认',
      '一审（编办审核）',
      '二报（单位按一审意见修改后报送）',
      '二审（征求意见后审核）',
      '审定（政府常务会议）',
    ]);
  });
});

describe('提交审核 from the guide page and a decision from 待我审核', () => {
  it('takes an editor from a changed time limit to a submitted case in ≤ 6 clicks, and a reviewer on a tablet from 待我审核 on the home page to a decision in ≤ 3', async () => {
    const editor = await token('editor');
    const open = new Set((await api('/adjustments?limit=0&depth=0', { token: editor })).docs.map((a: any) => String(a.implementation)));
    const guides = (await api('/implementations?limit=20&depth=0&where[_status][equals]=published', { token: editor })).docs;
    const guide = guides.find((g: any) => !open.has(String(g.id)) && typeof g.promisedDays === 'number' && g.promisedDays > 1);
    expect(guide, 'a published guide of the editor\'s unit without a case').toBeDefined();
    const days = String(guide.promisedDays - 1);

    // Counted: every click or field the person touches, from the guide's edit page on.
    let touches = 0;
    const touch = async <T,>(act: () => Promise<T>): Promise<T> => {
      touches += 1;
      return act();
    };
    const page = await loggedIn('editor');
    // The editor's home page: the work waiting, the unit's catalog health, the latest publications.
    await page.getByRole('heading', { name: '我的工作台' }).waitFor({ timeout: 240_000 });
    await page.getByRole('heading', { name: '本单位事项' }).waitFor();
    await page.getByText(/已到复核日期：\d+ 份/).waitFor();
    await page.getByRole('heading', { name: '最近发布' }).waitFor();
    await page.goto(`${base}/admin/collections/implementations/${guide.id}`, { timeout: 240_000 });
    const panel = page.locator('section', { has: page.getByRole('heading', { name: '提交审核', exact: true }) });
    await panel.getByLabel('调整理由（必填）').waitFor({ timeout: 240_000 });
    // The submit panel at 1280 px (this page) and on a tablet.
    await expectFits(page, panel, '提交审核面板');
    await page.setViewportSize({ width: 820, height: 1180 });
    await expectFits(page, panel, '提交审核面板');
    await page.setViewportSize({ width: 1280, height: 720 });
    await touch(() => page.getByRole('button', { name: '时限与办理方式' }).click());
    await touch(() => page.getByLabel('承诺办结时限', { exact: false }).first().fill(days));
    // The edit lock (held while the editor types, released by the save): a colleague opening the
    // guide in a browser set to New York is told who edits it, as 「姓名（单位）」, and since when, in
    // Beijing time. Not the editor's touches.
    for (let waited = 0; waited < 60_000; waited += 500) {
      if ((await api(`/payload-locked-documents?depth=0&where[document.value][equals]=${guide.id}`, { token: editor })).totalDocs > 0) break;
      await page.waitForTimeout(500);
    }
    const me = (await api('/users/me', { token: editor })).user;
    const colleague = await loggedIn('unit-head', undefined, 'America/New_York');
    await colleague.goto(`${base}/admin/collections/implementations/${guide.id}`, { timeout: 240_000 });
    const lock = colleague.locator('.document-locked');
    await lock.getByRole('heading', { name: '文档已锁定' }).waitFor({ timeout: 120_000 });
    expect(me.displayLabel).toMatch(/^.+（.+）$/);
    await lock.getByText(me.displayLabel, { exact: true }).waitFor();
    const since = (await lock.getByText('上次编辑时间').textContent())!;
    expect(Math.abs(beijingInstant(since) - Date.now()), `上次编辑时间「${since}」应为北京时间`).toBeLessThan(10 * 60_000);
    await colleague.close();
    await touch(() => page.getByRole('button', { name: '保存草稿' }).click());
    // The saved change shows in the panel's diff, and the kind it suggests is 指南调整.
    await panel.getByRole('rowheader', { name: '承诺办结时限' }).waitFor({ timeout: 60_000 });
    expect(await panel.getByLabel('调整类型').inputValue()).toBe('guide');
    await touch(() => panel.getByLabel('调整理由（必填）').fill('压缩承诺办结时限'));
    await touch(() => panel.getByRole('button', { name: '提交审核', exact: true }).click());
    const done = panel.getByRole('status').filter({ hasText: '已提交审核' });
    const refused = panel.getByRole('alert');
    await done.or(refused).first().waitFor({ timeout: 60_000 });
    if ((await refused.count()) > 0) throw new Error(`提交审核未成功：${await refused.first().textContent()}`);
    expect(touches).toBeLessThanOrEqual(6);

    // The catalog list offers the editor 新增事项 (pre-filled 新增 case in a drawer) and 申请取消 per item.
    await page.goto(`${base}/admin/collections/catalog-items`, { timeout: 240_000 });
    // The button is in the server-rendered HTML before React hydrates it: a click that early does
    // nothing (seen on a loaded CI machine), so click again until the drawer opens.
    const drawer = page.locator('.doc-drawer');
    const opened = drawer.getByText('新增', { exact: true }).first();
    for (let attempt = 0; ; attempt++) {
      await page.getByRole('button', { name: '新增事项' }).click({ timeout: 240_000 });
      if (await opened.waitFor({ timeout: 10_000 }).then(() => true, () => false)) break;
      if (attempt === 11) throw new Error('「新增事项」点击 12 次后仍未打开预填“新增”的动态调整');
    }
    expect(await page.getByRole('button', { name: /^申请取消：/ }).count()).toBeGreaterThan(0);

    const [filed] = (await api(`/adjustments?depth=0&where[implementation][equals]=${guide.id}`, { token: editor })).docs;
    expect(filed).toMatchObject({ kind: 'guide', state: 'in-review', reason: '压缩承诺办结时限' });
    const head = await token('unit-head');
    await api(`/adjustments/${filed.id}/decide`, { method: 'POST', token: head, body: { decision: 'approve', stageId: filed.stage } });

    touches = 0;
    // The reviewer's home page lists 待我审核; the reviewer works on a tablet (820 × 1180, portrait),
    // with the browser's clock in New York: every time shown must still be Beijing time.
    const reviewer = await loggedIn('reviewer', { width: 820, height: 1180 }, 'America/New_York');
    await reviewer.getByRole('heading', { name: '我的工作台' }).waitFor({ timeout: 240_000 });
    expect(await reviewer.getByRole('heading', { name: '本单位事项' }).count()).toBe(0);
    const queue = reviewer.locator('section[aria-labelledby="queue-title"]');
    await queue.waitFor({ timeout: 240_000 });
    await touch(() => queue.locator(`a[href$="/adjustments/${filed.id}"]`).click());
    await reviewer.getByRole('heading', { name: '审核流程' }).waitFor({ timeout: 240_000 });
    const workflow = reviewer.locator('section[aria-labelledby="workflow-title"]');
    // The panel with its decision buttons on the tablet and at 1280 px.
    await expectFits(reviewer, workflow, '审核流程面板');
    await reviewer.setViewportSize({ width: 1280, height: 800 });
    await expectFits(reviewer, workflow, '审核流程面板');
    await reviewer.setViewportSize({ width: 820, height: 1180 });
    await touch(() => press(reviewer, '通过', '状态：审核中（审定）'));
    expect(touches).toBeLessThanOrEqual(3);

    // Beijing time in a New York browser: the read-only 提交时间 on the case and the list's cells.
    const decided = await api(`/adjustments/${filed.id}?depth=0`, { token: editor });
    expect(decided.createdByLabel).toBe(me.displayLabel);
    expect(await reviewer.getByLabel('提交时间').inputValue()).toBe(beijingDateTime(decided.submittedAt));
    await reviewer.goto(`${base}/admin/collections/adjustments?where[id][equals]=${filed.id}`, { timeout: 240_000 });
    await reviewer.getByRole('cell', { name: beijingDateTime(decided.stageEnteredAt), exact: true }).first().waitFor({ timeout: 120_000 });
    // Reviewers do not file adjustments: no 新增事项 / 申请取消 on the catalog list.
    await reviewer.goto(`${base}/admin/collections/catalog-items`, { timeout: 240_000 });
    await reviewer.getByRole('heading', { name: '目录清单' }).first().waitFor({ timeout: 240_000 });
    expect(await reviewer.getByRole('button', { name: '新增事项' }).count()).toBe(0);
    expect(await reviewer.getByRole('button', { name: /^申请取消/ }).count()).toBe(0);
  });
});

describe('the 梳理表 import panel in the admin', () => {
  it('lets the editor check a file, shows a bad cell in the problem table, and imports the fixed file as the unit’s submission', async () => {
    const editor = await token('editor');
    const me = (await api('/users/me', { token: editor })).user;
    const unitId = typeof me.unit === 'object' ? me.unit.id : me.unit;
    const response = await fetch(`${base}/api/imports/export/implementations?where[unit][equals]=${unitId}`, { headers: { Authorization: `JWT ${editor}` } });
    expect(response.status).toBe(200);
    const exported = await readSheets(new Uint8Array(await response.arrayBuffer()));
    const sheet = '事项与指南';
    const open = new Set((await api('/adjustments?limit=0&depth=1', { token: editor })).docs.map((a: any) => a.implementation?.implementationCode));
    const source = exported[sheet]!.slice(1).map((row) => row[column(exported, sheet, '实施编码')]!).find((code) => !open.has(code))!;
    const sheets = filterRows(exported, (code) => code === source);
    const newCode = cloneItem(sheets, source, '777001', '浏览器导入测试事项');
    const row = sheets[sheet]!.find((r) => r[column(sheets, sheet, '实施编码')] === newCode)!;
    const region = row[column(sheets, sheet, '行政区划代码')]!;
    row[column(sheets, sheet, '行政区划代码')] = '999999';
    const badFile = join(dir, '梳理表-有误.xlsx');
    writeFileSync(badFile, await writeSheets(sheets));
    row[column(sheets, sheet, '行政区划代码')] = region;
    const goodFile = join(dir, '梳理表.xlsx');
    writeFileSync(goodFile, await writeSheets(sheets));

    const page = await loggedIn('editor');
    await page.goto(`${base}/admin/collections/imports`, { timeout: 240_000 });
    await page.getByRole('heading', { name: '导入梳理表' }).waitFor({ timeout: 240_000 });
    const panel = page.locator('section[aria-labelledby="import-panel-title"]');
    await panel.getByLabel('选择梳理表：').setInputFiles(badFile);
    await panel.getByRole('button', { name: '检查（试运行）' }).click();
    await panel.getByRole('status').getByText('发现 1 个问题，未写入任何内容').waitFor({ timeout: 120_000 });
    const cells = await panel.getByRole('table').getByRole('row').nth(1).getByRole('cell').allTextContents();
    // 工作表 / 行 / 事项 / 列 / 值 / 说明: the problem names the item it belongs to.
    expect(cells[2]).toContain('浏览器导入测试事项');
    expect(cells[3]).toContain('行政区划代码');
    expect(cells[4]).toBe('999999');
    expect(await panel.getByRole('button', { name: '确认导入' }).isDisabled()).toBe(true);

    await panel.getByLabel('选择梳理表：').setInputFiles(goodFile);
    await panel.getByRole('button', { name: '检查（试运行）' }).click();
    await panel.getByRole('status').getByText('检查通过：新增 1 项').waitFor({ timeout: 120_000 });
    await panel.getByRole('button', { name: '确认导入' }).click();
    await panel.getByRole('status').getByText('导入完成：新增 1 项').waitFor({ timeout: 120_000 });

    const adjustments = (await api(`/adjustments?depth=1&where[implementation.implementationCode][equals]=${newCode}`, { token: editor })).docs;
    expect(adjustments).toHaveLength(1);
    expect(adjustments[0].kind).toBe('add');
    const flow = await api(`/adjustments/${adjustments[0].id}/workflow`, { token: editor });
    expect(flow.history.map((h: { decision: string }) => h.decision)).toEqual(['submit']);
  });
});

describe('the onboarding panel above the units list', () => {
  it('shows administrators how a county is set up, and checks the regions of a county from the national codes', async () => {
    const page = await loggedIn('admin');
    await page.goto(`${base}/admin/collections/units`, { timeout: 240_000 });
    await page.getByRole('heading', { name: '新区县上线：行政区划、单位和账号' }).waitFor({ timeout: 240_000 });
    const panel = page.locator('section[aria-labelledby="onboarding-title"]');
    await panel.getByLabel('区划代码：').fill('330326');
    await panel.getByRole('button', { name: '检查' }).first().click();
    await panel.getByRole('status').getByText(/平阳县/).waitFor({ timeout: 120_000 });
    expect(await panel.getByRole('button', { name: '载入' }).isDisabled()).toBe(false);
    expect(await panel.getByRole('link', { name: '下载组织机构导入模板' }).getAttribute('href')).toBe('/api/units/organization/template');

    // Editors do not see it (the endpoints refuse them on the server, tested in test/organization).
    const editor = await loggedIn('editor');
    await editor.goto(`${base}/admin/collections/units`, { timeout: 240_000 });
    await editor.getByRole('heading', { name: '实施主体（单位）' }).first().waitFor({ timeout: 240_000 });
    expect(await editor.locator('section[aria-labelledby="onboarding-title"]').count()).toBe(0);
  });
});
