import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  SNAPSHOT_SCHEMA_VERSION,
  type CatalogEntry,
  type PublicItem,
  type Region,
  type SiteSettings,
  type SnapshotMeta,
  type UnitRef,
} from '@catalog/content-models';
import { catalogLineReader, catalogText } from '@catalog/content-models/snapshot/catalog-lines.ts';
import { checkedCatalogEntry, itemFileName, readTrustedCatalog, readTrustedSnapshotFile, type SnapshotParts } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { copySnapshot } from '@catalog/content-models/snapshot/snapshot-spare.ts';

/** One item of an incremental snapshot: what the catalog said before (absent for a new item) and now. */
export interface ChangedItem {
  code: string;
  before?: CatalogEntry;
  after: CatalogEntry;
}

/** The parts of a whole snapshot, but only the items written anew (a code not in the previous catalog is appended). */
export type SnapshotDeltaParts = Omit<SnapshotParts, 'items' | 'siteVersion'> & { items: PublicItem[]; siteVersion: string };

export type SnapshotDeltaResult = { ok: true; meta: SnapshotMeta; changed: ChangedItem[]; catalog: CatalogEntry[]; previousCatalog: CatalogEntry[] } | { ok: false; reason: string };

const json = (data: unknown) => `${JSON.stringify(data)}\n`;

/**
 * The previous catalog, read by line: the entries of lines unchanged since the last publication
 * are the objects read then (frozen), and only changed lines are parsed and written anew. Keeps
 * one catalog's entries in memory between publications (~150 MB at 100,000 items).
 */
const readCatalog = catalogLineReader();

/**
 * Writes the next snapshot as hard links to the previous one (snapshot-spare.ts) with only the changed items and
 * the index files written anew. Hard-linked files are shared with the previous snapshot (which
 * the live release was built from), so nothing is ever written into them: every new file is
 * written under a temporary name and renamed over its link, which replaces the directory entry
 * and leaves the shared inode as it was. The whole directory is assembled beside `dir` and
 * renamed into place, so a failure leaves no half-written snapshot.
 *
 * Refuses (→ the caller rebuilds in full) what the page dependency map does not cover: another
 * snapshot format, changed site settings, units or regions (they are copied into every item), and
 * changed search synonyms (every item's search entry is built with them), and a changed law register
 * (laws.json and its open-data files).
 */
export async function writeSnapshotDelta(previousDir: string, dir: string, parts: SnapshotDeltaParts): Promise<SnapshotDeltaResult> {
  // The previous snapshot was validated when its site was built (its catalog entries one by one as
  // they were written, see checkedCatalogEntry); the new one's items are validated as the renderer reads them.
  const read = <T>(file: string) => readTrustedSnapshotFile<T>(previousDir, file);
  const previous = {
    meta: await read<SnapshotMeta>('meta.json'),
    catalog: await readTrustedCatalog(previousDir, readCatalog),
    settings: await read<SiteSettings>('settings.json'),
    units: await read<UnitRef[]>('units.json'),
    regions: await read<Region[]>('regions.json'),
    // Absent from snapshots written before the synonyms were exported: differs, so rebuilt in full.
    synonyms: parts.synonyms && (await read<unknown>('synonyms.json').catch(() => undefined)),
    // Absent from snapshots written before the register was exported: differs, so rebuilt in full.
    laws: parts.laws && (await read<unknown>('laws.json').catch(() => undefined)),
  };
  if (previous.meta.schemaVersion !== SNAPSHOT_SCHEMA_VERSION) return { ok: false, reason: `快照格式版本已变（${previous.meta.schemaVersion} → ${SNAPSHOT_SCHEMA_VERSION}）` };
  if (json(previous.settings) !== json(parts.settings)) return { ok: false, reason: '网站设置已修改' };
  if (json(previous.units) !== json(parts.units)) return { ok: false, reason: '实施部门信息已修改' };
  if (json(previous.regions) !== json(parts.regions)) return { ok: false, reason: '行政区划已修改' };
  if (parts.synonyms && json(previous.synonyms) !== json(parts.synonyms)) return { ok: false, reason: '搜索同义词已修改' };
  if (parts.laws && json(previous.laws) !== json(parts.laws)) return { ok: false, reason: '法律法规库已修改' };

  const now = parts.now ?? new Date();
  const position = new Map(previous.catalog.catalog.map((entry, i) => [entry.implementationCode, i]));
  const catalog = [...previous.catalog.catalog];
  const lines = [...previous.catalog.lines];
  const changed: ChangedItem[] = [];
  const seen = new Set<string>();
  for (const item of parts.items) {
    const code = item.implementationCode;
    itemFileName(code); // refuses unsafe codes before anything is written
    if (seen.has(code)) throw new Error(`实施编码「${code}」重复：快照中每个事项的实施编码必须唯一`);
    seen.add(code);
    // Checked here, so the renderer can read the catalog without checking every entry again.
    const entry = checkedCatalogEntry(item);
    const at = position.get(code);
    if (at === undefined) {
      position.set(code, catalog.length);
      catalog.push(entry);
      lines.push(JSON.stringify(entry));
      changed.push({ code, after: entry });
    } else {
      changed.push({ code, before: catalog[at], after: entry });
      catalog[at] = entry;
      lines[at] = JSON.stringify(entry);
    }
  }

  const temp = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}-${now.getTime()}`);
  await rm(temp, { recursive: true, force: true });
  try {
    // The spare linked after the previous publication went live, else a fresh hard-link copy.
    await copySnapshot(previousDir, temp);
    const replace = async (file: string, text: string) => {
      const path = join(temp, file);
      await writeFile(`${path}.new`, text, 'utf8');
      await rename(`${path}.new`, path);
    };
    await Promise.all(parts.items.map((item) => replace(join('items', itemFileName(item.implementationCode)), json(item))));
    const cancelledItems = catalog.filter((entry) => entry.status === 'cancelled').length;
    const meta: SnapshotMeta = {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generatedAt: now.toISOString(),
      siteVersion: parts.siteVersion,
      counts: { items: catalog.length, activeItems: catalog.length - cancelledItems, cancelledItems, units: parts.units.length, adjustments: parts.adjustments.length },
    };
    // The same layout writeSnapshot streams: one entry a line; unchanged lines as they were.
    await replace('catalog.json', catalogText(lines));
    await replace('adjustments.json', json(parts.adjustments));
    await replace('consultations.json', json(parts.consultations));
    if (parts.ratings) await replace('ratings.json', json(parts.ratings));
    await replace('meta.json', json(meta));
    await mkdir(dirname(dir), { recursive: true });
    await rm(dir, { recursive: true, force: true });
    await rename(temp, dir);
    return { ok: true, meta, changed, catalog, previousCatalog: previous.catalog.catalog };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
