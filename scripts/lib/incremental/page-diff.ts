import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name).slice(dir.length + 1));
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a), stat(b).catch(() => undefined)]);
  if (!y || x.size !== y.size) return false;
  if (x.ino === y.ino && x.dev === y.dev) return true;
  const [fa, fb] = await Promise.all([open(a), open(b)]);
  try {
    const [ba, bb] = await Promise.all([fa.readFile(), fb.readFile()]);
    return ba.equals(bb);
  } finally {
    await Promise.all([fa.close(), fb.close()]);
  }
}

/**
 * HTML pages of `next` that are new or differ byte for byte from `previous`, plus pages of
 * `previous` that `next` no longer has: the "pages changed" of a full rebuild. Sizes are
 * compared first, so only pages of equal size are read.
 */
export async function countChangedPages(previous: string | undefined, next: string): Promise<{ changed: number; removed: number; total: number }> {
  const pages = await htmlFiles(next);
  if (!previous) return { changed: pages.length, removed: 0, total: pages.length };
  let changed = 0;
  for (let i = 0; i < pages.length; i += 32) {
    const same = await Promise.all(pages.slice(i, i + 32).map((page) => sameBytes(join(next, page), join(previous, page))));
    changed += same.filter((s) => !s).length;
  }
  const kept = new Set(pages);
  const removed = (await htmlFiles(previous)).filter((page) => !kept.has(page)).length;
  return { changed, removed, total: pages.length };
}
