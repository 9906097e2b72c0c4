import { cp, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicItem } from '@catalog/content-models';
import { generateCatalog } from '@catalog/content-models/generator/catalog.ts';
import { writeSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { generatedSourceSteps } from '../../scripts/lib/incremental/generated-source.ts';
import { pageRenderer, type PageRenderer } from '../../scripts/lib/incremental/renderer.ts';
import { publishSite, type PublicationReport, type PublishSteps } from '../../scripts/lib/publish-site.ts';
import { remoteReleasesFromEnv } from '../../scripts/lib/release-store/config.ts';
import { purgeHookFromEnv } from '../../scripts/lib/release-store/purge.ts';
import { releasePaths } from '../../scripts/lib/release-store/release-files.ts';
import { currentRelease, releaseStore, rollback, sparesSettled, type ReleaseStore, type SwitchEvent } from '../../scripts/lib/releases.ts';
import { startTestS3, type TestS3 } from './s3-server.ts';

/**
 * Releases on S3-compatible object storage, against a real S3-protocol server on loopback
 * (s3rver) and the real AWS SDK, configured through the same environment variables production
 * uses: a real Astro build and search index of a small generated catalog is uploaded, live.json
 * switched, an incremental release uploaded, a refused PUT half-way leaves live.json alone, and a
 * rollback writes the pointer back. The tests run in order on one bucket.
 *
 * The incremental runs go through publishSite's real incremental path (hard-link copy of the live
 * release, files rewritten by temp file and rename) but rewrite one item page themselves instead
 * of starting the warm renderer: what is rendered is incremental.test.ts's concern, and the
 * renderer's start-up would double this file's time.
 */
describe('releases on object storage', () => {
  const bucket = 'catalog-site';
  const prefix = 'public';
  let root: string;
  let s3: TestS3;
  let store: ReleaseStore;
  let renderer: PageRenderer;
  let steps: PublishSteps;
  let items: PublicItem[];
  /** The next incremental runs: which item page each rewrites, and the text it adds. */
  const edits: { code: string; note: string }[] = [];
  let hook: Server;
  const purges: SwitchEvent[] = [];
  const log: string[] = [];
  const reports: PublicationReport[] = [];

  const pointer = async () => JSON.parse((await s3.get(bucket, `${prefix}/live.json`)).body.toString('utf8')) as { version: string; release: string; switchedAt: string; switchedAtBeijing: string };
  const releaseKeys = (version: string) => s3.keys(bucket, `${prefix}/releases/${version}/`);
  const publish = async (mode: 'full' | 'incremental') => {
    const report = await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps, mode, onProgress: (line) => log.push(line) });
    reports.push(report);
    return report;
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'object-storage-'));
    s3 = await startTestS3([bucket]);
    hook = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        purges.push(JSON.parse(body) as SwitchEvent);
        response.end('ok');
      });
    });
    await new Promise<void>((done) => hook.listen(0, '127.0.0.1', done));
    const env = { ...s3.env, RELEASE_STORE: `s3://${bucket}/${prefix}/`, RELEASE_PURGE_URL: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/purge` };
    const local = releaseStore(join(root, 'site'));
    store = releaseStore(local.root, { remote: remoteReleasesFromEnv(local.releasesDir, env), purge: purgeHookFromEnv(env) });

    const generated = generateCatalog({ items: 16, seed: 5 });
    items = [...generated.items];
    await writeSnapshot(join(root, 'generated'), generated);
    // Never started: only the full path of these steps is used.
    renderer = pageRenderer();
    const full = generatedSourceSteps(join(root, 'generated'), renderer, { silentBuild: true }).steps;
    steps = {
      ...full,
      incremental: {
        async exportChanges(previousSnapshotDir, snapshotDir) {
          await cp(previousSnapshotDir, snapshotDir, { recursive: true });
          const edit = edits.shift()!;
          const render = async (releaseDir: string) => {
            const page = `items/${edit.code}/index.html`;
            const html = (await readFile(join(releaseDir, page), 'utf8')).replace('</body>', `<p>${edit.note}</p></body>`);
            // As the renderer does: a new file renamed over the hard link, never a write into the live release's file.
            await writeFile(join(releaseDir, `${page}.tmp`), html);
            await rename(join(releaseDir, `${page}.tmp`), join(releaseDir, page));
            return { ok: true as const, written: [page], removed: [] };
          };
          return { ok: true, items: items.length, changedCodes: [edit.code], render };
        },
        async indexSearchChanges() {},
      },
    };
  });
  afterAll(async () => {
    await renderer?.stop();
    if (store) await sparesSettled(store);
    await s3?.stop();
    hook?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('uploads a full build, then points live.json at it and calls the purge hook', async () => {
    const report = await publish('full');
    expect(report.status, report.error).toBe('succeeded');
    expect(report.steps.map((s) => s.name)).toEqual(['export', 'build', 'search', 'compare', 'upload', 'switch']);

    const live = await pointer();
    expect(live.version).toBe(report.version);
    expect(live.release).toBe(`${prefix}/releases/${report.version}/`);
    expect(live.switchedAtBeijing).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect(await currentRelease(store)).toBe(report.version);
    expect(purges).toEqual([expect.objectContaining({ version: report.version })]);

    // Every file of the local release is in the bucket, byte for byte where sampled.
    const localDir = join(store.releasesDir, report.version);
    const paths = await releasePaths(localDir);
    expect(paths.length).toBeGreaterThan(items.length * 2);
    expect(await releaseKeys(report.version)).toEqual(paths.map((path) => `${prefix}/releases/${report.version}/${path}`).sort());
    expect(await s3.exists(bucket, `${prefix}/manifests/${report.version}.json.gz`)).toBe(true);
    const item = items.find((i) => i.status === 'active')!;
    const page = await s3.get(bucket, `${prefix}/releases/${report.version}/items/${item.implementationCode}/index.html`);
    expect(page.body.equals(await readFile(join(localDir, 'items', item.implementationCode, 'index.html')))).toBe(true);
  });

  it('stores each file with the Content-Type and Cache-Control the static server sends, precompressed copies with Content-Encoding', async () => {
    const version = (await pointer()).version;
    const paths = await releasePaths(join(store.releasesDir, version));
    const head = (path: string) => s3.get(bucket, `${prefix}/releases/${version}/${path}`);
    expect(await head('index.html')).toMatchObject({ contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache' });
    const css = paths.find((p) => p.endsWith('.css'))!;
    expect(await head(css)).toMatchObject({ contentType: 'text/css; charset=utf-8', cacheControl: 'public, max-age=300' });
    expect(await head('pagefind/pagefind.js')).toMatchObject({ contentType: 'text/javascript; charset=utf-8', contentEncoding: undefined });
    expect(await head('open-data/catalog.csv')).toMatchObject({ contentType: 'text/csv; charset=utf-8' });
    const wasm = paths.find((p) => p.startsWith('pagefind/') && p.endsWith('.pagefind'))!;
    expect(await head(wasm)).toMatchObject({ contentType: 'application/octet-stream' });
    // pagefind.js.br: the script's type and caching, brotli-encoded.
    expect(paths).toContain('pagefind/pagefind.js.br');
    expect(await head('pagefind/pagefind.js.br')).toMatchObject({ contentType: 'text/javascript; charset=utf-8', cacheControl: 'public, max-age=300', contentEncoding: 'br' });
  });

  it('an incremental release uploads only the files it changed and copies the others on the server', async () => {
    const previous = (await pointer()).version;
    const edited = items.filter((i) => i.status === 'active')[3]!;
    edits.push({ code: edited.implementationCode, note: '承诺办结时限压缩为 3 个工作日' });
    s3.requests.length = 0;
    const report = await publish('incremental');
    expect(report.status, report.error).toBe('succeeded');
    expect(report.mode).toBe('incremental');
    expect(report.steps.map((s) => s.name)).toEqual(['export-changes', 'copy', 'render', 'search-changes', 'upload', 'switch']);
    expect((await pointer()).version).toBe(report.version);

    // What the server received: a PUT with data for each file whose bytes differ from the previous release, a copy for every other.
    const before = join(store.releasesDir, previous);
    const after = join(store.releasesDir, report.version);
    const paths = await releasePaths(after);
    const changed: string[] = [];
    for (const path of paths) {
      const old = await readFile(join(before, path)).catch(() => undefined);
      if (!old?.equals(await readFile(join(after, path)))) changed.push(path);
    }
    expect(changed).toEqual([`items/${edited.implementationCode}/index.html`]);
    const into = `/${bucket}/${prefix}/releases/${report.version}/`;
    const writes = s3.requests.filter((r) => r.method === 'PUT' && r.path.startsWith(into));
    expect(writes.filter((r) => !r.copy).map((r) => r.path.slice(into.length)).sort()).toEqual(changed.sort());
    expect(writes.filter((r) => r.copy)).toHaveLength(paths.length - changed.length);

    // The copies are the previous bytes with their headers; the changed page carries the change.
    expect(await releaseKeys(report.version)).toHaveLength(paths.length);
    const copied = paths.find((p) => p.endsWith('.css'))!;
    expect((await s3.get(bucket, `${prefix}/releases/${report.version}/${copied}`)).contentType).toBe('text/css; charset=utf-8');
    const page = await s3.get(bucket, `${prefix}/releases/${report.version}/items/${edited.implementationCode}/index.html`);
    expect(page.body.toString('utf8')).toContain('承诺办结时限压缩为 3 个工作日');
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(log.some((line) => line.includes(`上传 ${changed.length} 个，服务端复制未变的 ${paths.length - changed.length} 个`))).toBe(true);
  });

  it('a PUT the server refuses half-way fails the run, leaves live.json untouched and says so in Chinese', async () => {
    const liveBefore = (await s3.get(bucket, `${prefix}/live.json`)).body;
    const localBefore = await currentRelease(store);
    const purgesBefore = purges.length;
    let writes = 0;
    s3.refuse((r) => r.method === 'PUT' && r.path.includes('/releases/') && ++writes > 3);
    edits.push({ code: items.filter((i) => i.status === 'active')[6]!.implementationCode, note: '新增网上办理渠道' });
    const report = await publish('incremental').finally(() => s3.refuse(undefined));

    expect(report.status).toBe('failed');
    expect(report.error).toContain('上传到对象存储 s3://catalog-site/public 失败');
    expect(report.error).toContain('AccessDenied');
    expect(report.error).toContain(`live.json 未改动，线上网站仍是版本 ${localBefore}`);
    expect(report.error).toContain('已上传的部分已删除');
    expect(log.at(-1)).toContain('发布失败，线上网站保持不变');
    expect((await s3.get(bucket, `${prefix}/live.json`)).body.equals(liveBefore)).toBe(true);
    expect(await releaseKeys(report.version)).toEqual([]);
    expect(await s3.exists(bucket, `${prefix}/manifests/${report.version}.json.gz`)).toBe(false);
    expect(await currentRelease(store)).toBe(localBefore);
    expect(purges).toHaveLength(purgesBefore);
  });

  it('a refused write of live.json itself fails the switch, leaves the pointer as it was and removes the uploaded release', async () => {
    const liveBefore = (await s3.get(bucket, `${prefix}/live.json`)).body;
    const localBefore = await currentRelease(store);
    s3.refuse((r) => r.method === 'PUT' && r.path.endsWith('/live.json'));
    edits.push({ code: items.filter((i) => i.status === 'active')[7]!.implementationCode, note: '办理地点迁至市民中心' });
    const report = await publish('incremental').finally(() => s3.refuse(undefined));

    expect(report.status).toBe('failed');
    expect(report.steps.map((s) => s.name)).toEqual(['export-changes', 'copy', 'render', 'search-changes', 'upload', 'switch']);
    expect(report.error).toBe('写入 s3://catalog-site/public/live.json 失败（AccessDenied，HTTP 403：Access Denied）：live.json 未改动，线上网站未切换。');
    expect((await s3.get(bucket, `${prefix}/live.json`)).body.equals(liveBefore)).toBe(true);
    expect(await currentRelease(store)).toBe(localBefore);
    expect(await releaseKeys(report.version)).toEqual([]);
    expect(await s3.exists(bucket, `${prefix}/manifests/${report.version}.json.gz`)).toBe(false);
  });

  it('a rollback writes live.json back to the earlier release', async () => {
    const [first, second] = reports.filter((r) => r.status === 'succeeded');
    expect((await pointer()).version).toBe(second!.version);
    const lines: string[] = [];
    expect(await rollback(store, (line) => lines.push(line))).toBe(first!.version);
    expect((await pointer()).version).toBe(first!.version);
    expect(await currentRelease(store)).toBe(first!.version);
    expect(purges.at(-1)).toMatchObject({ version: first!.version, previousVersion: second!.version });
    expect(lines).toEqual([`已通知 CDN 刷新（版本 ${first!.version}）。`]);
    // Both releases stay complete: rolling forward is again a pointer write.
    expect(await releaseKeys(second!.version)).not.toEqual([]);
  });
});
