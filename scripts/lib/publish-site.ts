import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { countChangedPages } from './incremental/page-diff.ts';
import { readFingerprint, siteFingerprint, writeFingerprint } from './incremental/site-fingerprint.ts';
import { announceSwitch, currentRelease, listReleases, newVersionName, prepareRelease, prepareSpare, pruneReleases, switchLive, takeRelease, type ReleaseStore } from './releases.ts';
import { SPARE_FOLDER } from '@catalog/content-models/snapshot/snapshot-spare.ts';
import { removeTree } from '@catalog/content-models/files/trees.ts';

/** One step of a publication: what it is called in the admin, and how long it took. */
export interface StepReport {
  name: string;
  label: string;
  ms: number;
}

export interface PublicationReport {
  version: string;
  status: 'succeeded' | 'failed';
  startedAt: string;
  /** When the new release went live (the switch); clean-up of old releases follows. */
  liveAt?: string;
  finishedAt: string;
  steps: StepReport[];
  previousVersion?: string;
  error?: string;
  /** Items in the published snapshot. */
  items?: number;
  /** Pages written by an incremental run; pages that differ from the previous release after a full one. */
  pages?: number;
  mode?: PublishMode;
  /** Why a run asked to be incremental was rebuilt in full. */
  fallbackReason?: string;
}

/** `incremental` asks for the incremental path; it falls back to `full` whenever that path refuses. */
export type PublishMode = 'full' | 'incremental';

export type IncrementalExport = { ok: true; items: number; changedCodes: string[]; render: (releaseDir: string, previousReleaseDir: string) => Promise<RenderedChanges> } | { ok: false; reason: string };
export type RenderedChanges = { ok: true; written: string[]; removed: string[] } | { ok: false; reason: string };

/** The incremental path: only what changed is exported, rendered and indexed. */
export interface IncrementalSteps {
  /** Writes the next snapshot as the previous one plus what changed, or says why it cannot. */
  exportChanges(previousSnapshotDir: string, snapshotDir: string, version: string): Promise<IncrementalExport>;
  /** Adds the changed items to the search index of `outDir` (a hard-link copy of the live release). */
  indexSearchChanges(snapshotDir: string, outDir: string, changedCodes: string[]): Promise<void>;
}

export interface PublishSteps {
  /** Writes the published snapshot into `snapshotDir`; returns how many items it holds. */
  exportSnapshot(snapshotDir: string, version: string): Promise<{ items: number }>;
  /** Builds the static site from `snapshotDir` into `outDir`. */
  buildSite(snapshotDir: string, outDir: string): Promise<void>;
  /** Writes the search index into `outDir`. */
  indexSearch(snapshotDir: string, outDir: string): Promise<void>;
  incremental?: IncrementalSteps;
}

export interface PublishOptions {
  store: ReleaseStore;
  snapshotsDir: string;
  steps: PublishSteps;
  /** How many releases to keep for rollback. */
  keep?: number;
  now?: () => Date;
  onProgress?: (message: string) => void;
  /** Default full. */
  mode?: PublishMode;
  /** Default true: after the switch, link a spare copy of the new release for the next incremental run. */
  prepareNext?: boolean;
  /**
   * Default false: the search index is built while the site builds (it reads only the snapshot),
   * so a full rebuild takes about as long as the longer of the two, at the price of both peaks of
   * memory at once (7.0 GiB at 100,000 items, see BENCHMARKS.md). True runs them one after the other.
   */
  sequential?: boolean;
}

/** Thrown inside the incremental path when it refuses: the run goes on as a full rebuild. */
class Refusal extends Error {}

/**
 * A full publication: snapshot → site → search index → atomic switch. Everything is built beside
 * the live site; any failure deletes the half-built release and leaves the live site as it was.
 */
export async function publishSite(options: PublishOptions): Promise<PublicationReport> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const version = newVersionName(startedAt);
  const previousVersion = await currentRelease(options.store);
  const snapshotDir = join(options.snapshotsDir, version);
  const steps: StepReport[] = [];
  const say = options.onProgress ?? (() => undefined);

  /** Steps are listed in the order they started (build and search run side by side); a failed one shows how long it ran. */
  async function step<T>(name: string, label: string, work: () => Promise<T>): Promise<T> {
    say(`${label}…`);
    const begin = performance.now();
    const entry: StepReport = { name, label, ms: 0 };
    steps.push(entry);
    try {
      return await work();
    } finally {
      entry.ms = Math.round(performance.now() - begin);
    }
  }

  let outDir: string | undefined;
  let fallbackReason: string | undefined;
  // Started at once: hashing the site's sources overlaps the first step.
  const fingerprint = siteFingerprint();
  fingerprint.catch(() => undefined);
  const remote = options.store.remote;
  let uploaded = false;
  const finish = async (mode: PublishMode, items: number, pages: number) => {
    if (mode === 'full') await writeFingerprint(snapshotDir, await fingerprint);
    // Object storage (RELEASE_STORE=s3://…): the complete release is uploaded before the switch,
    // which then writes live.json; a failure up to there leaves live.json as it was.
    if (remote) {
      await step('upload', `上传到对象存储（${remote.label}）`, () => remote.upload(version, join(options.store.releasesDir, version), say));
      uploaded = true;
    }
    await step('switch', remote ? '切换线上版本（写入 live.json）' : '切换线上版本', () => switchLive(options.store, version, now()));
    uploaded = false;
    const liveAt = now().toISOString();
    await announceSwitch(options.store, { version, previousVersion, switchedAt: liveAt }, say);
    await pruneReleases(options.store, options.keep ?? 5);
    if (remote) {
      // After the switch, so it never delays going live; a failure is left for the next run.
      await remote.prune(options.keep ?? 5).then(
        (removed) => removed.length > 0 && say(`已从对象存储删除旧版本：${removed.join('、')}`),
        (error: unknown) => say(`警告：删除对象存储中的旧版本失败（下次发布时重试）：${error instanceof Error ? error.message : String(error)}`),
      );
    }
    await pruneSnapshots(options.snapshotsDir, await listReleases(options.store));
    if (options.prepareNext !== false) void prepareSpare(options.store, version, snapshotDir);
    say(`发布完成（${mode === 'incremental' ? '增量' : '全量'}）：版本 ${version}，共 ${items} 个事项，变更页面 ${pages} 个。`);
    const report: PublicationReport = { version, status: 'succeeded', startedAt: startedAt.toISOString(), liveAt, finishedAt: now().toISOString(), steps, previousVersion, items, pages, mode };
    if (fallbackReason) report.fallbackReason = fallbackReason;
    return report;
  };

  try {
    if (options.mode === 'incremental') {
      const incremental = options.steps.incremental;
      try {
        if (!incremental) throw new Refusal('此发布程序没有增量路径');
        if (!previousVersion) throw new Refusal('还没有线上版本');
        const previousSnapshot = join(options.snapshotsDir, previousVersion);
        if (!(await stat(previousSnapshot).then(() => true, () => false))) throw new Refusal('线上版本的快照已不存在');
        if ((await readFingerprint(previousSnapshot)) !== (await fingerprint)) throw new Refusal('网站程序已更新（页面模板、样式或配置与线上版本不同）');
        say('模式：增量发布');
        const exported = await step('export-changes', '导出变更（增量）', () => incremental.exportChanges(previousSnapshot, snapshotDir, version));
        if (!exported.ok) throw new Refusal(exported.reason);
        say(`变更事项 ${exported.changedCodes.length} 个：${exported.changedCodes.slice(0, 20).join('、')}`);
        outDir = await step('copy', '复制线上版本（硬链接，通常已预先准备）', () => takeRelease(options.store, previousVersion, version));
        const target = outDir;
        const rendered = await step('render', '渲染变更页面', () => exported.render(target, join(options.store.releasesDir, previousVersion)));
        if (!rendered.ok) throw new Refusal(rendered.reason);
        await step('search-changes', '更新搜索索引（增量）', () => incremental.indexSearchChanges(snapshotDir, target, exported.changedCodes));
        return await finish('incremental', exported.items, rendered.written.length);
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        fallbackReason = error.message;
        say(`模式：全量发布（增量发布不适用：${error.message}）`);
        if (outDir) await removeTree(outDir);
        outDir = undefined;
        await removeTree(snapshotDir);
      }
    } else {
      say('模式：全量发布');
    }
    const { items } = await step('export', '导出已发布快照', () => options.steps.exportSnapshot(snapshotDir, version));
    outDir = await prepareRelease(options.store, version);
    const target = outDir;
    await buildAndIndex(options.steps, snapshotDir, target, options.sequential === true, step);
    const diff = await step('compare', '比较页面变化', () => countChangedPages(previousVersion ? join(options.store.releasesDir, previousVersion) : undefined, target));
    say(`页面共 ${diff.total} 个，与上一版相比变化 ${diff.changed} 个、删除 ${diff.removed} 个。`);
    return await finish('full', items, diff.changed + diff.removed);
  } catch (error) {
    // Uploaded but not switched (live.json refused): the release never went live. Checked, not
    // assumed: if putting the pointer back after a failed local switch failed too, it is live.
    if (remote && uploaded && (await remote.live().catch(() => version)) !== version) await remote.discard(version).catch(() => undefined);
    if (outDir) await removeTree(outDir);
    await removeTree(snapshotDir);
    const message = error instanceof Error ? error.message : String(error);
    say(`发布失败，线上网站保持不变：${message}`);
    const report: PublicationReport = { version, status: 'failed', startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), steps, previousVersion, error: message, mode: options.mode ?? 'full' };
    if (fallbackReason) report.fallbackReason = fallbackReason;
    return report;
  }
}

/** A snapshot is kept as long as the release built from it, so a rollback can be re-indexed or audited. */
async function pruneSnapshots(snapshotsDir: string, keptReleases: string[]): Promise<void> {
  const kept = new Set(keptReleases);
  for (const name of await readdir(snapshotsDir).catch(() => [] as string[])) {
    // The spare copies (snapshot-spare.ts) are kept; a snapshot left half-written by a crash is not.
    if (!kept.has(name) && name !== SPARE_FOLDER) await removeTree(join(snapshotsDir, name), { background: true });
  }
}

type Step = <T>(name: string, label: string, work: () => Promise<T>) => Promise<T>;

/**
 * The full build and search index of a release. In parallel the index goes to a folder of its
 * own beside the release (astro build empties its output folder when it starts) and is moved in
 * once both have finished; both are awaited even when one fails, so nothing still writes into a
 * release that is being deleted.
 */
async function buildAndIndex(steps: PublishSteps, snapshotDir: string, target: string, sequential: boolean, step: Step): Promise<void> {
  const build = () => step('build', '生成静态网站', () => steps.buildSite(snapshotDir, target));
  if (sequential) {
    await build();
    await step('search', '建立搜索索引', () => steps.indexSearch(snapshotDir, target));
    return;
  }
  // Dot-named: listReleases ignores it, so a rollback or prune running meanwhile never sees it.
  const searchDir = join(dirname(target), `.${basename(target)}.search`);
  await mkdir(searchDir, { recursive: true });
  try {
    const [built, indexed] = await Promise.allSettled([build(), step('search', '建立搜索索引（与生成网站同时进行）', () => steps.indexSearch(snapshotDir, searchDir))]);
    if (built.status === 'rejected') throw built.reason;
    if (indexed.status === 'rejected') throw indexed.reason;
    for (const name of await readdir(searchDir)) {
      await rm(join(target, name), { recursive: true, force: true });
      await rename(join(searchDir, name), join(target, name));
    }
  } finally {
    await rm(searchDir, { recursive: true, force: true });
  }
}
