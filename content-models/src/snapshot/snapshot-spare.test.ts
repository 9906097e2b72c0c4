import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copySnapshot, prepareSnapshotSpare, SPARE_FOLDER } from './snapshot-spare.ts';

describe('snapshot spares', () => {
  let snapshots: string;
  let previous: string;
  beforeEach(async () => {
    snapshots = await mkdtemp(join(tmpdir(), 'snapshot-spare-'));
    previous = join(snapshots, '20261203-100000000');
    await mkdir(join(previous, 'items'), { recursive: true });
    await writeFile(join(previous, 'catalog.json'), '[\n]\n');
    await writeFile(join(previous, 'items', 'A1.json'), '{"implementationCode":"A1"}\n');
    await writeFile(join(previous, '.export-state.json'), '{"publishedDocuments":1}\n');
  });
  afterEach(async () => {
    await rm(snapshots, { recursive: true, force: true });
  });

  const inode = async (path: string) => (await stat(path)).ino;
  const spares = () => readdir(join(snapshots, SPARE_FOLDER)).catch(() => [] as string[]);

  it('without a spare, links a fresh copy: every file shared with the previous snapshot', async () => {
    const target = join(snapshots, '.next.tmp');
    await copySnapshot(previous, target);
    expect(await inode(join(target, 'items', 'A1.json'))).toBe(await inode(join(previous, 'items', 'A1.json')));
    expect(await readFile(join(target, '.export-state.json'), 'utf8')).toBe('{"publishedDocuments":1}\n');
  });

  it('takes the spare made after the previous publication (renamed, not copied again) and uses it once', async () => {
    await prepareSnapshotSpare(previous);
    const spare = join(snapshots, SPARE_FOLDER, '20261203-100000000');
    const spareInode = await inode(spare);
    expect(await inode(join(spare, 'items', 'A1.json'))).toBe(await inode(join(previous, 'items', 'A1.json')));

    const target = join(snapshots, '.next.tmp');
    await copySnapshot(previous, target);
    expect(await inode(target)).toBe(spareInode);
    expect(await spares()).toEqual([]);
    expect((await readdir(join(target, 'items'))).sort()).toEqual(['A1.json']);

    // The spare is gone: the next copy of the same snapshot links afresh.
    const again = join(snapshots, '.again.tmp');
    await copySnapshot(previous, again);
    expect(await inode(again)).not.toBe(spareInode);
    expect(await inode(join(again, 'items', 'A1.json'))).toBe(await inode(join(previous, 'items', 'A1.json')));
  });

  it('never takes a half-made spare or one of another snapshot, and removes both', async () => {
    const other = join(snapshots, SPARE_FOLDER, '20261203-090000000');
    const halfMade = join(snapshots, SPARE_FOLDER, '20261203-100000000.tmp');
    await mkdir(join(other, 'items'), { recursive: true });
    await mkdir(join(halfMade, 'items'), { recursive: true });
    await writeFile(join(other, 'items', 'OLD.json'), '{}\n');
    await writeFile(join(halfMade, 'items', 'HALF.json'), '{}\n');

    const target = join(snapshots, '.next.tmp');
    await copySnapshot(previous, target);
    expect((await readdir(join(target, 'items'))).sort()).toEqual(['A1.json']);
    expect(await spares()).toEqual([]);
  });

  it('does not take a spare made before a file of the snapshot was replaced', async () => {
    await prepareSnapshotSpare(previous);
    // Replaced the way every writer replaces a file: a new file renamed over the old one.
    await writeFile(join(previous, '.site-fingerprint.new'), 'new');
    await rename(join(previous, '.site-fingerprint.new'), join(previous, '.site-fingerprint'));
    const target = join(snapshots, '.next.tmp');
    await copySnapshot(previous, target);
    expect(await readFile(join(target, '.site-fingerprint'), 'utf8')).toBe('new');
    expect(await spares()).toEqual([]);
  });

  it('waits for a spare still being made rather than linking a second copy beside it', async () => {
    const making = prepareSnapshotSpare(previous);
    const target = join(snapshots, '.next.tmp');
    await copySnapshot(previous, target);
    await making;
    expect((await readdir(join(target, 'items'))).sort()).toEqual(['A1.json']);
    expect(await spares()).toEqual([]);
  });

  it('a spare that cannot be made leaves nothing behind', async () => {
    await prepareSnapshotSpare(join(snapshots, 'missing'));
    expect(await spares()).toEqual([]);
  });
});
