import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { linkTree, removeTree } from './trees.ts';

/**
 * Hard-link copies made ahead of time. At 100,000 items linking a release (~200,000 folders) or a
 * snapshot (100,000 files) took seconds of an approval's clock, so right after a publication goes
 * live a spare copy of what the next one starts from is linked in the background into `root`
 * (`root/<name>`, on the same disk), and the next publication renames it into place. Only the
 * newest spare is kept: older ones would keep pruned versions' files on disk.
 */
const making = new Map<string, Promise<void>>();

const isDirectory = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

/** Links a spare copy of `source` into `root` at the lowest priority; a failure only means the next run links its own copy. */
export function prepareSpareCopy(root: string, source: string): Promise<void> {
  const spare = join(root, basename(source));
  const work = (making.get(root) ?? Promise.resolve())
    .then(async () => {
      await mkdir(root, { recursive: true });
      for (const name of await readdir(root)) await removeTree(join(root, name), { background: true });
      await linkTree(source, `${spare}.tmp`, { background: true });
      // Renamed when complete: a half-made copy is never taken.
      await rename(`${spare}.tmp`, spare);
    })
    .catch(() => removeTree(`${spare}.tmp`, { background: true }).catch(() => undefined));
  making.set(root, work);
  return work;
}

/** Resolves when no spare copy is being made in `root`. */
export async function spareCopySettled(root: string): Promise<void> {
  await making.get(root);
}

/**
 * Puts the spare copy of `source` at `target` (which must not exist) and answers true; false when
 * there is none, or it is not `usable`, or it cannot be renamed (another disk): the caller links
 * its own. Spares of anything else are removed.
 */
export async function takeSpareCopy(root: string, source: string, target: string, usable: (spare: string) => Promise<boolean> = async () => true): Promise<boolean> {
  await making.get(root);
  const name = basename(source);
  for (const other of await readdir(root).catch(() => [] as string[])) {
    if (other !== name) await removeTree(join(root, other));
  }
  const spare = join(root, name);
  if (!(await isDirectory(spare))) return false;
  if ((await usable(spare)) && (await rename(spare, target).then(() => true, () => false))) return true;
  await removeTree(spare);
  return false;
}
