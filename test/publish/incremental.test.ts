import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicItem } from '@catalog/content-models';
import { generateCatalog } from '@catalog/content-models/generator/catalog.ts';
import { readSnapshotItem, writeSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { validateSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { astroBuild } from '../../scripts/lib/astro-build.ts';
import { runCommand } from '../../scripts/lib/child-process.ts';
import { generatedSourceSteps } from '../../scripts/lib/incremental/generated-source.ts';
import { pageRenderer, type PageRenderer } from '../../scripts/lib/incremental/renderer.ts';
import { readFingerprint, siteFingerprint, writeFingerprint } from '../../scripts/lib/incremental/site-fingerprint.ts';
import { timeLimitChange } from '../../scripts/lib/incremental/generated-source.ts';
import { publishSite } from '../../scripts/lib/publish-site.ts';
import { currentRelease, releaseStore, sparesSettled, type ReleaseStore } from '../../scripts/lib/releases.ts';
import { differences, logEntry, siteFiles } from './incremental-support.ts';

/**
 * The key correctness test of incremental publishing: after approvals that rename, cancel and add
 * items, the release the incremental path made (hard-link copy + Container API renders + sitemap)
 * equals, file for file and byte for byte, what a full `astro build` writes from the same snapshot.
 * A page missing from the dependency map shows up here as a differing file.
 */
describe('incremental publication equals a full build', () => {
  let root: string;
  let store: ReleaseStore;
  let renderer: PageRenderer;
  let source: ReturnType<typeof generatedSourceSteps>;
  let items: PublicItem[];

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'incremental-'));
    const generated = generateCatalog({ items: 240, seed: 3 });
    items = [...generated.items];
    await writeSnapshot(join(root, 'generated'), { ...generated, items });
    store = releaseStore(join(root, 'site'));
    renderer = pageRenderer();
    source = generatedSourceSteps(join(root, 'generated'), renderer, { silentBuild: true });
    const first = await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: source.steps, mode: 'full' });
    expect(first.status, first.error).toBe('succeeded');
  });
  afterAll(async () => {
    await renderer?.stop();
    if (store) await sparesSettled(store);
    await rm(root, { recursive: true, force: true });
  });

  async function fullBuildOfLive(): Promise<string> {
    const version = (await currentRelease(store))!;
    const out = join(root, `full-${version}`);
    const build = astroBuild(join(root, 'snapshots', version), out, { silent: true });
    try {
      await runCommand('全量构建', build.command, build.args, { cwd: build.cwd, env: build.env });
    } finally {
      build.cleanup();
    }
    return out;
  }

  async function publishIncrementally() {
    const report = await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: source.steps, mode: 'incremental' });
    expect(report.status, report.error).toBe('succeeded');
    expect(report.fallbackReason).toBeUndefined();
    expect(report.mode).toBe('incremental');
    return report;
  }

  const active = () => items.filter((i) => i.status === 'active');
  const at = '2026-11-20T08:00:00.000Z';

  it('a changed item: its page, its lists, the short address and the open data match the full build', async () => {
    const [renamed] = active().filter((i) => i.formerCodes.length > 0);
    const edited: PublicItem = { ...renamed!, name: `${renamed!.name}（新）`, promisedDays: 3, updatedAt: at };
    source.edit({ items: [edited], adjustments: [logEntry(edited, 'change', '压缩办理时限', at)] });
    const report = await publishIncrementally();
    expect(report.steps.map((s) => s.name)).toEqual(['export-changes', 'copy', 'render', 'search-changes', 'switch']);
    expect(report.pages).toBeGreaterThan(10);
    expect(report.pages).toBeLessThan(200);

    const version = (await currentRelease(store))!;
    expect(await validateSnapshot(join(root, 'snapshots', version))).toEqual({ ok: true, errors: [] });
    const live = join(store.releasesDir, version);
    expect(await readFile(join(live, 'items', edited.implementationCode, 'index.html'), 'utf8')).toContain(edited.name);
    expect(await readFile(join(live, 'open-data', 'catalog.csv'), 'utf8')).toContain(edited.name);
    const incremental = await siteFiles(live);
    expect(incremental.size).toBeGreaterThan(items.length * 2);
    expect(differences(incremental, await siteFiles(await fullBuildOfLive()))).toEqual([]);
  });

  it('a change that keeps every list in order (the time limit of one item) matches the full build', async () => {
    const report = await (source.edit(timeLimitChange(active()[11]!, at)), publishIncrementally());
    expect(report.pages).toBeGreaterThan(5);
    const live = join(store.releasesDir, (await currentRelease(store))!);
    expect(differences(await siteFiles(live), await siteFiles(await fullBuildOfLive()))).toEqual([]);
  });

  it('a cancellation and a new item (page set changes: checklist gone, new pages, sitemap) match the full build', async () => {
    const [, , cancelled] = active();
    const gone: PublicItem = { ...cancelled!, status: 'cancelled', cancellation: { date: at.slice(0, 10), reason: '法律依据废止' }, updatedAt: at };
    const template = active()[5]!;
    const code = `${template.implementationCode.slice(0, -3)}999`;
    const added: PublicItem = { ...template, implementationCode: code, basicCode: `${template.basicCode.slice(0, -3)}999`, name: '新设事项测试登记', formerCodes: [], formerNames: [], history: [] };
    source.edit({ items: [gone, added], adjustments: [logEntry(gone, 'cancel', '法律依据废止', at), logEntry(added, 'add', '新增事项', at)] });
    await publishIncrementally();

    const version = (await currentRelease(store))!;
    const live = join(store.releasesDir, version);
    expect(await readFile(join(live, 'items', code, 'index.html'), 'utf8')).toContain('新设事项测试登记');
    expect(await readFile(join(live, 'sitemap-0.xml'), 'utf8')).toContain(`/items/${code}/`);
    expect(await readFile(join(live, 'items', gone.implementationCode, 'index.html'), 'utf8')).toContain('本事项已取消');
    expect(differences(await siteFiles(live), await siteFiles(await fullBuildOfLive()))).toEqual([]);
    expect((await readSnapshotItem(join(root, 'snapshots', version), code)).name).toBe('新设事项测试登记');
  });

  it('never writes into files the previous release shares', async () => {
    const releases = await (await import('../../scripts/lib/releases.ts')).listReleases(store);
    const [older, newer] = releases.slice(-2);
    const before = await readFile(join(store.releasesDir, older!, 'index.html'), 'utf8');
    const after = await readFile(join(store.releasesDir, newer!, 'index.html'), 'utf8');
    expect(before).not.toBe(after);
    expect(before).not.toContain('新设事项测试登记');
  });

  it('refuses what it cannot handle and rebuilds in full', async () => {
    const report = await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: source.steps, mode: 'incremental' });
    expect(report.status, report.error).toBe('succeeded');
    expect(report.mode).toBe('full');
    expect(report.fallbackReason).toBe('没有待发布的修改');
    expect(report.steps.map((s) => s.name)).toEqual(['export-changes', 'export', 'build', 'search', 'compare', 'switch']);
  });

  it("after a change of the site's code (templates, styles), the next approval is a full rebuild", async () => {
    const live = (await currentRelease(store))!;
    await writeFingerprint(join(root, 'snapshots', live), 'an older deployment');
    source.edit(timeLimitChange(active()[7]!, at));
    const report = await publishSite({ store, snapshotsDir: join(root, 'snapshots'), steps: source.steps, mode: 'incremental' });
    expect(report.status, report.error).toBe('succeeded');
    expect(report.mode).toBe('full');
    expect(report.fallbackReason).toContain('网站程序已更新');
    expect(await readFingerprint(join(root, 'snapshots', report.version))).toBe(await siteFingerprint());
  });
});
