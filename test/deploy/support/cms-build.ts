import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { cmsBuildIsStale, markCmsBuilt } from '../../../scripts/lib/cms-build.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * The admin's production build, as `npm start` makes it (cms/.next, reused while the sources are
 * unchanged): CSP nonces and Next's inline scripts only exist in a production build.
 */
export default function setup(): void {
  if (!cmsBuildIsStale(repoRoot)) return;
  const started = Date.now();
  const build = spawnSync('npm', ['run', '--silent', 'cms:build'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`管理后台构建失败（npm run cms:build）：\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
  markCmsBuilt(repoRoot, started);
}
