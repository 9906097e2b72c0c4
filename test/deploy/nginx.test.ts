import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrustProxy, pickClientAddress } from '../../cms/src/net/trustProxy.ts';
import { releaseStore, prepareRelease, switchTo } from '../../scripts/lib/releases.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { siteContentSecurityPolicy } from '../../scripts/lib/site-headers.ts';
import { buildSite, generateSnapshot } from '../site/support/build-site.ts';
import { removeUnlessFailed } from '../support/temp-dir.ts';
import { admin, createAdmin } from './support/admin-user.ts';
import { freePort, startNext, type RunningCms } from './support/next-start.ts';

/**
 * deploy/nginx/catalog.conf on Debian's real nginx, unprivileged, on loopback ports with a
 * throwaway certificate: it serves a release built from a generated catalog and proxies a real
 * `next start`, through a recording hop that shows what the CMS receives.
 */
const nginx = '/usr/sbin/nginx';
const modules = ['ngx_http_brotli_static_module.so', 'ngx_http_brotli_filter_module.so'].map((m) => join('/usr/lib/nginx/modules', m));
const deployDir = resolve(import.meta.dirname, '../../deploy/nginx');
const SITE = 'www.example.gov.cn';
const CMS = 'cms.example.gov.cn';

const missing = [nginx, ...modules].filter((path) => !existsSync(path));
if (missing.length > 0 && process.env.CI) {
  throw new Error(`CI 必须安装 nginx、libnginx-mod-http-brotli-static 和 libnginx-mod-http-brotli-filter（缺少 ${missing.join('、')}）`);
}
if (missing.length > 0) {
  console.warn(`跳过 nginx 测试：本机缺少 ${missing.join('、')}（apt-get install nginx libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter）`);
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  protocol: string | null;
}

let work: string;
let tlsPort: number;
let plainPort: number;
let certificate: string;
let cms: RunningCms;
let server: ChildProcess;
let tap: Server;
const received: IncomingHttpHeaders[] = [];
let releaseDir: string;

function get(host: string, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const request = httpsRequest(
      { host: '127.0.0.1', port: tlsPort, servername: host, path, method, ca: certificate, agent: false, headers: { host: `${host}:${tlsPort}`, ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () =>
          done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks), protocol: (response.socket as TLSSocket).getProtocol?.() ?? null }),
        );
      },
    );
    request.on('error', fail);
    request.end(body);
  });
}

/** The test's nginx.conf around the repository's server file, which is used unchanged but for addresses and paths. */
function writeConfig(cmsPort: number): string {
  let conf = readFileSync(join(deployDir, 'catalog.conf'), 'utf8');
  const replace = (from: string | RegExp, to: string, count: number) => {
    const pattern = typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : from;
    expect(conf.match(pattern)?.length ?? 0, `deploy/nginx/catalog.conf 中“${from}”的出现次数`).toBe(count);
    conf = conf.replace(pattern, to);
  };
  replace(/^\s*listen \[::\]:\d+.*$/gm, '', 3);
  replace('listen 443 ssl http2;', `listen 127.0.0.1:${tlsPort} ssl http2;`, 2);
  replace('listen 80;', `listen 127.0.0.1:${plainPort};`, 1);
  replace('/etc/ssl/catalog/fullchain.pem', join(work, 'cert.pem'), 2);
  replace('/etc/ssl/catalog/privkey.pem', join(work, 'key.pem'), 2);
  replace('root /srv/catalog/live;', `root ${join(work, 'site', 'live')};`, 1);
  replace('server 127.0.0.1:3000;', `server 127.0.0.1:${cmsPort};`, 1);
  const confDir = join(work, 'conf');
  mkdirSync(join(confDir, 'snippets'), { recursive: true });
  for (const snippet of ['catalog-tls.conf', 'catalog-site-headers.conf', 'catalog-cms-proxy.conf']) {
    writeFileSync(join(confDir, 'snippets', snippet), readFileSync(join(deployDir, 'snippets', snippet)));
  }
  writeFileSync(join(confDir, 'catalog.conf'), conf);
  const main = [
    // As root (CI containers) the workers drop to nobody; as any other user nginx simply runs as that user.
    process.getuid?.() === 0 ? 'user nobody nogroup;' : '',
    ...modules.map((m) => `load_module ${m};`),
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(work, 'nginx.pid')};`,
    `error_log ${join(work, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${join(work, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(work, `${t}-temp`)};`),
    '  include catalog.conf;',
    '}',
  ].join('\n');
  writeFileSync(join(confDir, 'nginx.conf'), main);
  return join(confDir, 'nginx.conf');
}

/** A hop between nginx and the CMS that records what the CMS is sent. */
async function startTap(cmsPort: number): Promise<number> {
  tap = createServer((incoming, outgoing) => {
    received.push(incoming.headers);
    const forward = httpRequest({ host: '127.0.0.1', port: cmsPort, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode!, answer.rawHeaders);
      answer.pipe(outgoing);
    });
    forward.on('error', () => outgoing.destroy());
    incoming.pipe(forward);
  });
  const port = await freePort();
  await new Promise<void>((done) => tap.listen(port, '127.0.0.1', done));
  return port;
}

async function buildRelease(): Promise<void> {
  const snapshot = join(work, 'snapshot');
  generateSnapshot(20, snapshot);
  const store = releaseStore(join(work, 'site'));
  releaseDir = await prepareRelease(store, 'v1');
  buildSite(snapshot, releaseDir);
  await buildSearchIndex({ snapshotDir: snapshot, siteDir: releaseDir });
  await switchTo(store, 'v1');
  writeFileSync(join(releaseDir, '.env'), 'PAYLOAD_SECRET=leaked');
  writeFileSync(join(work, 'outside.txt'), 'outside the release');
  symlinkSync(join(work, 'outside.txt'), join(releaseDir, 'outside.txt'));
}

describe.skipIf(missing.length > 0)('nginx in front of the site and the CMS', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'deploy-nginx-'));
    chmodSync(work, 0o755);
    [tlsPort, plainPort] = [await freePort(), await freePort()];
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', `/CN=${SITE}`, '-addext', `subjectAltName=DNS:${SITE},DNS:${CMS}`,
      '-keyout', join(work, 'key.pem'), '-out', join(work, 'cert.pem'),
    ], { stdio: 'ignore' });
    certificate = readFileSync(join(work, 'cert.pem'), 'utf8');
    await buildRelease();
    cms = await startNext({ CMS_URL: `https://${CMS}:${tlsPort}`, TRUST_PROXY: '1' });
    await createAdmin(cms.databaseUrl);
    const conf = writeConfig(await startTap(cms.port));
    execFileSync(nginx, ['-t', '-q', '-p', work, '-c', conf], { stdio: 'pipe' });
    server = spawn(nginx, ['-p', work, '-c', conf], { stdio: 'ignore' });
    for (let attempt = 0; ; attempt++) {
      const answer = await get(SITE, '/').catch(() => undefined);
      if (answer) break;
      if (server.exitCode !== null || attempt > 100) throw new Error(`nginx 未启动：${readFileSync(join(work, 'error.log'), 'utf8')}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  });

  afterAll(async ({}, suite) => {
    // nginx writes its logs and temp files into work until it has exited.
    if (server?.exitCode === null && server.signalCode === null) {
      const exited = once(server, 'exit');
      server.kill('SIGQUIT');
      const hung = setTimeout(() => server.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(hung);
    }
    await cms?.stop(suite);
    tap?.close();
    if (work) removeUnlessFailed(work, suite);
  });

  it('speaks TLS 1.2 or 1.3 with the configured certificate, and sends plain http to https', async () => {
    const answer = await get(SITE, '/');
    expect(answer.status).toBe(200);
    expect(['TLSv1.2', 'TLSv1.3']).toContain(answer.protocol);
    expect(answer.headers['strict-transport-security']).toBe('max-age=31536000');
    const redirect = await new Promise<{ status: number; location?: string }>((done, fail) =>
      httpRequest({ host: '127.0.0.1', port: plainPort, path: '/items/', headers: { host: SITE } }, (response) => {
        response.resume();
        done({ status: response.statusCode!, location: response.headers.location });
      }).on('error', fail).end(),
    );
    expect(redirect).toEqual({ status: 301, location: `https://${SITE}/items/` });
  });

  it('sends the site the same security headers as the static server, on pages and on the 404 page', async () => {
    for (const path of ['/', '/search/', '/no-such-page/']) {
      const answer = await get(SITE, path);
      expect(answer.status, path).toBe(path === '/no-such-page/' ? 404 : 200);
      expect(answer.headers['content-security-policy'], path).toBe(siteContentSecurityPolicy(`https://${CMS}/api/feedback`));
      expect(answer.headers['x-frame-options'], path).toBe('DENY');
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(answer.headers['x-powered-by'], path).toBeUndefined();
      expect(answer.headers.server, path).toBe('nginx');
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      if (answer.status === 200) expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
    expect((await get(SITE, '/no-such-page/')).body.toString()).toBe(readFileSync(join(releaseDir, '404.html'), 'utf8'));
  });

  it('serves the live release: pages by directory, the brotli copies of search files, text compressed', async () => {
    const page = await get(SITE, '/search/');
    expect(page.body.toString()).toBe(readFileSync(join(releaseDir, 'search', 'index.html'), 'utf8'));
    // Pagefind's metadata file: gzip inside, and its brotli copy holding the gunzipped bytes.
    const meta = readdirSync(join(releaseDir, 'pagefind')).find((name) => name.endsWith('.pf_meta'))!;
    const original = readFileSync(join(releaseDir, 'pagefind', meta));
    const brotli = await get(SITE, `/pagefind/${meta}`, { 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body)).toEqual(gunzipSync(original));
    expect(brotli.headers['cache-control']).toBe('max-age=300');
    const plain = await get(SITE, `/pagefind/${meta}`, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(original);
    const html = readFileSync(join(releaseDir, 'index.html'));
    expect(brotliDecompressSync((await get(SITE, '/', { 'accept-encoding': 'br' })).body)).toEqual(html);
    const gzipped = await get(SITE, '/', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body)).toEqual(html);
  });

  it('never serves dotfiles or a symlink leading out of the release', async () => {
    for (const path of ['/.env', '/outside.txt', '/%2eenv', '/items/../.env']) {
      const answer = await get(SITE, path);
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body.toString(), path).not.toMatch(/leaked|outside the release/);
    }
  });

  it('proxies the CMS with its own headers once each, adds HSTS, hides X-Powered-By', async () => {
    const login = await get(CMS, '/admin/login');
    expect(login.status).toBe(200);
    expect(login.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(login.headers['x-frame-options']).toBe('DENY');
    expect(login.headers['x-content-type-options']).toBe('nosniff');
    expect(login.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(login.headers['x-powered-by']).toBeUndefined();
    const api = await get(CMS, '/api/users/me', { 'accept-encoding': 'br' });
    expect(api.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(api.body).toString())).toHaveProperty('user', null);
  });

  it('marks the session cookie Secure, since the CMS is reached over https', async () => {
    const login = await get(CMS, '/api/users/login', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ email: admin.email, password: admin.password }));
    expect(login.status).toBe(200);
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((c) => c.startsWith('payload-token='));
    expect(cookie).toMatch(/;\s*Secure/i);
  });

  it('forwards the client address as the one hop TRUST_PROXY=1 believes: the last X-Forwarded-For entry', async () => {
    received.length = 0;
    await get(CMS, '/api/users/me', { 'x-forwarded-for': '203.0.113.7' });
    const sent = received.at(-1)!;
    expect(sent['x-forwarded-for']).toBe('203.0.113.7, 127.0.0.1');
    // What the CMS makes of it with TRUST_PROXY=1 (nginx, the socket peer, is the one trusted hop).
    expect(pickClientAddress(parseTrustProxy('1'), '127.0.0.1', sent['x-forwarded-for'] as string)).toBe('127.0.0.1');
    expect(sent['x-forwarded-proto']).toBe('https');
    expect(sent.host).toBe(`${CMS}:${tlsPort}`);
    received.length = 0;
    await get(CMS, '/api/users/me');
    expect(received.at(-1)!['x-forwarded-for']).toBe('127.0.0.1');
  });

  it('limits searches sent without JavaScript per client address: beyond a burst of 20 nginx answers 429 in Chinese', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => get(CMS, '/api/site-search?q=')));
    const busy = answers.filter((a) => a.status === 429);
    const served = answers.filter((a) => a.status === 200);
    expect(served.length).toBeGreaterThanOrEqual(20);
    expect(busy.length).toBeGreaterThan(0);
    expect(served[0]!.body.toString()).toContain('请输入要办理的事项');
    expect(busy[0]!.body.toString()).toContain('搜索过于频繁');
    expect(busy[0]!.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(busy[0]!.headers['retry-after']).toBe('5');
  });
});
