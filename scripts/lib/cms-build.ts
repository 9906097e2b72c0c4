import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Whether the admin's production build (cms/.next) is older than the sources it was built from.
 * `npm start` rebuilds only then, so the first start pays ~1 minute and later starts none.
 */
const watched = ['cms/src', 'cms/next.config.mjs', 'cms/package.json', 'content-models/src', 'package-lock.json'];
const ignored = new Set(['node_modules', '.next', 'data']);

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const name of readdirSync(path)) {
    if (ignored.has(name)) continue;
    newest = Math.max(newest, newestMtime(join(path, name)));
  }
  return newest;
}

export function cmsBuildStampPath(repoRoot: string): string {
  return resolve(repoRoot, 'cms/.next/catalog-build-stamp');
}

export function cmsBuildIsStale(repoRoot: string): boolean {
  const stamp = cmsBuildStampPath(repoRoot);
  if (!existsSync(resolve(repoRoot, 'cms/.next/BUILD_ID')) || !existsSync(stamp)) return true;
  const builtFrom = Number(readFileSync(stamp, 'utf8'));
  return watched.some((p) => newestMtime(resolve(repoRoot, p)) > builtFrom);
}

export function markCmsBuilt(repoRoot: string, startedAt: number): void {
  writeFileSync(cmsBuildStampPath(repoRoot), String(startedAt));
}
