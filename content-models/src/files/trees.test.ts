import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { linkTree, removeTree } from './trees.ts';

describe('folder trees', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'trees-'));
    await mkdir(join(dir, 'from', 'items', 'A1'), { recursive: true });
    await writeFile(join(dir, 'from', 'items', 'A1', 'index.html'), '<h1>事项</h1>');
    await writeFile(join(dir, 'from', '.hidden'), 'x');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([false, true])('links every file, hidden ones too (background: %s)', async (background) => {
    await linkTree(join(dir, 'from'), join(dir, 'to'), { background });
    const inode = async (path: string) => (await stat(path)).ino;
    expect(await inode(join(dir, 'to', 'items', 'A1', 'index.html'))).toBe(await inode(join(dir, 'from', 'items', 'A1', 'index.html')));
    expect(await readFile(join(dir, 'to', '.hidden'), 'utf8')).toBe('x');
  });

  it('refuses to copy a missing folder', async () => {
    await expect(linkTree(join(dir, 'missing'), join(dir, 'to'))).rejects.toThrow();
  });

  it.each([false, true])('removes a whole tree and accepts a missing one (background: %s)', async (background) => {
    await removeTree(join(dir, 'from'), { background });
    await expect(stat(join(dir, 'from'))).rejects.toMatchObject({ code: 'ENOENT' });
    await removeTree(join(dir, 'from'), { background });
  });
});
