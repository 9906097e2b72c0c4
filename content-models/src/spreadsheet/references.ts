import { regionLevelOfCode, validateCreditCode, validateRegionCode } from '../codes/index.ts';
import type { RegionRef, UnitRef } from '../guide/guide-schema.ts';

/** Units and regions already in the system: the spreadsheet names them, it never creates them. */
export interface Directory {
  units: readonly UnitRef[];
  regions: readonly RegionRef[];
}

export type Resolved<T> = { value: T } | { field: 'name' | 'creditCode' | 'code'; message: string };

export function resolveUnit(directory: Directory, name: string | undefined, creditCode: string | undefined): Resolved<UnitRef> {
  if (!name && !creditCode) return { field: 'name', message: '未填写实施主体：单位名称和统一社会信用代码至少填一项' };
  let byCode: UnitRef | undefined;
  if (creditCode) {
    const check = validateCreditCode(creditCode);
    if (!check.ok) return { field: 'creditCode', message: check.message };
    byCode = directory.units.find((u) => u.creditCode === creditCode);
    if (!byCode) return { field: 'creditCode', message: `统一社会信用代码“${creditCode}”不属于系统中的任何单位：请先在“单位”中添加或导入组织机构表，或核对代码` };
  }
  if (name) {
    const byName = directory.units.filter((u) => u.name === name);
    if (byName.length === 0) return { field: 'name', message: `实施主体“${name}”不在系统中：请先在“单位”中添加或导入组织机构表` };
    if (byCode) {
      if (!byName.includes(byCode)) return { field: 'name', message: `实施主体“${name}”与统一社会信用代码“${creditCode}”（${byCode.name}）不是同一单位` };
    } else if (byName.length > 1) {
      return { field: 'name', message: `系统中有 ${byName.length} 个名为“${name}”的单位，请同时填写统一社会信用代码以区分` };
    } else {
      return { value: byName[0]! };
    }
  }
  return { value: byCode! };
}

export function resolveRegion(directory: Directory, code: string | undefined, name: string | undefined): Resolved<RegionRef> {
  if (!code) return { field: 'code', message: '未填写行政区划代码（6 位或 12 位）' };
  const check = validateRegionCode(code);
  if (!check.ok) return { field: 'code', message: check.message };
  const region = directory.regions.find((r) => r.code === code);
  if (!region) return { field: 'code', message: `行政区划代码“${code}”不在系统中：请先在“行政区划”中添加该区划，或核对代码` };
  if (name && name !== region.name) return { field: 'name', message: `行政区划名称“${name}”与代码“${code}”对应的“${region.name}”不一致` };
  return { value: { code: region.code, name: region.name, level: region.level } };
}

/**
 * For a check of the file alone (no system to look units up in): the unit cell's format is checked
 * and a stand-in reference carries the row through the remaining checks. Never written anywhere.
 */
export function unverifiedUnit(name: string | undefined, creditCode: string | undefined): Resolved<UnitRef> {
  if (!name && !creditCode) return { field: 'name', message: '未填写实施主体：单位名称和统一社会信用代码至少填一项' };
  if (creditCode) {
    const check = validateCreditCode(creditCode);
    if (!check.ok) return { field: 'creditCode', message: check.message };
  }
  const label = name ?? creditCode!;
  return { value: { id: `unverified:${label}`, name: label, kind: 'government', ...(creditCode ? { creditCode } : {}) } };
}

/** The region counterpart of `unverifiedUnit`: the code's format, and its level read from the code. */
export function unverifiedRegion(code: string | undefined, name: string | undefined): Resolved<RegionRef> {
  if (!code) return { field: 'code', message: '未填写行政区划代码（6 位或 12 位）' };
  const check = validateRegionCode(code);
  if (!check.ok) return { field: 'code', message: check.message };
  return { value: { code, name: name ?? code, level: regionLevelOfCode(code) ?? 'county' } };
}
