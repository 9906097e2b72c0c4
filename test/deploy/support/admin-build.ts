import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildCmsIfStale, cmsBuildIsStale } from '../../../scripts/lib/cms-build.ts';

/**
 * The admin's production build for the suites that run it under `next start` (deploy,
 * admin-browser), made at most once per source state, in the background: the global set-up
 * starts it and returns, the other suites' files run meanwhile, and `startNext` waits for it. Built
 * in the set-up itself it held every worker idle for two to four minutes of CI.
 */
const repoRoot = resolve(import.meta.dirname, '../../..');
// Held while a build runs; two projects' set-ups may ask for the build, the second finds it held.
const lock = resolve(repoRoot, 'cms/.next-build-lock');
const failure = resolve(lock, '../.next-build-failed.log');
// A lock older than any build is left over from a killed run.
const abandonedAfterMs = 30 * 60_000;

function lockHeld(): boolean {
  const held = statSync(lock, { throwIfNoEntry: false });
  if (held && Date.now() - held.mtimeMs > abandonedAfterMs) rmSync(lock, { recursive: true, force: true });
  return existsSync(lock);
}

/** Starts the build in a child process unless it is current or already running; returns the child's stop. */
export function startAdminBuild(): () => void {
  if (!cmsBuildIsStale(repoRoot) || lockHeld()) return () => {};
  try {
    mkdirSync(lock);
  } catch {
    return () => {};
  }
  rmSync(failure, { force: true });
  const child = spawn(process.execPath, [resolve(repoRoot, 'node_modules/tsx/dist/cli.mjs'), import.meta.filename, '--build'], { cwd: repoRoot, stdio: 'ignore', detached: true });
  child.unref();
  return () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {}
      rmSync(lock, { recursive: true, force: true });
    }
  };
}

/** Waits for a build in progress; fails with its output if it failed or the build is not current. */
export async function waitForAdminBuild(): Promise<void> {
  while (lockHeld()) await sleep(1000);
  if (existsSync(failure)) throw new Error(`管理后台构建失败（npm run cms:build）：\n${readFileSync(failure, 'utf8').slice(-8000)}`);
  if (cmsBuildIsStale(repoRoot)) throw new Error('管理后台的构建不是当前源码的构建：请运行 npm run cms:build，或在带全局准备的测试项目（serving、admin-browser）中运行。');
}

/** The child: builds (when still stale), stamps it, records a failure, releases the lock. */
async function build(): Promise<void> {
  try {
    await buildCmsIfStale(repoRoot);
  } catch (error) {
    writeFileSync(failure, error instanceof Error ? error.message : String(error));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv.includes('--build') && process.argv[1] === import.meta.filename) await build();
