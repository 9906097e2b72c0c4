import { regionAncestors } from '../codes/region-ancestors.ts';
import type { LegalBasis } from '../guide/guide-schema.ts';
import { responsibleUnits, type DepartmentUnit } from './departments.ts';
import { deviationsFrom, type Deviation } from './deviations.ts';

/**
 * 认领情况: for each county, which items of the reference catalogs above it (参考目录 of the
 * province and the city, 目录清单 of the county itself) its units have taken into their 实施清单
 * (认领), which they have not, and where a claimed implementation no longer says what the item says.
 *
 * - A reference item of a county is a catalog item owned by a region containing the county (or the
 *   county itself) whose 行使层级 include 县级, or state no level at all (unknown is not "not here").
 *   Cancelled items are never missing; a unit still implementing one is a deviation.
 * - Claimed: the unit has an implementation of the item, draft or published; one cancelled by a
 *   published 取消 stays listed (the unit has dealt with the item) and is not compared.
 * - Missing: no unit of the county implements the item. It is listed under each responsible unit
 *   (对口单位, see departments.ts), or under the county as 未落实对口单位 when there is none.
 * Only units whose region is the county itself are the county's units.
 */
export interface ReportRegion {
  code: string;
  name: string;
}

export interface ReportUnit {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  regionName: string;
}

export interface ReportItem {
  id: string;
  name: string;
  basicCode: string;
  itemType: string;
  legalBasis: readonly LegalBasis[];
  status: string;
  /** 行使层级 codes (1–6); empty when the item states none. */
  levels: readonly string[];
  /** 目录所属区划: the region whose catalog lists the item. */
  regionCode: string;
  ownerUnitId: string;
}

export interface ReportImplementation {
  id: string;
  unitId: string;
  catalogItemId: string;
  name?: string;
  implementationCode?: string;
  itemType?: string;
  legalBasis?: readonly LegalBasis[];
  published: boolean;
  cancelled: boolean;
}

export interface ClaimsReportInput {
  counties: readonly ReportRegion[];
  /** Catalog items of the counties and of every region above them (published ones). */
  items: readonly ReportItem[];
  /** The counties' units and the items' owning units. */
  units: readonly ReportUnit[];
  implementations: readonly ReportImplementation[];
  /** Only these units' lines (a unit's own view); every unit when absent. */
  onlyUnitIds?: readonly string[];
}

export interface ItemRef {
  itemId: string;
  name: string;
  basicCode: string;
  /** 目录所属区划 code: whose catalog lists it. */
  regionCode: string;
}

export interface ClaimLine extends ItemRef {
  implementationId: string;
  implementationCode?: string;
  published: boolean;
  cancelled: boolean;
  deviations: Deviation[];
}

export interface UnitClaims {
  unitId: string;
  unitName: string;
  claimed: ClaimLine[];
  missing: ItemRef[];
  /** The claimed lines with at least one deviation. */
  deviating: ClaimLine[];
}

export interface CountyClaims {
  code: string;
  name: string;
  referenceItems: number;
  units: UnitClaims[];
  /** Missing items no unit of the county answers for (未落实对口单位). */
  unassigned: ItemRef[];
}

export interface ClaimsReport {
  counties: CountyClaims[];
}

const countyLevel = '4';

function expectedAtCounty(item: ReportItem): boolean {
  return item.status !== 'cancelled' && (item.levels.length === 0 || item.levels.includes(countyLevel));
}

const refOf = (item: ReportItem): ItemRef => ({ itemId: item.id, name: item.name, basicCode: item.basicCode, regionCode: item.regionCode });

/** Province's items first, then the city's, then the county's; by basic code within each. */
const byCode = (a: ItemRef, b: ItemRef) => a.regionCode.localeCompare(b.regionCode) || a.basicCode.localeCompare(b.basicCode);

export function claimsReport(input: ClaimsReportInput): ClaimsReport {
  const unitsById = new Map(input.units.map((u) => [u.id, u]));
  const itemsById = new Map(input.items.map((i) => [i.id, i]));
  const only = input.onlyUnitIds ? new Set(input.onlyUnitIds) : undefined;
  const implementationsOf = new Map<string, ReportImplementation[]>();
  for (const implementation of input.implementations) {
    implementationsOf.set(implementation.unitId, [...(implementationsOf.get(implementation.unitId) ?? []), implementation]);
  }
  const ownedCodes = new Map<string, string[]>();
  for (const item of input.items) ownedCodes.set(item.ownerUnitId, [...(ownedCodes.get(item.ownerUnitId) ?? []), item.basicCode]);

  const counties = input.counties.map((county): CountyClaims => {
    const scope = new Set(regionAncestors(county.code));
    const reference = input.items.filter((item) => scope.has(item.regionCode));
    const referenceIds = new Set(reference.map((item) => item.id));
    const units = input.units.filter((u) => u.regionCode === county.code);
    const claimedIds = new Set(
      units.flatMap((u) => (implementationsOf.get(u.id) ?? []).map((i) => i.catalogItemId)).filter((id) => referenceIds.has(id)),
    );
    const departmentUnits: DepartmentUnit[] = units.map((u) => ({
      id: u.id,
      name: u.name,
      kind: u.kind,
      regionName: u.regionName,
      basicCodes: [
        ...(ownedCodes.get(u.id) ?? []),
        ...(implementationsOf.get(u.id) ?? []).map((i) => itemsById.get(i.catalogItemId)?.basicCode ?? i.implementationCode?.slice(19) ?? ''),
      ],
    }));
    const missingOf = new Map<string, ItemRef[]>();
    const unassigned: ItemRef[] = [];
    for (const item of reference) {
      if (!expectedAtCounty(item) || claimedIds.has(item.id)) continue;
      const owner = unitsById.get(item.ownerUnitId);
      const responsible = responsibleUnits(
        { basicCode: item.basicCode, owner: owner && { name: owner.name, kind: owner.kind, regionName: owner.regionName } },
        departmentUnits,
      );
      if (responsible.length === 0) unassigned.push(refOf(item));
      for (const unit of responsible) missingOf.set(unit.id, [...(missingOf.get(unit.id) ?? []), refOf(item)]);
    }
    const lines = units
      .filter((u) => !only || only.has(u.id))
      .map((u): UnitClaims => {
        const claimed = (implementationsOf.get(u.id) ?? [])
          .filter((i) => referenceIds.has(i.catalogItemId))
          .map((i): ClaimLine => {
            const item = itemsById.get(i.catalogItemId)!;
            return {
              ...refOf(item),
              implementationId: i.id,
              ...(i.implementationCode ? { implementationCode: i.implementationCode } : {}),
              published: i.published,
              cancelled: i.cancelled,
              deviations: i.cancelled ? [] : deviationsFrom(item, i),
            };
          })
          .sort(byCode);
        return {
          unitId: u.id,
          unitName: u.name,
          claimed,
          missing: (missingOf.get(u.id) ?? []).sort(byCode),
          deviating: claimed.filter((line) => line.deviations.length > 0),
        };
      })
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh'));
    return {
      code: county.code,
      name: county.name,
      referenceItems: reference.filter(expectedAtCounty).length,
      units: lines,
      unassigned: only ? [] : unassigned.sort(byCode),
    };
  });
  return { counties };
}
