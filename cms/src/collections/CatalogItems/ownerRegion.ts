import type { CollectionBeforeValidateHook, Field, PayloadRequest, RelationshipFieldSingleValidation } from 'payload';
import { regionAncestors } from '@catalog/content-models/codes/index.ts';
import { isAdminField } from '../../access/isAdmin.ts';
import { idOf, type Doc, type Id } from '../../workflow/docs.ts';
import { byId } from '../../workflow/proposal.ts';

// byId: the 梳理表 import reads each unit and region once for all its rows (see readCache).
async function regionOfUnit(req: PayloadRequest, unit: Id | undefined): Promise<Id | undefined> {
  if (unit === undefined) return undefined;
  const doc = await byId(req, 'units', unit);
  return idOf(doc?.region);
}

async function regionCode(req: PayloadRequest, region: Id | undefined): Promise<{ code: string; name: string } | undefined> {
  if (region === undefined) return undefined;
  const doc = await byId(req, 'regions', region);
  return doc ? { code: String(doc.code), name: String(doc.name) } : undefined;
}

/**
 * 目录所属区划 left empty is the owning unit's region: a unit lists its items in its own level's
 * catalog, as before there was a field for it. An item saved before the field existed gets it on
 * its next save the same way.
 */
export const defaultOwnerRegion: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data || idOf(data.region) !== undefined) return data;
  if (originalDoc && idOf(originalDoc.region) !== undefined && !('region' in data)) return data;
  const region = await regionOfUnit(req, idOf(data.unit ?? originalDoc?.unit));
  return region === undefined ? data : { ...data, region };
};

/** The owning unit must belong to the catalog's region: a county unit cannot keep the province's catalog. */
const unitWithinRegion: RelationshipFieldSingleValidation = async (value, { req, data, siblingData }) => {
  const region = idOf(value);
  if (region === undefined) return true;
  const item = region === undefined ? undefined : await regionCode(req, region);
  if (!item) return `目录所属区划“${String(region)}”不存在，请选择已有的行政区划`;
  const unitRegion = await regionCode(req, await regionOfUnit(req, idOf((siblingData as Doc | undefined)?.unit ?? (data as Doc | undefined)?.unit)));
  if (!unitRegion) return true;
  if (regionAncestors(unitRegion.code).includes(item.code)) return true;
  return `目录所属区划“${item.name}（${item.code}）”不包含责任单位所在的“${unitRegion.name}（${unitRegion.code}）”：目录只能由本区划或下辖区划的单位维护，请选择责任单位所在区划或其上级区划`;
};

/**
 * 目录所属区划: the level (province, city, county) whose catalog lists the item — its 参考目录 for
 * the levels below, which their units 认领 into their 实施清单. Only administrators set it; for
 * everyone else it is the owning unit's region.
 */
export const ownerRegionField: Field = {
  name: 'region',
  type: 'relationship',
  relationTo: 'regions',
  label: '目录所属区划',
  index: true,
  access: { create: isAdminField, update: isAdminField },
  validate: unitWithinRegion,
  admin: {
    description: '列出本事项的目录所在的行政区划（省、市、县）。下级区划的单位可以“认领”本事项，编入本单位的实施清单。留空时取责任单位所在区划。',
  },
};
