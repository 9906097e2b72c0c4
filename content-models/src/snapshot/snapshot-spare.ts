import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { linkTree } from '../files/trees.ts';
import { prepareSpareCopy, takeSpareCopy } from '../files/spare-copy.ts';

/**
 * The hard-link copy of the previous snapshot that an incremental export starts from. At 100,000
 * items linking its 100,000 item files took ~1.5 s of every approval's clock, so it is made ahead
 * of time, right after a publication went live, as for the site's release (spare-copy.ts): a
 * spare copy `<snapshots>/.spare/<version>` that the next incremental export renames into place.
 * Valid because a snapshot folder never changes once its publication went live (every writer
 * writes new files under temporary names and renames them; nothing writes into a linked file).
 */
export const SPARE_FOLDER = '.spare';

const spareRoot = (snapshotDir: string) => join(dirname(snapshotDir), SPARE_FOLDER);

/** Links a spare copy of a snapshot that just went live, in the background (spare-copy.ts). */
export function prepareSnapshotSpare(snapshotDir: string): Promise<void> {
  return prepareSpareCopy(spareRoot(snapshotDir), snapshotDir);
}

/**
 * Whether every top-level file of the snapshot is still the one the spare links to. Files are only
 * ever replaced by renaming a new file over them (a new inode): a snapshot file replaced after the
 * spare was made (by hand, or by a tool this module does not know) makes the spare stale.
 */
async function stillLinked(snapshotDir: string, spare: string): Promise<boolean> {
  const [own, copied] = await Promise.all([readdir(snapshotDir, { withFileTypes: true }), readdir(spare)]);
  if (own.length !== copied.length) return false;
  for (const entry of own) {
    if (entry.isDirectory()) continue;
    const [a, b] = await Promise.all([stat(join(snapshotDir, entry.name)), stat(join(spare, entry.name)).catch(() => undefined)]);
    if (!b || a.ino !== b.ino || a.dev !== b.dev) return false;
  }
  return true;
}

/**
 * Puts a hard-link copy of `previousDir` at `target` (which must not exist): its spare when one
 * is ready, else a fresh `cp -al`. Spares of other snapshots (after a rollback, or older) are removed.
 */
export async function copySnapshot(previousDir: string, target: string): Promise<void> {
  if (await takeSpareCopy(spareRoot(previousDir), previousDir, target, (spare) => stillLinked(previousDir, spare))) return;
  // About a second and a half at 100,000 items, on the approval's clock.
  await linkTree(previousDir, target);
}
