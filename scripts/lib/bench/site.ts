import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readSnapshotIndex, readSnapshotItem } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { itemUrl } from '../../../site/src/lib/urls.ts';
import { astroBuild } from '../astro-build.ts';
import { generatedSourceSteps, timeLimitChange } from '../incremental/generated-source.ts';
import { countChangedPages } from '../incremental/page-diff.ts';
import { pageRenderer, type PageRenderer } from '../incremental/renderer.ts';
import { publishSite, type PublishSteps } from '../publish-site.ts';
import { repoRoot } from '../publish-steps.ts';
import { currentRelease, releaseStore, sparesSettled, type ReleaseStore } from '../releases.ts';
import { directoryBytes, firstQueryBytes, pageBytes, type PageBytes } from './page-bytes.ts';
import { measureSearchInBrowser, type SearchBrowserFigures } from './search-browser.ts';
import { benchSearchQuality, type SearchQualityFigures } from './search-quality.ts';
import { CombinedPeak, runMeasured, type Measured } from './process-tree.ts';

export interface SiteFigures {
  items: number;
  generate: Measured;
  build: Measured;
  search: Measured & { files: number; bytes: number; firstQueryBytes: number; browser?: SearchBrowserFigures; quality?: SearchQualityFigures };
  site: { pages: number; files: number; bytes: number };
  itemPage: PageBytes;
  /** One full run of the pipeline (publishSite): snapshot copy, build, index, compare, switch. */
  pipeline: { ms: number; steps: Record<string, number> };
  /**
   * The full rebuild (site and search index): side by side since publishSite runs them together,
   * so the time is the longer of the two and the memory the peak of both process trees summed at
   * each 200 ms sample (what the machine needs at once).
   * Absent from figures taken when they ran one after the other (then: sum of times, larger peak).
   */
  rebuild?: { ms: number; peakRssBytes: number; sideBySide: true };
  /** Approval of one item to live through the real incremental path (publishSite, mode incremental). */
  incremental: IncrementalFigures;
  /** When these figures were taken (sizes not run again keep theirs). */
  measuredAt?: string;
}

export interface IncrementalFigures {
  runs: number;
  /** Each run from its start to the switch (delta snapshot, spare copy, render, search delta, switch); clean-up of old releases follows off the clock. */
  ms: number[];
  medianMs: number;
  /** Median of each step over the runs. */
  steps: Record<string, number>;
  /** Median pages written per run. */
  pagesMedian: number;
  /** Start-up of the warm renderer (paid once, when the worker starts). */
  rendererStartupMs: number;
  /** The renderer child's memory after the last run. */
  rendererRssBytes: number;
}

const QUALITY_MAX_ITEMS = 10_000;
const node = process.execPath;
const tsx = (script: string, args: string[], combined?: CombinedPeak) => runMeasured(node, ['--import', 'tsx', resolve(repoRoot, script), ...args], { cwd: repoRoot, combined });

/**
 * A generated catalog of `items` through the same steps as a publication, each a measured
 * child process. The snapshot "export" here copies the generated snapshot: the export from
 * the CMS is measured separately (cms.ts).
 */
export async function benchSite(items: number, workDir: string, say: (line: string) => void): Promise<SiteFigures> {
  const snapshot = join(workDir, 'snapshot');
  await rm(workDir, { recursive: true, force: true });
  await mkdir(workDir, { recursive: true });
  say(`生成 ${items} 项目录…`);
  const generate = await tsx('scripts/generate-catalog.ts', ['--items', String(items), '--out', snapshot]);

  const measured: { build?: Measured; search?: Measured } = {};
  const together = new CombinedPeak();
  const steps: PublishSteps = {
    async exportSnapshot(dir) {
      await cp(snapshot, dir, { recursive: true });
      return { items };
    },
    async buildSite(snapshotDir, outDir) {
      say('构建网站（astro build）…');
      const build = astroBuild(snapshotDir, outDir);
      try {
        measured.build = await runMeasured(build.command, build.args, { cwd: build.cwd, env: build.env, combined: together });
      } finally {
        build.cleanup();
      }
    },
    async indexSearch(snapshotDir, outDir) {
      say('建立搜索索引…');
      measured.search = await tsx('scripts/build-search-index.ts', ['--snapshot', snapshotDir, '--out', outDir], together);
    },
  };
  const store = releaseStore(join(workDir, 'site'));
  const snapshotsDir = join(workDir, 'snapshots');
  const renderer = pageRenderer({ onLine: say });
  const source = generatedSourceSteps(snapshot, renderer);
  steps.incremental = source.steps.incremental;
  try {
    const report = await publishSite({ store, snapshotsDir, steps, mode: 'full' });
    if (report.status === 'failed') throw new Error(`基准测试的发布失败：${report.error}`);
    const live = store.livePath;
    const index = await readSnapshotIndex(snapshot);
    const first = index.catalog.find((entry) => entry.status === 'active') ?? index.catalog[0]!;
    const pagefind = await directoryBytes(join(live, 'pagefind'));
    const site = await directoryBytes(live);
    const itemPage = await pageBytes(live, itemUrl(first.implementationCode));
    say('搜索：在 Chromium 中按手机网络与 CPU 测量首次与后续查询…');
    const browser = await measureSearchInBrowser({ siteDir: live });
    // Quality depends on the services, not on how many places offer them: measured up to 10,000 items.
    const quality = browser && items <= QUALITY_MAX_ITEMS ? (say('搜索质量：群众用语查询集（无别名目录）…'), await benchSearchQuality(items, workDir)) : undefined;
    const search = { ...measured.search!, ...pagefind, firstQueryBytes: browser?.coldQuery.bytes ?? (await firstQueryBytes(join(live, 'pagefind'))), browser, quality };
    const pages = (await countChangedPages(undefined, join(store.releasesDir, report.version))).total;
    say('增量发布：审定一个事项到上线，10 次…');
    const incremental = await benchIncremental(store, snapshotsDir, renderer, source, say);
    return {
      items,
      measuredAt: new Date().toISOString(),
      generate,
      build: measured.build!,
      search,
      site: { pages, ...site },
      itemPage,
      pipeline: {
        ms: Date.parse(report.finishedAt) - Date.parse(report.startedAt),
        steps: Object.fromEntries(report.steps.map((s) => [s.name, s.ms])),
      },
      incremental,
      rebuild: { ms: Math.max(measured.build!.ms, measured.search!.ms), peakRssBytes: together.peakRssBytes, sideBySide: true },
    };
  } finally {
    await renderer.stop();
    // The spare copy made after the last switch must finish before the work folder is deleted.
    await sparesSettled(store);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/**
 * Ten approvals of one item each (a changed time limit, spread over the catalog), each published
 * by publishSite in incremental mode with the warm renderer, as the worker runs them. The snapshot
 * delta comes from the generated catalog, so the CMS export of the changed item is not included
 * (it is a few indexed queries; the CMS part measures the export).
 */
async function benchIncremental(store: ReleaseStore, snapshotsDir: string, renderer: PageRenderer, source: ReturnType<typeof generatedSourceSteps>, say: (line: string) => void): Promise<IncrementalFigures> {
  const live = await currentRelease(store);
  const warmStart = performance.now();
  await renderer.warm(join(snapshotsDir, live!));
  const rendererStartupMs = Math.round(performance.now() - warmStart);
  const runs = 10;
  const ms: number[] = [];
  const stepTimes = new Map<string, number[]>();
  const pages: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const version = (await currentRelease(store))!;
    const index = await readSnapshotIndex(join(snapshotsDir, version));
    const active = index.catalog.filter((e) => e.status === 'active');
    const entry = active[Math.floor(((run + 0.5) * active.length) / runs)]!;
    const item = await readSnapshotItem(join(snapshotsDir, version), entry.implementationCode);
    source.edit(timeLimitChange(item, new Date().toISOString()));
    // Each approval meets an idle publisher, as approvals minutes apart do: the spare copy is ready.
    await sparesSettled(store);
    const report = await publishSite({ store, snapshotsDir, steps: source.steps, mode: 'incremental' });
    if (report.status === 'failed' || report.mode !== 'incremental') throw new Error(`增量发布未成功：${report.error ?? report.fallbackReason}`);
    ms.push(Date.parse(report.liveAt!) - Date.parse(report.startedAt));
    for (const step of report.steps) stepTimes.set(step.name, [...(stepTimes.get(step.name) ?? []), step.ms]);
    pages.push(report.pages ?? 0);
    say(`  第 ${run + 1} 次：${ms.at(-1)} ms，页面 ${report.pages}`);
  }
  return {
    runs,
    ms,
    medianMs: median(ms),
    steps: Object.fromEntries([...stepTimes].map(([name, values]) => [name, median(values)])),
    pagesMedian: median(pages),
    rendererStartupMs,
    rendererRssBytes: renderer.lastRssBytes(),
  };
}

