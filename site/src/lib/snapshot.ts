import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  catalogEntrySchema,
  consultationSchema,
  publicAdjustmentSchema,
  publicItemSchema,
  regionSchema,
  siteSettingsSchema,
  snapshotMetaSchema,
  unitRefSchema,
  type CatalogEntry,
  type Consultation,
  type PublicAdjustment,
  type PublicItem,
  type Region,
  type SiteSettings,
  type SnapshotMeta,
  type UnitRef,
} from '@catalog/content-models';

/**
 * The site's only data source: a published snapshot directory named by SNAPSHOT_DIR.
 * Every file is validated against the snapshot schema so a broken snapshot fails the build
 * with the file name, instead of publishing a half-empty page.
 */
export interface SnapshotIndex {
  meta: SnapshotMeta;
  settings: SiteSettings;
  catalog: CatalogEntry[];
  units: UnitRef[];
  regions: Region[];
  adjustments: PublicAdjustment[];
  consultations: Consultation[];
}

export function snapshotDir(): string {
  const dir = process.env.SNAPSHOT_DIR;
  if (!dir) throw new Error('未设置环境变量 SNAPSHOT_DIR：请指向已发布的快照目录（含 meta.json、catalog.json、items/）');
  if (!existsSync(join(dir, 'meta.json'))) throw new Error(`SNAPSHOT_DIR="${dir}" 不是快照目录：缺少 meta.json`);
  return dir;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`快照文件 ${file} 无法读取或不是合法 JSON：${(error as Error).message}`);
  }
}

function parseFile<T>(file: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { message: string } } }): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) throw new Error(`快照文件 ${file} 不符合快照格式：${result.error.message}`);
  return result.data;
}

const optionalList = <T>(dir: string, name: string, schema: Parameters<typeof parseFile<T[]>>[1]): T[] =>
  existsSync(join(dir, name)) ? parseFile(join(dir, name), schema) : [];

let index: SnapshotIndex | undefined;

export function loadIndex(): SnapshotIndex {
  if (index) return index;
  const dir = snapshotDir();
  index = {
    meta: parseFile(join(dir, 'meta.json'), snapshotMetaSchema),
    settings: parseFile(join(dir, 'settings.json'), siteSettingsSchema),
    catalog: parseFile(join(dir, 'catalog.json'), catalogEntrySchema.array()),
    units: optionalList(dir, 'units.json', unitRefSchema.array()),
    regions: optionalList(dir, 'regions.json', regionSchema.array()),
    adjustments: optionalList(dir, 'adjustments.json', publicAdjustmentSchema.array()),
    consultations: optionalList(dir, 'consultations.json', consultationSchema.array()),
  };
  return index;
}

export function loadItem(implementationCode: string): PublicItem {
  return parseFile(join(snapshotDir(), 'items', `${implementationCode}.json`), publicItemSchema);
}
