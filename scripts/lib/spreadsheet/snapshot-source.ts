import { guideSchema, type Guide } from '../../../content-models/src/guide/guide-schema.ts';
import { readSnapshotIndex, readSnapshotItem, readSnapshotItems } from '../../../content-models/src/snapshot/snapshot-io.ts';
import type { Directory, ExistingItem } from '../../../content-models/src/spreadsheet/index.ts';

/** What import checks against: the units and regions of the system and the items already in the catalog. */
export interface ImportContext extends Directory {
  existing: ExistingItem[];
}

/** Units, regions and existing codes from a published snapshot directory (until the CMS import lands). */
export async function importContextFromSnapshot(dir: string): Promise<ImportContext> {
  const index = await readSnapshotIndex(dir);
  return {
    units: index.units,
    regions: index.regions.map(({ code, name, level }) => ({ code, name, level })),
    existing: index.catalog.map((entry) => ({
      implementationCode: entry.implementationCode,
      basicCode: entry.basicCode,
      name: entry.name,
      unitId: entry.unitId,
    })),
  };
}

/** The guides of a snapshot's items in catalog order; cancelled items only when asked for. */
export async function guidesFromSnapshot(dir: string, includeCancelled = false): Promise<Guide[]> {
  const guides: Guide[] = [];
  for await (const item of readSnapshotItems(dir)) {
    if (item.status === 'cancelled' && !includeCancelled) continue;
    guides.push(guideSchema.parse(item));
  }
  return guides;
}

/** The published guides of those codes that the snapshot holds, to tell 新增, 变更 and unchanged apart. */
export async function currentGuides(dir: string, context: ImportContext, codes: Iterable<string>): Promise<Map<string, Guide>> {
  const known = new Set(context.existing.map((item) => item.implementationCode));
  const guides = new Map<string, Guide>();
  for (const code of codes) {
    if (known.has(code)) guides.set(code, guideSchema.parse(await readSnapshotItem(dir, code)));
  }
  return guides;
}
