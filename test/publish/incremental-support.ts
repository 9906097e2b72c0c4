import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toCatalogEntry } from '@catalog/content-models/snapshot/snapshot-io.ts';

/** Every file of a built site but the search bundles and place files (compared by the search tests), relative path → bytes. */
export async function siteFiles(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (path.startsWith('pagefind') || path.startsWith('places/')) continue;
    files.set(path, await readFile(join(dir, path)));
  }
  return files;
}

/** Paths whose bytes differ, or that only one side has. */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => !a.get(p)?.equals(b.get(p) ?? Buffer.alloc(0)) || !a.has(p) || !b.has(p)).sort();
}

export { logEntry } from '../../scripts/lib/incremental/generated-source.ts';
export { toCatalogEntry };
