import { mkdtemp, mkdir, rm, symlink, writeFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from './static-server.ts';

describe('static server', () => {
  let dir: string;
  let base: string;
  const server = createStaticServer(() => join(dir, 'live'));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'static-'));
    for (const version of ['v1', 'v2']) {
      await mkdir(join(dir, version, 'items', 'A1'), { recursive: true });
      await writeFile(join(dir, version, 'index.html'), `<h1>${version}</h1>`);
      await writeFile(join(dir, version, 'items', 'A1', 'index.html'), `item ${version}`);
      await writeFile(join(dir, version, '404.html'), '找不到页面');
    }
    // A Pagefind file as Pagefind writes it (gzip inside) and its brotli copy (search-precompress.ts).
    await mkdir(join(dir, 'v1', 'pagefind'), { recursive: true });
    await writeFile(join(dir, 'v1', 'pagefind', 'pagefind.ia_1.pf_meta'), gzipSync('pagefind_dcd meta'));
    await writeFile(join(dir, 'v1', 'pagefind', 'pagefind.ia_1.pf_meta.br'), brotliCompressSync('pagefind_dcd meta'));
    await writeFile(join(dir, 'secret.txt'), 'secret');
    await mkdir(join(dir, 'private'));
    await writeFile(join(dir, 'private', 'key.pem'), 'secret key');
    // Links a release must not be able to lead out through (to a file, to a directory), and one
    // that stays inside it.
    await symlink(join(dir, 'secret.txt'), join(dir, 'v1', 'leak.txt'));
    await symlink(join(dir, 'private'), join(dir, 'v1', 'private'));
    await symlink('../../index.html', join(dir, 'v1', 'items', 'A1', 'home.html'));
    await writeFile(join(dir, 'v1', '.env'), 'PAYLOAD_SECRET=x');
    await mkdir(join(dir, 'v1', '.git'));
    await writeFile(join(dir, 'v1', '.git', 'config'), 'git config');
    await writeFile(join(dir, 'v1', 'items', '.draft.html'), 'draft');
    await symlink(join(dir, 'v1', '.env'), join(dir, 'v1', 'env.txt'));
    await symlink(join(dir, 'v1'), join(dir, 'live'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves index.html for directories with an HTML content type', async () => {
    const response = await fetch(`${base}/items/A1/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('item v1');
  });

  it('compresses text for clients that accept gzip, and only for them', async () => {
    const raw = (headers: Record<string, string>) =>
      new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
        httpRequest(`${base}/items/A1/`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
        }).on('error', reject).end();
      });
    const zipped = await raw({ 'accept-encoding': 'gzip, br' });
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).toString()).toBe('item v1');
    const plain = await raw({});
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.toString()).toBe('item v1');
  });

  it('sends the precompressed brotli copy to clients that accept brotli, the file itself to others', async () => {
    const get = (headers: Record<string, string>) =>
      new Promise<{ encoding?: string; length?: string; body: Buffer }>((resolve, reject) => {
        httpRequest(`${base}/pagefind/pagefind.ia_1.pf_meta`, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], length: res.headers['content-length'], body: Buffer.concat(chunks) }));
        }).on('error', reject).end();
      });
    const brotli = await get({ 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.encoding).toBe('br');
    expect(brotli.length).toBe(String(brotli.body.length));
    expect(brotliDecompressSync(brotli.body).toString()).toBe('pagefind_dcd meta');
    for (const headers of [{ 'accept-encoding': 'gzip' }, {}] as Record<string, string>[]) {
      const original = await get(headers);
      expect(original.encoding).toBeUndefined();
      expect(gunzipSync(original.body).toString()).toBe('pagefind_dcd meta');
    }
  });

  it('answers unknown paths with the site 404 page and status 404', async () => {
    const response = await fetch(`${base}/nope/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('找不到页面');
  });

  it('never serves files outside the live directory', async () => {
    const response = await fetch(`${base}/..%2Fsecret.txt`);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toBe('secret');
  });

  it('never follows a symlink out of the release, to a file or into a directory', async () => {
    for (const path of ['/leak.txt', '/private/key.pem']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('找不到页面');
    }
  });

  it('serves a symlink that stays inside the release', async () => {
    const response = await fetch(`${base}/items/A1/home.html`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<h1>v1</h1>');
  });

  it('never serves dotfiles or anything in dot-directories, nor through a link to one', async () => {
    for (const path of ['/.env', '/.git/config', '/.git/', '/items/.draft.html', '/%2egit/config', '/env.txt']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toBe('找不到页面');
    }
  });

  it('sends the site security headers on pages, files and the 404 page', async () => {
    for (const path of ['/', '/pagefind/pagefind.ia_1.pf_meta', '/nope/']) {
      const { headers } = await fetch(`${base}${path}`);
      expect(headers.get('content-security-policy'), path).toBe(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
      );
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(headers.has('x-powered-by'), path).toBe(false);
    }
  });

  it('lets the comment form post to the CMS named by the comment endpoint, and nowhere else', async () => {
    const withCms = createStaticServer(() => join(dir, 'live'), { commentEndpoint: 'https://cms.example.gov.cn/api/feedback' });
    await new Promise<void>((resolve) => withCms.listen(0, '127.0.0.1', resolve));
    try {
      const { headers } = await fetch(`http://127.0.0.1:${(withCms.address() as AddressInfo).port}/`);
      expect(headers.get('content-security-policy')).toContain("form-action 'self' https://cms.example.gov.cn;");
    } finally {
      withCms.close();
    }
  });

  it('follows an atomic switch of the live symlink without restarting', async () => {
    await symlink(join(dir, 'v2'), join(dir, 'live.next'));
    await rename(join(dir, 'live.next'), join(dir, 'live'));
    expect(await (await fetch(`${base}/`)).text()).toBe('<h1>v2</h1>');
  });
});
