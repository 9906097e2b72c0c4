import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runCommand } from './child-process.ts';

/**
 * Whether the admin's production build (cms/.next) was built from other sources than the ones
 * on disk. `npm start` rebuilds only then. Keyed by the sources' content, not their mtimes: a
 * fresh clone, a `git checkout` back and forth or an `npm install` that rewrites an unchanged
 * package-lock.json give new mtimes to identical sources, and must not cost a rebuild.
 */
// scripts/patch-payload-ui.mjs: its edits to @payloadcms/ui are compiled into the admin bundle.
const watched = ['cms/src', 'cms/next.config.mjs', 'cms/package.json', 'cms/tsconfig.json', 'tsconfig.json', 'content-models/src', 'package-lock.json', 'scripts/patch-payload-ui.mjs'];
const ignored = new Set(['node_modules', '.next', 'data']);

function addTree(hash: ReturnType<typeof createHash>, repoRoot: string, path: string): void {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    // The path too, so a renamed or moved file counts as a change.
    hash.update(`${relative(repoRoot, path)}\0`).update(readFileSync(path)).update('\0');
    return;
  }
  for (const name of readdirSync(path).sort()) {
    if (!ignored.has(name)) addTree(hash, repoRoot, join(path, name));
  }
}

/** SHA-256 of the watched sources' paths and contents (~10 ms for this repo). */
export function cmsSourceHash(repoRoot: string): string {
  const hash = createHash('sha256');
  for (const path of watched) addTree(hash, repoRoot, resolve(repoRoot, path));
  return hash.digest('hex');
}

export function cmsBuildStampPath(repoRoot: string): string {
  return resolve(repoRoot, 'cms/.next/catalog-build-stamp');
}

/** Whether a finished build is there at all (else this is a first build, from nothing). */
export function cmsBuildExists(repoRoot: string): boolean {
  return existsSync(resolve(repoRoot, 'cms/.next/BUILD_ID'));
}

export function cmsBuildIsStale(repoRoot: string, sources = cmsSourceHash(repoRoot)): boolean {
  const stamp = cmsBuildStampPath(repoRoot);
  if (!cmsBuildExists(repoRoot) || !existsSync(stamp)) return true;
  return readFileSync(stamp, 'utf8').trim() !== sources;
}

/** `sources`: the hash taken before the build started, so an edit during the build is rebuilt next time. */
export function markCmsBuilt(repoRoot: string, sources: string): void {
  writeFileSync(cmsBuildStampPath(repoRoot), sources);
}

/**
 * `npm run cms:build` unless the build on disk was made from the sources on disk, then the stamp.
 * `starting` is told whether this is a first build before it begins (the wait is long). Resolves
 * whether it built; rejects with the build's last lines when it fails.
 */
export async function buildCmsIfStale(repoRoot: string, options: { env?: Record<string, string | undefined>; starting?: (firstBuild: boolean) => void } = {}): Promise<boolean> {
  const sources = cmsSourceHash(repoRoot);
  if (!cmsBuildIsStale(repoRoot, sources)) return false;
  options.starting?.(!cmsBuildExists(repoRoot));
  await runCommand('构建管理后台', 'npm', ['run', '--silent', 'cms:build'], { cwd: repoRoot, env: options.env });
  markCmsBuilt(repoRoot, sources);
  return true;
}
