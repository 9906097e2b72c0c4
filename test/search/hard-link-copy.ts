import { createHash } from 'node:crypto';
import { link, mkdir, readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Copies a release the way incremental publishing does: directories new, files hard-linked. */
export async function hardLinkCopy(from: string, to: string, skip: (name: string) => boolean = () => false): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    if (entry.isDirectory()) await hardLinkCopy(join(from, entry.name), join(to, entry.name), skip);
    else await link(join(from, entry.name), join(to, entry.name));
  }
}

/** Relative path → sha256 of every file under `dir`: compare two to prove nothing was written. */
export async function fileDigests(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    const file = join(name.parentPath, name.name);
    out[relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}
