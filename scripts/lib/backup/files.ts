import { cp, lstat, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface FolderSize {
  files: number;
  bytes: number;
}

/** Regular files and their bytes under a folder (symlinks counted, not followed); zero when it does not exist. */
export async function folderSize(dir: string): Promise<FolderSize> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  let files = 0;
  let bytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await lstat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** A full copy of a folder (links inside kept as links). */
export async function copyFolder(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true, verbatimSymlinks: true, errorOnExist: true, force: false });
}

/**
 * Replaces `target` with a copy of `from`: the copy is made beside the target first, so a failure
 * leaves the target as it was; then two renames swap them and the old folder is removed.
 */
export async function replaceFolder(from: string, target: string): Promise<void> {
  const incoming = join(dirname(target), `.restore-incoming-${process.pid}`);
  const outgoing = join(dirname(target), `.restore-outgoing-${process.pid}`);
  await rm(incoming, { recursive: true, force: true });
  try {
    await copyFolder(from, incoming);
  } catch (error) {
    await rm(incoming, { recursive: true, force: true });
    throw error;
  }
  const had = await exists(target);
  if (had) await rename(target, outgoing);
  await rename(incoming, target);
  if (had) await rm(outgoing, { recursive: true, force: true });
}
