import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');

/** Runs a command with Node 24 (from the repo root unless told) and fails loudly with its output. */
function run(args: string[], env: Record<string, string> = {}, cwd = REPO): void {
  const result = spawnSync(process.execPath, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`命令失败：${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
}

/** `npm run generate` (the catalog generator CLI) into `outDir`. */
export function generateSnapshot(items: number, outDir: string): void {
  run([join(REPO, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate-catalog.ts', '--items', String(items), '--out', outDir]);
}

/**
 * `astro build` of site/ from a snapshot directory into `outDir`. When the output lies outside the
 * working directory Astro stages its prerender chunks in `<cwd>/.astro/`, so each build runs from
 * its own folder under node_modules (where those chunks still find their packages); builds sharing
 * one folder break each other.
 */
export function buildSite(snapshotDir: string, outDir: string): void {
  const stage = mkdtempSync(join(REPO, 'node_modules', '.site-build-'));
  try {
    const args = [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', join(REPO, 'site'), '--silent'];
    run(args, { SNAPSHOT_DIR: snapshotDir, SITE_OUT_DIR: outDir, SITE_CACHE_DIR: join(stage, 'cache') }, stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`构建结果缺少 ${outDir}/index.html`);
}

