import { splitBasicCode } from '../codes/basic-code.ts';

/**
 * Which unit of a county answers for a reference item (对口单位). The CMS keeps no department code on
 * units, so two things the data does hold decide it, in this order:
 *
 * 1. The department by name: a unit's name without its region's name, without a bracketed second
 *    name and without the organ suffix (厅、局、委员会、委、办公室、办): 浙江省民政厅, 瓯江市民政局 and
 *    平阳县民政局 are all 民政; 瓯江市市场监督管理局（知识产权局） is 市场监督管理. A county unit of the
 *    same kind (主体性质) whose department is the item's owning unit's department answers for it.
 * 2. Failing that, the department code of the basic code (基本编码 positions 5–6): a county unit that
 *    already owns or implements an item whose basic code carries the same department code answers
 *    for it. A national code's department segment is a national department code, which is why it is
 *    evidence from the unit's own items and not a table.
 *
 * An item for which neither finds a unit has no responsible unit at that county (未落实对口单位).
 */
const organSuffixes = ['委员会', '办公室', '厅', '局', '委', '办'];

/** 民政 for 平阳县民政局 in 平阳县; the whole name when nothing can be stripped. */
export function departmentStem(unitName: string, regionName = ''): string {
  let name = unitName.trim().replace(/[（(][^）)]*[）)]/g, '');
  if (regionName && name.startsWith(regionName)) name = name.slice(regionName.length);
  for (const suffix of organSuffixes) {
    if (name.length > suffix.length && name.endsWith(suffix)) return name.slice(0, -suffix.length);
  }
  return name;
}

/** The department segment (部门码) of a basic code, or undefined when the code is too short. */
export function departmentCodeOf(basicCode: string | undefined): string | undefined {
  if (!basicCode) return undefined;
  const code = splitBasicCode(basicCode).department;
  return code && code.length === 2 ? code : undefined;
}

export interface DepartmentUnit {
  id: string;
  name: string;
  kind: string;
  regionName: string;
  /** Basic codes of the items the unit owns or implements: its evidence of department codes. */
  basicCodes: readonly string[];
}

export interface DepartmentItem {
  basicCode: string;
  owner: { name: string; kind: string; regionName: string } | undefined;
}

/** The units of one county that answer for an item, by the rule above ([] when none). */
export function responsibleUnits(item: DepartmentItem, countyUnits: readonly DepartmentUnit[]): DepartmentUnit[] {
  if (item.owner) {
    const stem = departmentStem(item.owner.name, item.owner.regionName);
    const byName = countyUnits.filter((u) => u.kind === item.owner!.kind && departmentStem(u.name, u.regionName) === stem);
    if (byName.length > 0) return byName;
  }
  const code = departmentCodeOf(item.basicCode);
  if (code === undefined) return [];
  return countyUnits.filter((u) => u.basicCodes.some((c) => departmentCodeOf(c) === code));
}
