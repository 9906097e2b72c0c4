import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { catalogLineReader } from '@catalog/content-models/snapshot/catalog-lines.ts';
import { readSnapshotIndex, readSnapshotItem, readSnapshotLaws, type PublicItem, type PublicLaw, type SnapshotIndex } from '@catalog/content-models';

/**
 * The site's only data source: a published snapshot directory named by SNAPSHOT_DIR, read with
 * content-models' snapshot readers, which validate every file so a broken snapshot fails the
 * build naming the file instead of publishing a half-empty page.
 */
export function snapshotDir(): string {
  const dir = process.env.SNAPSHOT_DIR;
  if (!dir) throw new Error('未设置环境变量 SNAPSHOT_DIR：请指向已发布的快照目录（含 meta.json、catalog.json、items/）');
  if (!existsSync(join(dir, 'meta.json'))) throw new Error(`SNAPSHOT_DIR="${dir}" 不是快照目录：缺少 meta.json`);
  return dir;
}

let cached: { dir: string; index: Promise<SnapshotIndex> } | undefined;
/** The renderer's entries by line, kept from one snapshot to the next (see catalog-lines.ts). */
let catalogReader: ReturnType<typeof catalogLineReader> | undefined;

/**
 * Everything but the full guides, read once per build. Cached per snapshot directory: the
 * incremental publisher's long-lived renderer points SNAPSHOT_DIR at each new snapshot in turn.
 */
export function loadIndex(): Promise<SnapshotIndex> {
  const dir = snapshotDir();
  // The incremental renderer (scripts/lib/incremental/render-server.ts) reads only snapshots
  // writeSnapshotDelta wrote, whose catalog entries it checked; a full build checks everything.
  if (cached?.dir !== dir) {
    const checked = process.env.SNAPSHOT_CATALOG_CHECKED === '1';
    cached = { dir, index: readSnapshotIndex(dir, { catalogCheckedByWriter: checked, catalogReader: checked ? (catalogReader ??= catalogLineReader()) : undefined }) };
  }
  return cached.index;
}

export function loadItem(implementationCode: string): Promise<PublicItem> {
  return readSnapshotItem(snapshotDir(), implementationCode);
}

let cachedLaws: { dir: string; laws: Promise<PublicLaw[]> } | undefined;

/** The law register (laws.json), empty for snapshots without one; cached per snapshot directory. */
export function loadLaws(): Promise<PublicLaw[]> {
  const dir = snapshotDir();
  if (cachedLaws?.dir !== dir) cachedLaws = { dir, laws: readSnapshotLaws(dir) };
  return cachedLaws.laws;
}
