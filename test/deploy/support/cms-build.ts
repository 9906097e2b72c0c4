import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cmsBuildIsStale, cmsSourceHash, markCmsBuilt } from '../../../scripts/lib/cms-build.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');
// Two projects (deploy, workflow-browser) use this set-up: one builds, the other waits for it.
const lock = resolve(repoRoot, 'cms/.next-build-lock');

async function takeLock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return;
    } catch {
      // A lock older than any build is left over from a killed run.
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 30 * 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(1000);
    }
  }
}

/**
 * The admin's production build, as `npm start` makes it (cms/.next, reused while the sources are
 * unchanged): CSP nonces and Next's inline scripts only exist in a production build, and the
 * browser walk needs pages that are not compiled on first visit.
 */
export default async function setup(): Promise<void> {
  await takeLock();
  try {
    const sources = cmsSourceHash(repoRoot);
    if (!cmsBuildIsStale(repoRoot, sources)) return;
    const build = spawnSync('npm', ['run', '--silent', 'cms:build'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (build.status !== 0) throw new Error(`管理后台构建失败（npm run cms:build）：\n${build.stdout.slice(-4000)}\n${build.stderr.slice(-4000)}`);
    markCmsBuilt(repoRoot, sources);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
