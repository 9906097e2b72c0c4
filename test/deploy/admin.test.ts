import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { writeSnapshot } from '../../content-models/src/snapshot/snapshot-io.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { sessionCookieSecure } from '../../cms/src/security/secureCookies.ts';
import { writeCatalogWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import { watchCspViolations } from '../support/csp-violations.ts';
import { admin, createAdmin } from './support/admin-user.ts';
import { startNext, type RunningCms } from './support/next-start.ts';

/** The built admin under `next start`: its headers over HTTP, and its pages in Chromium under its CSP. */
let cms: RunningCms;
let browser: Browser;
/** A small site's search index, served for the CMS's search for browsers without JavaScript. */
let site: { dir: string; server: Server; origin: string; firstName: string };

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'serving-site-'));
  const catalog = generateCatalog({ items: 60, seed: 5 });
  await writeSnapshot(join(dir, 'snapshot'), catalog);
  await buildSearchIndex({ snapshotDir: join(dir, 'snapshot'), siteDir: join(dir, 'site') });
  const server = createStaticServer(() => join(dir, 'site'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  site = { dir, server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, firstName: [...catalog.items].find((item) => item.status === 'active')!.name };
  cms = await startNext({ SEARCH_SITE_URL: site.origin });
  await createAdmin(cms.databaseUrl);
  browser = await launchChromium();
});
afterAll(async ({}, file) => {
  await browser?.close();
  await cms?.stop(file);
  if (site) {
    await new Promise((done) => site.server.close(done));
    await rm(site.dir, { recursive: true, force: true });
  }
});

const nonceOf = (policy: string | null) => /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/.exec(policy ?? '')?.[1];

function expectCommonHeaders(headers: Headers, what: string): void {
  expect(headers.get('x-frame-options'), what).toBe('DENY');
  expect(headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(headers.has('x-powered-by'), what).toBe(false);
}

describe('security headers of the admin and the API', () => {
  it('gives every admin page a policy with a fresh nonce, which its inline scripts carry', async () => {
    const first = await fetch(`${cms.url}/admin/login`);
    const second = await fetch(`${cms.url}/admin/login`);
    expect(first.status).toBe(200);
    const policy = first.headers.get('content-security-policy');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain('unsafe-eval');
    const nonce = nonceOf(policy);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce);
    expectCommonHeaders(first.headers, '/admin/login');
    const html = await first.text();
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>/g)].map((m) => m[1]!);
    expect(inline.length).toBeGreaterThan(0);
    for (const attributes of inline) expect(attributes).toContain(`nonce="${nonce}"`);
  });

  it('sends a policy that lets nothing run on API answers, and the common headers on assets', async () => {
    const api = await fetch(`${cms.url}/api/users/me`);
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
    expectCommonHeaders(api.headers, '/api/users/me');
    const html = await (await fetch(`${cms.url}/admin/login`)).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const script = await fetch(`${cms.url}${asset}`);
    expect(script.status).toBe(200);
    expectCommonHeaders(script.headers, asset!);
  });

  it('serves the search page for browsers without JavaScript from the built server, under a policy that lets its form search again', async () => {
    const answer = await fetch(`${cms.url}/api/site-search?q=${encodeURIComponent(site.firstName)}`);
    const html = await answer.text();
    expect(answer.status, html).toBe(200);
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    expectCommonHeaders(answer.headers, '/api/site-search');
    expect(html).toMatch(new RegExp(`<li><p><a href="[^"]+/c/\\d{12}/">${site.firstName}</a>`));
    expect(html).toContain(`value="${site.firstName}"`);
  });

  it('leaves Secure off the session cookie over plain http, and sets it whenever the CMS is reached over https', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='));
    expect(cookie).toBeTruthy();
    expect(cookie).not.toMatch(/;\s*Secure/i);
    expect(sessionCookieSecure({ CMS_URL: 'https://cms.example.gov.cn' })).toBe(true);
    expect(sessionCookieSecure({ CMS_PUBLIC_URL: 'https://cms.example.gov.cn' })).toBe(true);
    expect(sessionCookieSecure({ CMS_URL: 'http://localhost:3000' })).toBe(false);
    expect(sessionCookieSecure({})).toBe(false);
  });
});

describe('the admin in Chromium under its Content-Security-Policy', () => {
  it('shows the login page, logs in and shows list pages without a violation', async () => {
    const page = await browser.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(`${cms.url}/admin/login`);
    await page.fill('input[name="email"]', admin.email);
    await page.fill('input[name="password"]', admin.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.endsWith('/login'));
    for (const collection of ['implementations', 'users']) {
      await page.goto(`${cms.url}/admin/collections/${collection}`);
      await page.locator('.collection-list').first().waitFor();
    }
    expect(violations).toEqual([]);
    await page.close();
  });

  it('reports a violation when an admin page loads from elsewhere (the check above can fail)', async () => {
    const page = await browser.newPage();
    const violations = await watchCspViolations(page);
    await page.goto(`${cms.url}/admin/login`);
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://tracker.example.invalid/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the 梳理表 import under next start', () => {
  it('reads an uploaded workbook in its reading worker (the built server finds and runs it)', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    const { token } = (await login.json()) as { token: string };
    // The empty template: the dry run must parse it in the worker (a worker the built server cannot
    // find or start fails the import) and find nothing to change.
    const workbook = await writeCatalogWorkbook({});
    const form = new FormData();
    form.append('file', new Blob([workbook as BlobPart]), '梳理表.xlsx');
    const started = await fetch(`${cms.url}/api/imports/start?mode=dry-run`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    let progress: { status: string; message?: string } = { status: 'running' };
    for (let polls = 0; progress.status === 'running' && polls < 600; polls += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      progress = (await (await fetch(`${cms.url}/api/imports/${id}/progress`, { headers: { Authorization: `JWT ${token}` } })).json()) as typeof progress;
    }
    expect(progress.message).toContain('检查通过');
    expect(progress.status).not.toBe('failed');
  });
});

describe('refusals under next start', () => {
  it('keep the Chinese reason a hook gave (the built server has a second copy of Payload’s error class)', async () => {
    const login = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: admin.email, password: admin.password }),
    });
    const { token } = (await login.json()) as { token: string };
    const refused = await fetch(`${cms.url}/api/adjustments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ kind: 'guide', implementation: 999_999, unit: 1, reason: '指向不存在的办事指南' }),
    });
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toBe('实施清单 / 办事指南“999999”不存在。');
  });
});
