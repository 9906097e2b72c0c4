import { rename, writeFile } from 'node:fs/promises';

/** Writes beside the target and renames, so a failed run never leaves a half-written file behind. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, data);
  await rename(temp, path);
}
