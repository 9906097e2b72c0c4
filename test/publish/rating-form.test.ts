import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { socketAddressHeader } from '../../cms/src/net/socketAddress.ts';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { seedFixture, type Fixture } from '../cms/support/fixture.ts';
import { launchBrowser } from '../site/support/browser.ts';
import { buildSite } from '../site/support/build-site.ts';

/**
 * 好差评 end to end: the CMS's own export (with approved, pending and rejected ratings of known
 * counts) built by Astro and served under the site's CSP; a browser without JavaScript rates a
 * guide on its page, the real feedback endpoint answers with its reply page, and the rating waits
 * for moderation. The database suites run this on SQLite only: the build and the browser are the
 * slow part, and the same endpoint's database work is covered on PostgreSQL by test/cms/ratings.
 */
const CMS_ORIGIN = 'http://cms.rating.test';

describe.skipIf(inject('databaseKind') === 'postgres')('rating a guide without JavaScript', () => {
  let cms: Cms;
  let fx: Fixture;
  let browser: Browser;
  let server: Server;
  let origin = '';
  let dist = '';
  let root = '';
  let codeA = '';
  let codeB = '';
  const previous = { CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL, SITE_URL: process.env.SITE_URL };

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

  it('submits a 差评 with its reason from the item page, lands on the CMS reply page and the rating waits for moderation', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The browser's post reaches the real endpoint: the CMS's REST handler, called with the body and headers it sent.
    await page.route(`${CMS_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const answer = await cms.send(request.method() as 'POST', new URL(request.url()).pathname.replace(/^\/api/, ''), {
        headers: { 'Content-Type': request.headers()['content-type'] ?? '', Referer: request.headers().referer ?? '', [socketAddressHeader]: '203.0.113.7' },
        body: request.postData() ?? '',
      });
      await route.fulfill({ status: answer.status, contentType: 'text/html; charset=utf-8', body: answer.text });
    });
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
});
