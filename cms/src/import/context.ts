import type { ExistingItem } from '@catalog/content-models/spreadsheet/index.ts';
import type { RegionRef, UnitRef } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { toGuideDraft } from '../guide/toGuideDraft.ts';
import { idOf, text, type Doc, type Id } from '../workflow/docs.ts';
import { newestDrafts } from './newestDrafts.ts';

/** A media document as a file cell refers to it (by the file name at the end of its URL). */
export interface MediaEntry {
  id: Id;
  doc: Doc;
}

/** What a workbook is checked against, read from the CMS as the system (drafts included). */
export interface CmsImportContext {
  units: UnitRef[];
  regions: RegionRef[];
  unitIds: Map<string, Id>;
  regionIds: Map<string, Id>;
  /** Every implementation code in the CMS, published or not, plus codes proposed by open 新增 adjustments. */
  existing: ExistingItem[];
  media: Map<string, MediaEntry>;
  unitById: Map<string, UnitRef>;
  regionById: Map<string, RegionRef>;
  /** Codes proposed by open 新增 adjustments that have no implementation yet, with the adjustment id. */
  proposedCodes: Map<string, Id>;
}

const all = { pagination: false, depth: 0, overrideAccess: true } as const;

/** The file name a media URL or a bare file name names, so `/api/media/file/a.pdf` and `a.pdf` match. */
export function mediaKey(urlOrName: string): string {
  const last = urlOrName.split('?')[0]!.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export async function loadImportContext(req: PayloadRequest): Promise<CmsImportContext> {
  const { payload } = req;
  const units = (await payload.find({ collection: 'units', ...all, req })).docs as unknown as Doc[];
  const regions = (await payload.find({ collection: 'regions', ...all, req })).docs as unknown as Doc[];
  const items = await newestDrafts(req, 'catalog-items', { basicCode: true, name: true });
  const implementations = await newestDrafts(req, 'implementations', { implementationCode: true, name: true, unit: true, catalogItem: true });
  const adjustments = (
    await payload.find({ collection: 'adjustments', ...all, where: { and: [{ kind: { equals: 'add' } }, { implementation: { exists: false } }] }, req })
  ).docs as unknown as Doc[];
  const media = (await payload.find({ collection: 'media', ...all, req })).docs as unknown as Doc[];

  const itemById = new Map(items.map((item) => [String(item.id), item]));
  const existing: ExistingItem[] = implementations.map((impl) => {
    const item = itemById.get(String(idOf(impl.catalogItem)));
    return {
      implementationCode: String(impl.implementationCode ?? ''),
      basicCode: String(item?.basicCode ?? ''),
      name: String(impl.name ?? item?.name ?? ''),
      unitId: String(idOf(impl.unit) ?? ''),
    };
  });
  const proposedCodes = new Map<string, Id>();
  const known = new Set(existing.map((e) => e.implementationCode));
  for (const adjustment of adjustments) {
    if (adjustment.state === 'rejected') continue;
    const proposed = (adjustment.proposedVersion ?? {}) as Doc;
    const code = text(proposed.implementationCode);
    if (code) proposedCodes.set(code, adjustment.id as Id);
    if (code && !known.has(code)) {
      existing.push({ implementationCode: code, basicCode: String(proposed.basicCode ?? ''), name: String(proposed.name ?? ''), unitId: String(idOf(adjustment.unit) ?? '') });
    }
  }
  const unitRefs = units.map((unit) => toGuideDraft({ implementation: {}, unit }).unit!);
  const regionRefs = regions.map((region) => toGuideDraft({ implementation: {}, region }).region!);
  return {
    units: unitRefs,
    regions: regionRefs,
    unitById: new Map(unitRefs.map((unit) => [unit.id, unit])),
    regionById: new Map(regions.map((region, index) => [String(region.id), regionRefs[index]!])),
    proposedCodes,
    unitIds: new Map(units.map((unit) => [String(unit.id), unit.id as Id])),
    regionIds: new Map(regions.map((region) => [String(region.code), region.id as Id])),
    existing,
    media: new Map(media.map((doc) => [String(doc.filename ?? ''), { id: doc.id as Id, doc }])),
  };
}
