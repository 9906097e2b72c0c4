import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUsers } from '../../../cms/src/seed/demoUsers.ts';
import { launchBrowser } from '../../site/support/browser.ts';
import { cloneItem, column, filterRows, readSheets, writeSheets } from '../../import/support.ts';

/**
 * Clicking in the real admin, against `next dev` on a fresh SQLite file with the demo data (port
 * 3210): the editor's submission and the reviewer's return-with-opinion in the workflow panel, and
 * the editor's 梳理表 import (check, problem table, fix, import) in the import panel.
 */
const port = 3210;
const base = `http://localhost:${port}`;
let server: ChildProcess;
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

let serverLog = '';

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`next dev exited with ${server.exitCode} (another next dev in cms/?):\n${serverLog.slice(-2000)}`);
    const ok = await fetch(`${base}/api/units?limit=1`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`CMS did not answer on ${base}`);
}

async function loggedIn(role: string): Promise<Page> {
  const page = await browser.newPage();
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
  server = spawn('npm', ['run', 'dev', '-w', '@catalog/cms'], {
    cwd: join(import.meta.dirname, '../../..'),
    env: { ...process.env, CMS_PORT: String(port), DATABASE_URL: `file:${join(dir, 'demo.db')}`, MEDIA_DIR: join(dir, 'media'), CMS_SEED: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk: Buffer) => (serverLog = (serverLog + chunk.toString()).slice(-20_000));
  server.stdout!.on('data', keep);
  server.stderr!.on('data', keep);
  await waitForServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('the workflow panel in the admin', () => {
  it('lets the editor submit, and the reviewer return only with an opinion, which the history then shows', async () => {
    const editor = await token('editor');
    const [guide] = (await api('/implementations?limit=1&depth=0&where[_status][equals]=published', { token: editor })).docs;
    await api(`/implementations/${guide.id}?draft=true`, { method: 'PATCH', token: editor, body: { promisedDays: 2, _status: 'draft' } });
    const { doc } = await api('/adjustments', {
      method: 'POST',
      token: editor,
      body: { kind: 'guide', implementation: guide.id, unit: guide.unit, reason: '压缩承诺办结时限', basis: '优化营商环境条例', effectiveDate: '2026-01-01T00:00:00.000Z' },
    });
    const id = String(doc.id);

    const editorPage = await panelOf('editor', id);
    await expect.poll(() => editorPage.getByRole('rowheader', { name: '承诺办结时限' }).count()).toBe(1);
    await editorPage.getByRole('button', { name: '提交审核' }).click();
    await editorPage.getByText('状态：审核中（单位负责人确认）').waitFor();
    expect(await editorPage.getByRole('group', { name: '可执行的操作' }).getByRole('button').allTextContents()).toEqual(['撤回']);

    await api(`/adjustments/${id}/decide`, { method: 'POST', token: await token('unit-head'), body: { decision: 'approve', stageId: 'unit-head' } });

    const reviewerPage = await panelOf('reviewer', id);
    await reviewerPage.getByRole('button', { name: '退回修改' }).click();
    await reviewerPage.getByRole('alert').filter({ hasText: '退回修改须填写审核意见' }).waitFor();
    const opinion = '时限压缩幅度较大，请补充论证材料';
    await reviewerPage.getByLabel('审核意见（退回修改、不予通过时必填）').fill(opinion);
    await reviewerPage.getByRole('button', { name: '退回修改' }).click();
    await reviewerPage.getByText('状态：已退回修改（一审（编办审核））').waitFor();
    await reviewerPage.getByText(opinion).waitFor();

    const stored = await api(`/adjustments/${id}/workflow`, { token: editor });
    expect(stored.state).toBe('returned');
    expect(stored.history.map((h: { decision: string }) => h.decision)).toEqual(['submit', 'confirm', 'return']);
    expect(stored.history.at(-1).opinion).toBe(opinion);
    expect(stored.actions.map((a: { label: string }) => a.label)).toEqual(['重新提交']);
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
