import { cp, mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readSnapshotIndex } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { itemUrl } from '../../../site/src/lib/urls.ts';
import { astroBuild } from '../astro-build.ts';
import { runCommand } from '../child-process.ts';
import { publishSite, type PublishSteps } from '../publish-site.ts';
import { repoRoot } from '../publish-steps.ts';
import { releaseStore } from '../releases.ts';
import { directoryBytes, firstQueryBytes, pageBytes, type PageBytes } from './page-bytes.ts';
import { runMeasured, type Measured } from './process-tree.ts';

export interface SiteFigures {
  items: number;
  generate: Measured;
  build: Measured;
  search: Measured & { files: number; bytes: number; firstQueryBytes: number };
  site: { pages: number; files: number; bytes: number };
  itemPage: PageBytes;
  /** One run of the current pipeline (publishSite): snapshot copy, build, index, switch. */
  pipeline: { ms: number; steps: Record<string, number> };
  /** Pieces of the incremental path, measured on their own (the path itself is not built). */
  incremental: { hardLinkCopyMs: number; containerStartupMs: number; renderMedianMs: number; rendered: number; sameSizeAsBuild: number };
}

const node = process.execPath;
const tsx = (script: string, args: string[]) => runMeasured(node, ['--import', 'tsx', resolve(repoRoot, script), ...args], { cwd: repoRoot });

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
  const steps: PublishSteps = {
    async exportSnapshot(dir) {
      await cp(snapshot, dir, { recursive: true });
      return { items };
    },
    async buildSite(snapshotDir, outDir) {
      say('构建网站（astro build）…');
      const build = astroBuild(snapshotDir, outDir);
      try {
        measured.build = await runMeasured(build.command, build.args, { cwd: build.cwd, env: build.env });
      } finally {
        build.cleanup();
      }
    },
    async indexSearch(snapshotDir, outDir) {
      say('建立搜索索引…');
      measured.search = await tsx('scripts/build-search-index.ts', ['--snapshot', snapshotDir, '--out', outDir]);
    },
  };
  const store = releaseStore(join(workDir, 'site'));
  const report = await publishSite({ store, snapshotsDir: join(workDir, 'snapshots'), steps });
  if (report.status === 'failed') throw new Error(`基准测试的发布失败：${report.error}`);
  const live = store.livePath;
  const index = await readSnapshotIndex(snapshot);
  const first = index.catalog.find((entry) => entry.status === 'active') ?? index.catalog[0]!;
  const pagefind = await directoryBytes(join(live, 'pagefind'));
  say('增量路径的组成部分（硬链接复制、Container API 渲染）…');
  const incremental = await probeIncremental(join(store.releasesDir, report.version), join(workDir, 'snapshots', report.version), index.catalog.filter((e) => e.status === 'active').slice(0, 10).map((e) => e.implementationCode), workDir);
  const site = await directoryBytes(live);
  return {
    items,
    generate,
    build: measured.build!,
    search: { ...measured.search!, ...pagefind, firstQueryBytes: await firstQueryBytes(join(live, 'pagefind')) },
    site: { pages: report.pages ?? 0, ...site },
    itemPage: await pageBytes(live, itemUrl(first.implementationCode)),
    pipeline: {
      ms: Date.parse(report.finishedAt) - Date.parse(report.startedAt),
      steps: Object.fromEntries(report.steps.map((s) => [s.name, s.ms])),
    },
    incremental,
  };
}

/**
 * What an incremental publication would cost besides export and search: a new release made of
 * hard links to the live one (no file data copied), and item pages rendered by the Container API.
 */
async function probeIncremental(releaseDir: string, snapshotDir: string, codes: string[], workDir: string): Promise<SiteFigures['incremental']> {
  const begin = performance.now();
  await runCommand('硬链接复制', 'cp', ['-al', releaseDir, join(workDir, 'linked-release')]);
  const hardLinkCopyMs = Math.round(performance.now() - begin);
  const lines = await runCommand('Container API 渲染', node, ['--import', 'tsx', resolve(import.meta.dirname, 'render-probe.ts'), releaseDir, ...codes], {
    cwd: resolve(repoRoot, 'site'),
    env: { SNAPSHOT_DIR: snapshotDir },
  });
  const probe = JSON.parse(lines.at(-1)!) as { startupMs: number; renders: number[]; sameAsBuild: number };
  const warm = probe.renders.slice(1).sort((a, b) => a - b);
  return {
    hardLinkCopyMs,
    containerStartupMs: probe.startupMs + (probe.renders[0] ?? 0),
    renderMedianMs: warm[Math.floor(warm.length / 2)] ?? 0,
    rendered: probe.renders.length,
    sameSizeAsBuild: probe.sameAsBuild,
  };
}
