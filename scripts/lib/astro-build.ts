import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');

export interface AstroBuild {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Removes the build's staging folder; call it when the build has ended, however it ended. */
  cleanup(): void;
}

/**
 * How to run `astro build` of site/ from a snapshot into `outDir`, for any runner (publishing,
 * tests, benchmarks). When the output lies outside the working directory Astro stages its
 * prerender chunks in `<cwd>/.astro/`, and two builds sharing that folder break each other; so
 * each build runs from a folder of its own under node_modules, where those chunks still find
 * their packages. `process.execPath` is the Node 24 running the caller, whatever is on PATH.
 */
export function astroBuild(snapshotDir: string, outDir: string, options: { silent?: boolean } = {}): AstroBuild {
  const stage = mkdtempSync(join(repoRoot, 'node_modules', '.site-build-'));
  return {
    command: process.execPath,
    args: [join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(repoRoot, 'site'), ...(options.silent ? ['--silent'] : [])],
    cwd: stage,
    env: { SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: join(stage, 'cache') },
    cleanup: () => rmSync(stage, { recursive: true, force: true }),
  };
}
