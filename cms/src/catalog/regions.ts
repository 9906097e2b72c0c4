import { regionAncestors } from '@catalog/content-models/codes/index.ts';
import type { PayloadRequest } from 'payload';
import { idOf, type Doc, type Id } from '../workflow/docs.ts';

export interface RegionInfo {
  id: Id;
  code: string;
  name: string;
  level: string;
}

/** 行使层级 a unit without one of its own exercises at, by its region's level. */
export const levelOfRegion: Record<string, string> = { province: '2', city: '3', county: '4', town: '5', village: '6' };

export async function regionById(req: PayloadRequest, id: Id | undefined): Promise<RegionInfo | undefined> {
  if (id === undefined) return undefined;
  const doc = (await req.payload.findByID({ collection: 'regions', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null;
  return doc ? { id: doc.id as Id, code: String(doc.code), name: String(doc.name), level: String(doc.level) } : undefined;
}

/** Whether region `inner` lies within `outer` (or is it), by the division codes. */
export function isWithin(inner: RegionInfo, outer: RegionInfo): boolean {
  return regionAncestors(inner.code).includes(outer.code);
}

/** 目录所属区划 of an item: its own, or its owning unit's region for an item saved before the field existed. */
export async function ownerRegionOf(req: PayloadRequest, item: Doc): Promise<RegionInfo | undefined> {
  const own = idOf(item.region);
  if (own !== undefined) return regionById(req, own);
  const unit = idOf(item.unit);
  if (unit === undefined) return undefined;
  const owner = (await req.payload.findByID({ collection: 'units', id: unit, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null;
  return regionById(req, idOf(owner?.region));
}
