import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import type { z } from 'zod';
import { unitRefSchema, type UnitRef } from '../guide/guide-schema.ts';
import type { Synonym } from '../search/synonyms.ts';
import { catalogBases, publicLawSchema, type PublicLaw } from '../laws/public-law.ts';
import {
  itemRatingsSchema,
  type ItemRatings,
  catalogEntrySchema,
  consultationSchema,
  publicAdjustmentSchema,
  publicItemSchema,
  regionSchema,
  siteSettingsSchema,
  snapshotMetaSchema,
  SNAPSHOT_SCHEMA_VERSION,
  type CatalogEntry,
  type Consultation,
  type PublicAdjustment,
  type PublicItem,
  type Region,
  type SiteSettings,
  type SnapshotMeta,
} from './snapshot-schema.ts';
import type { CatalogText } from './catalog-lines.ts';
import { writeWholeFile } from '../files/write-whole-file.ts';

/** A whole snapshot in memory. Large catalogs should read items one by one instead. */
export interface Snapshot {
  meta: SnapshotMeta;
  catalog: CatalogEntry[];
  items: PublicItem[];
  units: UnitRef[];
  regions: Region[];
  adjustments: PublicAdjustment[];
  consultations: Consultation[];
  settings: SiteSettings;
  /** 好差评 per item (ratings.json); undefined when the snapshot has none (no CMS behind it). */
  ratings?: ItemRatings[];
}

export type SnapshotIndex = Omit<Snapshot, 'items'>;

export interface SnapshotParts {
  items: AsyncIterable<PublicItem> | Iterable<PublicItem>;
  units: UnitRef[];
  regions: Region[];
  adjustments: PublicAdjustment[];
  consultations: Consultation[];
  settings: SiteSettings;
  /** The site's search synonyms; left out by writers that have none (generated catalogs). */
  synonyms?: readonly Synonym[];
  /** The law register (laws.json); left out by writers that have none (generated catalogs). */
  laws?: readonly PublicLaw[];
  /** 好差评 counts per item; left out by writers without a CMS (generated catalogs). */
  ratings?: readonly ItemRatings[];
  siteVersion?: string;
  now?: Date;
}

/** Implementation codes become file names, so only [0-9A-Z] is accepted (no path traversal). */
const SAFE_CODE = /^[0-9A-Z]+$/;
/** How many item files are written at once: enough to hide latency, few enough to bound memory. */
const WRITE_CONCURRENCY = 32;

export function assertSafeImplementationCode(code: string): void {
  if (!SAFE_CODE.test(code)) {
    throw new Error(`实施编码「${code}」不能用作快照文件名：只允许数字 0–9 和大写字母 A–Z（Implementation code must match [0-9A-Z]+）`);
  }
}

export function itemFileName(implementationCode: string): string {
  assertSafeImplementationCode(implementationCode);
  return `${implementationCode}.json`;
}

/** The catalog entry of an item as writeSnapshotDelta writes it: checked, since readers may trust it (IndexReadOptions). */
export function checkedCatalogEntry(item: PublicItem): CatalogEntry {
  const entry = toCatalogEntry(item);
  // The entry itself is kept (not the parser's copy): its keys stay in the order writeSnapshot writes them.
  parseWith(catalogEntrySchema, `catalog.json（${item.implementationCode}）`, entry);
  return entry;
}

export function toCatalogEntry(item: PublicItem): CatalogEntry {
  return {
    implementationCode: item.implementationCode,
    basicCode: item.basicCode,
    name: item.name,
    aliases: item.aliases,
    itemType: item.itemType,
    category: item.category,
    serviceObjects: item.serviceObjects,
    themes: item.themes,
    level: item.level,
    unitId: item.unit.id,
    unitName: item.unit.name,
    unitKind: item.unit.kind,
    regionCode: item.region.code,
    regionName: item.region.name,
    status: item.status,
    ...(item.visits === undefined ? {} : { visits: item.visits }),
    ...(item.promisedDays === undefined ? {} : { promisedDays: item.promisedDays }),
    ...(item.promisedDayKind === undefined ? {} : { promisedDayKind: item.promisedDayKind }),
    charged: item.charged,
    ...(item.transferableToSociety ? { transferableToSociety: true } : {}),
    ...(item.intermediaryServices.length ? { intermediaryServices: item.intermediaryServices } : {}),
    updatedAt: item.updatedAt,
    views: item.views,
    legalBasis: catalogBases(item.legalBasis),
  };
}

/** Chinese (with the English field path) naming the file, the field, the value and the rule. */
function describeIssues(file: string, error: z.ZodError, data: unknown): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      let value: unknown = data;
      for (const key of issue.path) value = value === null || typeof value !== 'object' ? undefined : (value as Record<PropertyKey, unknown>)[key as PropertyKey];
      const shown = value === undefined ? '缺失' : JSON.stringify(value)?.slice(0, 80);
      return `快照文件 ${file} 的字段「${path || '(根)'}」无效（值：${shown}）：${issue.message}`;
    })
    .join('\n');
}

function parseWith<T>(schema: z.ZodType<T>, file: string, data: unknown): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeIssues(file, result.error, data));
  return result.data;
}

async function readText(dir: string, file: string): Promise<string> {
  try {
    return await readFile(join(dir, file), 'utf8');
  } catch (error) {
    throw new Error(`无法读取快照文件 ${file}（目录 ${dir}）：${(error as Error).message}`);
  }
}

async function readJson(dir: string, file: string): Promise<unknown> {
  const text = await readText(dir, file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`快照文件 ${file} 不是有效的 JSON：${(error as Error).message}`);
  }
}

/**
 * One index file (meta, catalog, adjustments, settings …) of a snapshot this system wrote and
 * validated, read without validating it again: re-parsing 100,000 catalog entries would cost
 * seconds on the incremental publication's clock.
 */
export async function readTrustedSnapshotFile<T>(dir: string, file: string): Promise<T> {
  return (await readJson(dir, file)) as T;
}

async function writeJson(dir: string, file: string, data: unknown): Promise<void> {
  await writeWholeFile(join(dir, file), `${JSON.stringify(data)}\n`);
}

/** Writes catalog.json one entry at a time, honouring back-pressure. */
function catalogWriter(path: string) {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let first = true;
  return {
    async add(entry: CatalogEntry): Promise<void> {
      const chunk = `${first ? '[\n' : ',\n'}${JSON.stringify(entry)}`;
      first = false;
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    async close(): Promise<void> {
      stream.end(first ? '[]\n' : '\n]\n');
      await once(stream, 'finish');
    },
    destroy(): void {
      stream.destroy();
    },
  };
}

/**
 * Writes a snapshot directory. Items stream through (only their catalog entries are kept); the
 * snapshot is assembled in a sibling temporary directory and renamed into place, so a reader sees
 * either the previous snapshot or the complete new one, never a half-written one.
 */
export async function writeSnapshot(dir: string, parts: SnapshotParts): Promise<SnapshotMeta> {
  const now = parts.now ?? new Date();
  const temp = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}-${now.getTime()}`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(join(temp, 'items'), { recursive: true });
  const catalog = catalogWriter(join(temp, 'catalog.json'));
  try {
    const seen = new Set<string>();
    let items = 0;
    let cancelledItems = 0;
    const pending = new Set<Promise<void>>();
    for await (const item of parts.items) {
      const code = item.implementationCode;
      if (seen.has(code)) throw new Error(`实施编码「${code}」重复：快照中每个事项的实施编码必须唯一`);
      seen.add(code);
      const write = writeJson(join(temp, 'items'), itemFileName(code), item).finally(() => pending.delete(write));
      // Marks the promise handled; its failure still surfaces through Promise.race/all below.
      write.catch(() => undefined);
      pending.add(write);
      if (pending.size >= WRITE_CONCURRENCY) await Promise.race(pending);
      await catalog.add(toCatalogEntry(item));
      items += 1;
      if (item.status === 'cancelled') cancelledItems += 1;
    }
    await Promise.all(pending);
    await catalog.close();
    const meta: SnapshotMeta = {
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      generatedAt: now.toISOString(),
      siteVersion: parts.siteVersion ?? now.toISOString().replace(/\D/g, '').slice(0, 14),
      counts: { items, activeItems: items - cancelledItems, cancelledItems, units: parts.units.length, adjustments: parts.adjustments.length },
    };
    await writeJson(temp, 'units.json', parts.units);
    await writeJson(temp, 'regions.json', parts.regions);
    await writeJson(temp, 'adjustments.json', parts.adjustments);
    await writeJson(temp, 'consultations.json', parts.consultations);
    await writeJson(temp, 'settings.json', parts.settings);
    if (parts.synonyms) await writeJson(temp, 'synonyms.json', parts.synonyms);
    if (parts.laws) await writeJson(temp, 'laws.json', parts.laws);
    if (parts.ratings) await writeJson(temp, 'ratings.json', parts.ratings);
    // meta.json last: its presence marks a finished snapshot even inside the temporary directory.
    await writeJson(temp, 'meta.json', meta);
    await swapIntoPlace(temp, dir);
    return meta;
  } catch (error) {
    catalog.destroy();
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Moves the old snapshot aside and the new one in; the gap is two renames on the same disk. */
async function swapIntoPlace(temp: string, dir: string): Promise<void> {
  const exists = await stat(dir).then(() => true, () => false);
  if (!exists) {
    await rename(temp, dir);
    return;
  }
  const old = `${temp}.old`;
  await rename(dir, old);
  await rename(temp, dir);
  await rm(old, { recursive: true, force: true });
}

export interface IndexReadOptions {
  /**
   * catalog.json is not checked again: only for a snapshot written by writeSnapshotDelta, which
   * checks each entry it writes and copies the rest from a snapshot read with the checks on (the
   * incremental renderer: re-checking 100,000 entries cost a second of every publication).
   */
  catalogCheckedByWriter?: boolean;
  /**
   * With catalogCheckedByWriter: a long-lived reader (catalogLineReader) that gives back the
   * entries of unchanged lines as the same objects it gave before (the incremental renderer).
   */
  catalogReader?: (text: string) => CatalogText;
}

/** catalog.json of a snapshot this system wrote and checked, through a line reader (catalog-lines.ts). */
export async function readTrustedCatalog(dir: string, reader: (text: string) => CatalogText): Promise<CatalogText> {
  const text = await readText(dir, 'catalog.json');
  try {
    return reader(text);
  } catch (error) {
    throw new Error(`快照文件 catalog.json 不是有效的 JSON（目录 ${dir}）：${(error as Error).message}`);
  }
}

function readCatalog(dir: string, options: IndexReadOptions): Promise<CatalogEntry[]> {
  if (options.catalogCheckedByWriter && options.catalogReader) return readTrustedCatalog(dir, options.catalogReader).then((read) => read.catalog);
  return readJson(dir, 'catalog.json').then((d) => (options.catalogCheckedByWriter ? (d as CatalogEntry[]) : parseWith(catalogEntrySchema.array(), 'catalog.json', d)));
}

export async function readSnapshotIndex(dir: string, options: IndexReadOptions = {}): Promise<SnapshotIndex> {
  const [meta, catalog, units, regions, adjustments, consultations, settings] = await Promise.all([
    readJson(dir, 'meta.json').then((d) => parseWith(snapshotMetaSchema, 'meta.json', d)),
    readCatalog(dir, options),
    readJson(dir, 'units.json').then((d) => parseWith(unitRefSchema.array(), 'units.json', d)),
    readJson(dir, 'regions.json').then((d) => parseWith(regionSchema.array(), 'regions.json', d)),
    readJson(dir, 'adjustments.json').then((d) => parseWith(publicAdjustmentSchema.array(), 'adjustments.json', d)),
    readJson(dir, 'consultations.json').then((d) => parseWith(consultationSchema.array(), 'consultations.json', d)),
    readJson(dir, 'settings.json').then((d) => parseWith(siteSettingsSchema, 'settings.json', d)),
  ]);
  const ratings = existsSync(join(dir, 'ratings.json')) ? parseWith(itemRatingsSchema.array(), 'ratings.json', await readJson(dir, 'ratings.json')) : undefined;
  return { meta, catalog, units, regions, adjustments, consultations, settings, ...(ratings ? { ratings } : {}) };
}

/** The law register of a snapshot; an empty list for snapshots without one (older or generated). */
export async function readSnapshotLaws(dir: string): Promise<PublicLaw[]> {
  if (!existsSync(join(dir, 'laws.json'))) return [];
  return parseWith(publicLawSchema.array(), 'laws.json', await readJson(dir, 'laws.json'));
}

export async function readSnapshotItem(dir: string, implementationCode: string): Promise<PublicItem> {
  const file = `items/${itemFileName(implementationCode)}`;
  const item = parseWith(publicItemSchema, file, await readJson(dir, file));
  if (item.implementationCode !== implementationCode) {
    throw new Error(`快照文件 ${file} 的实施编码是「${item.implementationCode}」，与文件名「${implementationCode}」不一致`);
  }
  return item;
}

/** Every item, one at a time, in catalog order. */
export async function* readSnapshotItems(dir: string): AsyncIterable<PublicItem> {
  const catalog = parseWith(catalogEntrySchema.array(), 'catalog.json', await readJson(dir, 'catalog.json'));
  for (const entry of catalog) yield await readSnapshotItem(dir, entry.implementationCode);
}

/** Checks a whole snapshot: every file valid, every catalog entry backed by its item, counts right. */
export async function validateSnapshot(dir: string): Promise<{ ok: boolean; errors: string[] }> {
  const errors: string[] = [];
  let index: SnapshotIndex;
  try {
    index = await readSnapshotIndex(dir);
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
  let cancelled = 0;
  for (const entry of index.catalog) {
    try {
      const item = await readSnapshotItem(dir, entry.implementationCode);
      if (item.status === 'cancelled') cancelled += 1;
      if (item.name !== entry.name || item.status !== entry.status) {
        errors.push(`catalog.json 中「${entry.implementationCode}」的名称或状态与事项文件不一致`);
      }
    } catch (error) {
      errors.push((error as Error).message);
    }
    if (errors.length >= 50) break;
  }
  const { counts } = index.meta;
  if (counts.items !== index.catalog.length) errors.push(`meta.json 的 counts.items 为 ${counts.items}，但 catalog.json 有 ${index.catalog.length} 项`);
  if (counts.cancelledItems !== cancelled && errors.length === 0) errors.push(`meta.json 的 counts.cancelledItems 为 ${counts.cancelledItems}，实际已取消事项 ${cancelled} 项`);
  if (counts.adjustments !== index.adjustments.length) errors.push(`meta.json 的 counts.adjustments 为 ${counts.adjustments}，但 adjustments.json 有 ${index.adjustments.length} 条`);
  if (counts.units !== index.units.length) errors.push(`meta.json 的 counts.units 为 ${counts.units}，但 units.json 有 ${index.units.length} 个单位`);
  return { ok: errors.length === 0, errors };
}
