import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../../..');

/** Runs a command from the repo root with Node 24 and fails loudly with its output. */
function run(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, args, { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`命令失败：${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
}

/** `npm run generate` (the catalog generator CLI) into `outDir`. */
export function generateSnapshot(items: number, outDir: string): void {
  run([join(REPO, 'node_modules/tsx/dist/cli.mjs'), 'scripts/generate-catalog.ts', '--items', String(items), '--out', outDir]);
}

/** `astro build` of site/ from a snapshot directory into `outDir`. */
export function buildSite(snapshotDir: string, outDir: string): void {
  run([join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', 'site', '--silent'], {
    SNAPSHOT_DIR: snapshotDir,
    SITE_OUT_DIR: outDir,
    SITE_CACHE_DIR: `${outDir}-cache`,
  });
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`构建结果缺少 ${outDir}/index.html`);
}

export function countHtmlPages(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}
