import { resolve } from 'node:path';
import type { Payload } from 'payload';
import type { CatalogEntry } from '@catalog/content-models';
import { exportSnapshot, exportSnapshotChanges } from '../../cms/src/publish/exportSnapshot.ts';
import { astroBuild } from './astro-build.ts';
import { runCommand } from './child-process.ts';
import { renderChanges } from './incremental/render-release.ts';
import type { PageRenderer } from './incremental/renderer.ts';
import type { IncrementalSteps, PublishSteps } from './publish-site.ts';
import { buildSearchDelta, buildSearchIndex } from './search-index.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * The real steps of a publication. A full build runs Astro as a child process per build: a
 * long-running process would otherwise keep every earlier build's modules and memory. The
 * incremental path renders with the warm `renderer` (one long-lived child, see incremental/).
 */
export function realPublishSteps(payload: Payload, onLine?: (line: string) => void, options: { renderer?: PageRenderer; adjustments?: string[] } = {}): PublishSteps {
  const { renderer } = options;
  return {
    async exportSnapshot(snapshotDir, version) {
      const { meta, skipped } = await exportSnapshot(payload, snapshotDir, { siteVersion: version });
      for (const s of skipped) onLine?.(`未发布（内容不完整）${s.code}：${s.problems.join('；')}`);
      return { items: meta.counts.items };
    },
    async buildSite(snapshotDir, outDir) {
      const build = astroBuild(snapshotDir, outDir);
      try {
        await runCommand('生成静态网站', build.command, build.args, { cwd: build.cwd, env: build.env, onLine });
      } finally {
        build.cleanup();
      }
    },
    async indexSearch(snapshotDir, outDir) {
      await buildSearchIndex({ snapshotDir, siteDir: outDir });
    },
    incremental: renderer && incrementalSteps(renderer, onLine, (previousDir, dir, version) => exportSnapshotChanges(payload, previousDir, dir, { adjustments: options.adjustments ?? [], siteVersion: version })),
  };
}

type ChangesExport = (previousDir: string, dir: string, version: string) => ReturnType<typeof exportSnapshotChanges>;

/** The incremental steps around any source of snapshot changes (the CMS, or the benchmark's generated edits). */
export function incrementalSteps(renderer: PageRenderer, onLine: ((line: string) => void) | undefined, exportChanges: ChangesExport): IncrementalSteps {
  // The catalog the export just wrote, handed to the search delta of the same snapshot instead of
  // parsed again from its file (67 MB at 100,000 items, about a second).
  let exported: { snapshotDir: string; catalog: CatalogEntry[] } | undefined;
  return {
    async exportChanges(previousSnapshotDir, snapshotDir, version) {
      exported = undefined;
      const result = await exportChanges(previousSnapshotDir, snapshotDir, version);
      if (!result.ok) return result;
      exported = { snapshotDir, catalog: result.catalog };
      return {
        ok: true,
        items: result.catalog.length,
        changedCodes: result.changed.map((c) => c.code),
        render: (releaseDir, previousReleaseDir) =>
          renderChanges(renderer, { previousSnapshotDir, snapshotDir, previousReleaseDir, releaseDir, changed: result.changed, catalog: result.catalog, previousCatalog: result.previousCatalog }, onLine),
      };
    },
    async indexSearchChanges(snapshotDir, outDir, changedCodes) {
      const catalog = exported?.snapshotDir === snapshotDir ? exported.catalog : undefined;
      exported = undefined;
      const result = await buildSearchDelta({ snapshotDir, siteDir: outDir, changedCodes, catalog });
      onLine?.(`搜索索引增量：${result.indexed} 个事项，隐藏旧条目 ${result.stale} 个`);
    },
  };
}
