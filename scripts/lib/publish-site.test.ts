import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishSite, type PublishSteps } from './publish-site.ts';
import { currentRelease, listReleases, releaseStore, sparesSettled, type ReleaseStore } from './releases.ts';
import { SPARE_FOLDER } from '@catalog/content-models/snapshot/snapshot-spare.ts';

/** The snapshots kept, without the spare copy the next incremental export starts from (snapshot-spare.ts). */
const snapshotFolders = async (root: string) => (await readdir(join(root, 'snapshots'))).filter((name) => name !== SPARE_FOLDER);

describe('publishing the site', () => {
  let root: string;
  let store: ReleaseStore;
  let clock: number;
  const now = () => new Date(clock++ * 1000);

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'publish-'));
    store = releaseStore(join(root, 'site'));
    clock = Date.parse('2026-11-24T08:00:00Z') / 1000;
  });
  afterEach(async () => {
    await sparesSettled(store);
    await rm(root, { recursive: true, force: true });
  });

  /** Steps that really write files, with a switch to make any one of them fail. */
  function steps(title: string, failAt?: keyof PublishSteps): PublishSteps {
    const maybeFail = (name: keyof PublishSteps) => {
      if (name === failAt) throw new Error(`注入的故障：${name}`);
    };
    return {
      async exportSnapshot(dir) {
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, 'meta.json'), JSON.stringify({ title }));
        maybeFail('exportSnapshot');
        return { items: 3 };
      },
      async buildSite(snapshotDir, outDir) {
        const { title: t } = JSON.parse(await readFile(join(snapshotDir, 'meta.json'), 'utf8'));
        await writeFile(join(outDir, 'index.html'), `<h1>${t}</h1>`);
        maybeFail('buildSite');
      },
      async indexSearch(_snapshotDir, outDir) {
        await mkdir(join(outDir, 'pagefind'));
        maybeFail('indexSearch');
      },
    };
  }
  const publish = (title: string, failAt?: keyof PublishSteps) =>
    publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: steps(title, failAt), now });
  const liveHtml = () => readFile(join(store.livePath, 'index.html'), 'utf8');

  it('publishes a release with timed steps and switches the live site to it', async () => {
    const report = await publish('第一版');
    expect(report.status).toBe('succeeded');
    expect(report.steps.map((s) => s.name)).toEqual(['export', 'build', 'search', 'compare', 'switch']);
    expect(report.mode).toBe('full');
    expect(report.pages).toBe(1);
    expect(report.items).toBe(3);
    expect(await currentRelease(store)).toBe(report.version);
    expect(await liveHtml()).toBe('<h1>第一版</h1>');
  });

  it('indexes search while the site builds and moves the index into the release', async () => {
    const base = steps('并行');
    let searchStarted!: () => void;
    const started = new Promise<void>((resolve) => (searchStarted = resolve));
    const report = await publishSite({
      store,
      snapshotsDir: join(root, 'snapshots'),
      now,
      steps: {
        ...base,
        // Would wait for ever if the index were built only after the site.
        async buildSite(snapshotDir, outDir) {
          await started;
          await base.buildSite(snapshotDir, outDir);
        },
        async indexSearch(snapshotDir, outDir) {
          searchStarted();
          await base.indexSearch(snapshotDir, outDir);
          await writeFile(join(outDir, 'pagefind', 'pagefind.js'), '// 索引');
        },
      },
    });
    expect(report.status).toBe('succeeded');
    expect(await readFile(join(store.livePath, 'pagefind', 'pagefind.js'), 'utf8')).toBe('// 索引');
    expect(await liveHtml()).toBe('<h1>并行</h1>');
    expect((await readdir(store.releasesDir)).filter((name) => name.endsWith('.search'))).toEqual([]);
  });

  it('runs build and index one after the other when asked to (hosts short of memory)', async () => {
    const order: string[] = [];
    const base = steps('顺序');
    const report = await publishSite({
      store,
      snapshotsDir: join(root, 'snapshots'),
      now,
      sequential: true,
      steps: {
        ...base,
        async buildSite(snapshotDir, outDir) {
          order.push('build:start');
          await new Promise((resolve) => setTimeout(resolve, 20));
          await base.buildSite(snapshotDir, outDir);
          order.push('build:end');
        },
        async indexSearch(snapshotDir, outDir) {
          order.push('search:start');
          await base.indexSearch(snapshotDir, outDir);
        },
      },
    });
    expect(report.status).toBe('succeeded');
    expect(order).toEqual(['build:start', 'build:end', 'search:start']);
  });

  it.each(['exportSnapshot', 'buildSite', 'indexSearch'] as const)(
    'a failure in %s leaves the live site untouched and no half-built release behind',
    async (failAt) => {
      const first = await publish('第一版');
      const report = await publish('第二版', failAt);
      expect(report.status).toBe('failed');
      expect(report.error).toContain('注入的故障');
      expect(report.previousVersion).toBe(first.version);
      expect(await currentRelease(store)).toBe(first.version);
      expect(await liveHtml()).toBe('<h1>第一版</h1>');
      expect(await readdir(store.releasesDir)).toEqual([first.version]);
      expect(await snapshotFolders(root)).toEqual([first.version]);
    },
  );

  it('keeps only as many snapshots as releases', async () => {
    for (const title of ['一', '二', '三']) await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: steps(title), now, keep: 2 });
    // The pruned release is out of the list at once, and gone from the disk once the background work settled.
    expect(await listReleases(store)).toHaveLength(2);
    await sparesSettled(store);
    const releases = await readdir(store.releasesDir);
    expect(releases).toHaveLength(2);
    expect(await snapshotFolders(root)).toEqual(releases);
    // One spare each, of the live version: the next incremental run starts from them.
    expect(await readdir(join(root, 'snapshots', SPARE_FOLDER))).toEqual([await currentRelease(store)]);
    expect(await readdir(join(root, 'site', '.spare'))).toEqual([await currentRelease(store)]);
  });

  it('a retry after a failure succeeds', async () => {
    await publish('第一版');
    expect((await publish('第二版', 'buildSite')).status).toBe('failed');
    expect((await publish('第二版')).status).toBe('succeeded');
    expect(await liveHtml()).toBe('<h1>第二版</h1>');
  });
});
