import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroBuild } from '../../../scripts/lib/astro-build.ts';

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

/** `astro build` of site/ from a snapshot directory into `outDir`, as a publication runs it. */
export function buildSite(snapshotDir: string, outDir: string, env: Record<string, string> = {}): void {
  const build = astroBuild(snapshotDir, outDir, { silent: true });
  try {
    run(build.args, { ...build.env, ...env }, build.cwd);
  } finally {
    build.cleanup();
  }
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`构建结果缺少 ${outDir}/index.html`);
}
