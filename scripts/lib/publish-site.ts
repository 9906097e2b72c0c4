import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { currentRelease, listReleases, newVersionName, prepareRelease, pruneReleases, switchTo, type ReleaseStore } from './releases.ts';

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
  finishedAt: string;
  steps: StepReport[];
  previousVersion?: string;
  error?: string;
  /** Items in the published snapshot. */
  items?: number;
  /** HTML pages in the new release. */
  pages?: number;
}

export interface PublishSteps {
  /** Writes the published snapshot into `snapshotDir`; returns how many items it holds. */
  exportSnapshot(snapshotDir: string, version: string): Promise<{ items: number }>;
  /** Builds the static site from `snapshotDir` into `outDir`. */
  buildSite(snapshotDir: string, outDir: string): Promise<void>;
  /** Writes the search index into `outDir`. */
  indexSearch(snapshotDir: string, outDir: string): Promise<void>;
}

export interface PublishOptions {
  store: ReleaseStore;
  snapshotsDir: string;
  steps: PublishSteps;
  /** How many releases to keep for rollback. */
  keep?: number;
  now?: () => Date;
  onProgress?: (message: string) => void;
}

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

  async function step<T>(name: string, label: string, work: () => Promise<T>): Promise<T> {
    say(`${label}…`);
    const begin = performance.now();
    const result = await work();
    steps.push({ name, label, ms: Math.round(performance.now() - begin) });
    return result;
  }

  let outDir: string | undefined;
  try {
    const { items } = await step('export', '导出已发布快照', () => options.steps.exportSnapshot(snapshotDir, version));
    outDir = await prepareRelease(options.store, version);
    const target = outDir;
    await step('build', '生成静态网站', () => options.steps.buildSite(snapshotDir, target));
    await step('search', '建立搜索索引', () => options.steps.indexSearch(snapshotDir, target));
    const pages = await countPages(target);
    await step('switch', '切换线上版本', () => switchTo(options.store, version));
    await pruneReleases(options.store, options.keep ?? 5);
    await pruneSnapshots(options.snapshotsDir, await listReleases(options.store));
    say(`发布完成：版本 ${version}，共 ${items} 个事项。`);
    return { version, status: 'succeeded', startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), steps, previousVersion, items, pages };
  } catch (error) {
    if (outDir) await rm(outDir, { recursive: true, force: true });
    await rm(snapshotDir, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    say(`发布失败，线上网站保持不变：${message}`);
    return { version, status: 'failed', startedAt: startedAt.toISOString(), finishedAt: now().toISOString(), steps, previousVersion, error: message };
  }
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith('.html')).length;
}

/** A snapshot is kept as long as the release built from it, so a rollback can be re-indexed or audited. */
async function pruneSnapshots(snapshotsDir: string, keptReleases: string[]): Promise<void> {
  const kept = new Set(keptReleases);
  for (const name of await readdir(snapshotsDir).catch(() => [] as string[])) {
    if (!kept.has(name)) await rm(join(snapshotsDir, name), { recursive: true, force: true });
  }
}
