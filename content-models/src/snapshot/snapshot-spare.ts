import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { linkTree, removeTree } from '../files/trees.ts';

/**
 * The hard-link copy of the previous snapshot that an incremental export starts from. At 100,000
 * items linking its 100,000 item files took ~1.5 s of every approval's clock, so it is made ahead
 * of time, right after a publication went live, as releases.ts does for the site's release: a
 * spare copy `<snapshots>/.spare/<version>` that the next incremental export renames into place.
 * Valid because a snapshot folder never changes once its publication went live (every writer
 * writes new files under temporary names and renames them; nothing writes into a linked file).
 */
export const SPARE_FOLDER = '.spare';

const making = new Map<string, Promise<void>>();
const spareRoot = (snapshotDir: string) => join(dirname(snapshotDir), SPARE_FOLDER);
const isDirectory = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

/** Links a spare copy of a snapshot that just went live, in the background; a failure only means the next export copies itself. */
export function prepareSnapshotSpare(snapshotDir: string): Promise<void> {
  const root = spareRoot(snapshotDir);
  const spare = join(root, basename(snapshotDir));
  const previous = making.get(root) ?? Promise.resolve();
  const work = previous.then(async () => {
    await mkdir(root, { recursive: true });
    // Only the newest snapshot's spare is ever taken; older ones would keep pruned snapshots' files on disk.
    for (const name of await readdir(root)) await removeTree(join(root, name), { background: true });
    await linkTree(snapshotDir, `${spare}.tmp`, { background: true });
    // Renamed when complete: a half-made copy is never taken.
    await rename(`${spare}.tmp`, spare);
  }).catch(() => removeTree(`${spare}.tmp`, { background: true }).catch(() => undefined));
  making.set(root, work);
  return work;
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
  const root = spareRoot(previousDir);
  await making.get(root);
  const name = basename(previousDir);
  for (const other of await readdir(root).catch(() => [] as string[])) {
    if (other !== name) await removeTree(join(root, other));
  }
  const spare = join(root, name);
  if (await isDirectory(spare)) {
    const taken = (await stillLinked(previousDir, spare)) && (await rename(spare, target).then(() => true, () => false));
    if (taken) return;
    // Stale, on another disk (EXDEV) or raced by a prune: copy as if there were no spare.
    await removeTree(spare);
  }
  // About a second and a half at 100,000 items, on the approval's clock.
  await linkTree(previousDir, target);
}
