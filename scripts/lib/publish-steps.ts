import { resolve } from 'node:path';
import type { Payload } from 'payload';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { astroBuild } from './astro-build.ts';
import { runCommand } from './child-process.ts';
import type { PublishSteps } from './publish-site.ts';
import { buildSearchIndex } from './search-index.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

/**
 * The real steps of a publication. Astro runs as a child process per build: a long-running
 * process would otherwise keep every earlier build's modules and memory.
 */
export function realPublishSteps(payload: Payload, onLine?: (line: string) => void): PublishSteps {
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
  };
}
