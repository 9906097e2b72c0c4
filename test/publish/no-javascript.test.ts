import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { socketAddressHeader } from '../../cms/src/net/socketAddress.ts';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { seedFixture, type Fixture } from '../cms/support/fixture.ts';
import { axeViolations } from '../site/support/axe.ts';
import { launchBrowser } from '../site/support/browser.ts';
import { buildSite } from '../site/support/build-site.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';

/**
 * The site in a browser without JavaScript, against the real CMS endpoints.
 * 好差评 end to end: the CMS's own export (with approved, pending and rejected ratings of known
 * counts) built by Astro and served under the site's CSP; a browser without JavaScript rates a
 * guide on its page, the real feedback endpoint answers with its reply page, and the rating waits
 * for moderation. The database suites run this on SQLite only (publish-postgres excludes it): the
 * build and the browser are the slow part, and the same endpoint's database work is covered on
 * PostgreSQL by test/cms/ratings.
 * Search: the header's form goes to the CMS's /api/site-search, which searches the served site's
 * index (built here with the site) and keeps the query; drafts are not in it.
 */
const CMS_ORIGIN = 'http://cms.rating.test';

describe('the site without JavaScript', () => {
  let cms: Cms;
  let fx: Fixture;
  let browser: Browser;
  let server: Server;
  let origin = '';
  let dist = '';
  let root = '';
  let codeA = '';
  let codeB = '';
  const previous = { CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL, SITE_URL: process.env.SITE_URL, SEARCH_SITE_URL: process.env.SEARCH_SITE_URL };

  beforeAll(async () => {
    cms = await startCms();
    fx = await seedFixture(cms.payload);
    server = createStaticServer(() => dist, { commentEndpoint: `${CMS_ORIGIN}/api/feedback` });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.CMS_PUBLIC_URL = CMS_ORIGIN;
    process.env.SITE_URL = origin;

    // Created as the door leaves them (pending), then moderated, as a reviewer would.
    const rating = async (implementation: unknown, verdict: string, moderation: string, reason?: string) => {
      const created = await cms.payload.create({ collection: 'feedback', data: { kind: 'rating', implementation, verdict, ...(reason ? { reason } : {}) } as never });
      if (moderation !== 'pending') await cms.payload.update({ collection: 'feedback', id: created.id, data: { moderation } as never });
    };
    await rating(fx.impl.aPublished, 'good', 'approved');
    await rating(fx.impl.aPublished, 'good', 'approved');
    await rating(fx.impl.aPublished, 'bad', 'approved', 'too-slow');
    await rating(fx.impl.aPublished, 'bad', 'pending', 'too-slow');
    await rating(fx.impl.bCharged, 'good', 'rejected');

    root = await mkdtemp(join(tmpdir(), 'rating-form-'));
    const { meta, skipped } = await exportSnapshot(cms.payload, join(root, 'snapshot'));
    expect(skipped).toEqual([]);
    expect(meta.counts.activeItems).toBe(2);
    buildSite(join(root, 'snapshot'), join(root, 'dist'));
    dist = join(root, 'dist');
    await buildSearchIndex({ snapshotDir: join(root, 'snapshot'), siteDir: dist });
    for (const [key, id] of [['a', fx.impl.aPublished], ['b', fx.impl.bCharged]] as const) {
      const code = String(((await cms.payload.findByID({ collection: 'implementations', id, draft: false, depth: 0 })) as { implementationCode: string }).implementationCode);
      if (key === 'a') codeA = code;
      else codeB = code;
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
    if (root) await rm(root, { recursive: true, force: true });
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  /**
   * A browser page whose requests to the CMS reach the real endpoints: the CMS's REST handler,
   * called with the method, address, body and headers the browser sent.
   */
  async function openPage(options: BrowserContextOptions) {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.route(`${CMS_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const answer = await cms.send(request.method() as 'GET' | 'POST', `${url.pathname.replace(/^\/api/, '')}${url.search}`, {
        headers: { 'Content-Type': request.headers()['content-type'] ?? '', Referer: request.headers().referer ?? '', [socketAddressHeader]: '203.0.113.7' },
        ...(request.method() === 'POST' ? { body: request.postData() ?? '' } : {}),
      });
      await route.fulfill({ status: answer.status, contentType: 'text/html; charset=utf-8', body: answer.text });
    });
    return { context, page };
  }

  it('submits a 差评 with its reason from the item page, lands on the CMS reply page and the rating waits for moderation', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    const before = (await cms.payload.count({ collection: 'feedback' })).totalDocs;

    await page.goto(`${origin}/items/${codeA}/`);
    const form = page.locator('form.rating');
    await form.getByRole('radio', { name: '差评' }).check();
    await form.getByLabel('差评原因（选择差评时填写）').selectOption({ label: '材料要求不清或过多' });
    await form.getByLabel(/具体意见/).fill('没有写明复印件要几份');
    await form.getByRole('button', { name: '提交评价' }).click();

    await page.getByRole('heading', { name: '评价已收到' }).waitFor();
    expect(page.url()).toBe(`${CMS_ORIGIN}/api/feedback`);
    const back = page.getByRole('link', { name: '返回办事指南' });
    expect(await back.getAttribute('href')).toBe(`${origin}/items/${codeA}/`);
    await back.click();
    expect(page.url()).toBe(`${origin}/items/${codeA}/`);

    expect((await cms.payload.count({ collection: 'feedback' })).totalDocs).toBe(before + 1);
    const [stored] = (await cms.payload.find({ collection: 'feedback', sort: '-id', limit: 1, depth: 0 })).docs as unknown as Record<string, unknown>[];
    expect(stored).toMatchObject({
      kind: 'rating',
      implementation: fx.impl.aPublished,
      verdict: 'bad',
      reason: 'unclear-materials',
      comment: '没有写明复印件要几份',
      moderation: 'pending',
      followUp: 'open',
      unit: fx.units.a,
    });
    await context.close();
  });

  it('publishes approved ratings only in open data, and no rate where nobody rated', async () => {
    const json = (await (await fetch(`${origin}/open-data/catalog.json`)).json()) as { items: Record<string, unknown>[] };
    const byCode = new Map(json.items.map((item) => [item.implementationCode, item]));
    expect(byCode.get(codeA)).toMatchObject({ goodRatings: 2, badRatings: 1, goodRate: 66.7 });
    expect(byCode.get(codeB)).toMatchObject({ goodRatings: 0, badRatings: 0 });
    expect(byCode.get(codeB)!.goodRate).toBeUndefined();
    const [header, ...rows] = (await (await fetch(`${origin}/open-data/catalog.csv`)).text()).trimEnd().split('\r\n');
    const columns = header!.replace('\uFEFF', '').split(',');
    const ratingsOf = (code: string) => {
      const row = rows.find((r) => r.startsWith(code))!.split(',');
      return ['好评数（经审核公开的评价）', '差评数（经审核公开的评价）', '好评率（%，无人评价时为空）'].map((label) => row[columns.indexOf(label)]);
    };
    expect(ratingsOf(codeA)).toEqual(['2', '1', '66.7']);
    expect(ratingsOf(codeB)).toEqual(['0', '0', '']);
  });

  it('searches from the header of any page: the CMS answers with the query kept and the site\'s results', async () => {
    const { context, page } = await openPage({ javaScriptEnabled: false });
    await page.goto(`${origin}/items/${codeB}/`);
    const box = page.getByRole('searchbox', { name: '搜索办事事项' });
    expect(await box.isVisible()).toBe(true);
    await box.fill('社保卡');
    await box.press('Enter');
    await page.getByRole('heading', { name: '搜索办事事项' }).waitFor();
    expect(page.url()).toBe(`${CMS_ORIGIN}/api/site-search?q=${encodeURIComponent('社保卡')}`);
    expect(await page.getByRole('searchbox', { name: '要办理的事项' }).inputValue()).toBe('社保卡');
    expect(await page.getByRole('status').textContent()).toMatch(/^找到 \d+ 个与「社保卡」相关的事项/);
    const first = page.getByRole('list').first().getByRole('link').first();
    expect(await first.textContent()).toBe('社会保障卡申领');
    // The result opens the service on the site (/c/<基本编码>/); offered in one place, it leads on to that guide.
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${origin}/c/\\d{12}/$`));
    await first.click();
    await page.waitForURL(`${origin}/items/${codeA}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('社会保障卡申领');

    // The search page's own form (the panel needs scripts) goes to the same place.
    await page.goto(`${origin}/search/`);
    const own = page.getByRole('searchbox', { name: '事项名称、俗称或部门' });
    expect(await page.getByRole('searchbox').count()).toBe(1);
    await own.fill('公共租赁住房');
    await own.press('Enter');
    await page.getByRole('heading', { name: '搜索办事事项' }).waitFor();
    expect(await page.getByRole('searchbox', { name: '要办理的事项' }).inputValue()).toBe('公共租赁住房');
    expect(await page.getByRole('list').first().getByRole('link').first().textContent()).toBe('公共租赁住房资格审核');
    await context.close();

    // The CMS's page on a phone: no accessibility violations (axe needs scripts to run; the page has none of its own).
    const { context: checked, page: phone } = await openPage({ viewport: { width: 390, height: 844 } });
    for (const query of ['社保卡', '没有这种事项', '']) {
      await phone.goto(`${CMS_ORIGIN}/api/site-search?q=${encodeURIComponent(query)}`);
      expect(await axeViolations(phone), query).toEqual([]);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await checked.close();
  });

  it('answers every input in Chinese: nothing found, drafts unseen, markup inert, bad pages and long queries refused, the site unreachable', async () => {
    const get = async (query: string) => {
      const answer = await cms.send('GET', `/site-search?${query}`);
      return { status: answer.status, text: answer.text };
    };
    const empty = await get('q=');
    expect(empty.status).toBe(200);
    expect(empty.text).toContain('请输入要办理的事项');
    // A service only drafted (居民用水报装) is not on the site, so not found.
    const draft = await get(`q=${encodeURIComponent('居民用水报装')}`);
    expect(draft.text).not.toContain('>居民用水报装</a>');
    const markup = await get(`q=${encodeURIComponent('<script>alert(1)</script>"')}`);
    expect(markup.status).toBe(200);
    expect(markup.text).not.toContain('<script>');
    expect(markup.text).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;&quot;"');
    const long = await get(`q=${encodeURIComponent('社'.repeat(101))}`);
    expect(long.status).toBe(400);
    expect(long.text).toContain('搜索词太长：最多 100 个字');
    const badPage = await get('q=%E7%A4%BE%E4%BF%9D&page=abc');
    expect(badPage.status).toBe(400);
    expect(badPage.text).toContain('页码“abc”无效');
    // A second page of results lists results 11–20 (two published services: there is none).
    const beyond = await get(`q=${encodeURIComponent('社保卡')}&page=2`);
    expect(beyond.text).toContain('没有第 2 页');
    // A port nothing listens on: the CMS cannot reach the site.
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    process.env.SEARCH_SITE_URL = `http://127.0.0.1:${port}/`;
    try {
      const down = await get(`q=${encodeURIComponent('社保卡')}`);
      expect(down.status).toBe(503);
      expect(down.text).toContain('搜索暂时不可用，请稍后再试，或按分类查找。');
      expect(down.text).toContain(`href="${origin}/browse/category/"`);
    } finally {
      delete process.env.SEARCH_SITE_URL;
    }
  });
});
