import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ManifestEntry, ReleaseManifest } from './manifest.ts';
import { objectHeaders } from './object-headers.ts';
import { runLimited } from './pool.ts';

/** The regular files of a built release, relative `/`-separated paths; dot-named files and folders are never part of one (the static server and nginx refuse them too). */
export async function releasePaths(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((segment) => segment.startsWith('.')))
    .sort();
}

async function md5Of(file: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Every file of the release in `dir` with its MD5, size and headers. An incremental release is a
 * hard-link copy of the base one (releases.ts) with only the changed pages written anew: a file
 * that is still the same inode as the base release's file at that path has the base manifest's
 * MD5, so only rewritten files are read (a full rebuild reads them all).
 */
export async function describeRelease(dir: string, base?: { dir: string; manifest: ReleaseManifest }): Promise<Record<string, ManifestEntry>> {
  const paths = await releasePaths(dir);
  const all = new Set(paths);
  const files: Record<string, ManifestEntry> = {};
  await runLimited(paths, 16, async (path) => {
    const info = await lstat(join(dir, path));
    const headers = objectHeaders(path, all);
    const known = base?.manifest.files[path];
    if (known && known.size === info.size) {
      const before = await lstat(join(base!.dir, path)).catch(() => undefined);
      if (before && before.ino === info.ino && before.dev === info.dev) {
        files[path] = { ...headers, md5: known.md5, size: info.size };
        return;
      }
    }
    files[path] = { ...headers, md5: await md5Of(join(dir, path)), size: info.size };
  });
  return files;
}
