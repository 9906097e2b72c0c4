import { regionCodeLevelLabels, regionLevelOfCode, regionParentCode, validateRegionCode, type RegionCodeLevel } from '../codes/region-code.ts';

/**
 * The national division tables (国家统计局 统计用区划代码, GB/T 2260 for county level and up) as the
 * regions collection holds them: codes of 6 digits for county level and up, 12 below, each with
 * the code of the region it hangs under.
 */
export interface Division {
  code: string;
  name: string;
  level: RegionCodeLevel;
  /** Absent for a province. */
  parentCode?: string;
}

/** The five tables of the statistical codes, each with the length its codes are written in. */
export type DivisionTable = 'province' | 'city' | 'county' | 'town' | 'village';

const tableDigits: Record<DivisionTable, number> = { province: 2, city: 4, county: 6, town: 9, village: 12 };

export const levelOrder: readonly RegionCodeLevel[] = ['province', 'city', 'county', 'town', 'village'];
const rank = (level: RegionCodeLevel) => levelOrder.indexOf(level);

/**
 * City-level rows that only group counties (直辖市的“市辖区”“县”, 省直辖县级行政区划): no such
 * government exists, so their counties hang directly under the province.
 */
const groupingNames = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** A table's short code written as a region code: 33 → 330000, 3303 → 330300, 330326101 → 330326101000. */
export function divisionCode(table: DivisionTable, short: string): string {
  const digits = short.trim();
  if (digits.length !== tableDigits[table] || !/^\d+$/.test(digits)) {
    throw new Error(`国家区划数据的${regionCodeLevelLabels[table]}代码“${short}”应为 ${tableDigits[table]} 位数字`);
  }
  return table === 'town' ? `${digits}000` : digits.padEnd(table === 'village' ? 12 : 6, '0');
}

/**
 * Turns rows of the five tables into divisions, parents before children. Left out: grouping rows,
 * rows repeating a code already given by a higher table (东莞市 441900 is both a city and, as a
 * county row, its own county) and rows whose code does not denote their table's level (金门县's
 * placeholder town 350527000). A parent missing from the rows (a grouping row left out) is
 * replaced by the next region up that is present.
 */
export function buildDivisions(rows: Iterable<{ table: DivisionTable; code: string; name: string }>): Division[] {
  const byCode = new Map<string, Division>();
  for (const row of rows) {
    const code = divisionCode(row.table, row.code);
    const name = row.name.trim();
    if (!validateRegionCode(code).ok || regionLevelOfCode(code) !== row.table) continue;
    if (row.table === 'city' && groupingNames.has(name)) continue;
    if (byCode.has(code)) continue;
    byCode.set(code, { code, name, level: row.table });
  }
  for (const division of byCode.values()) {
    let parent = regionParentCode(division.code);
    while (parent !== undefined && !byCode.has(parent)) parent = regionParentCode(parent);
    if (parent !== undefined) division.parentCode = parent;
  }
  return sortDivisions([...byCode.values()]);
}

/** Parents before children: by level, then by code. */
export function sortDivisions(divisions: Division[]): Division[] {
  return divisions.sort((a, b) => rank(a.level) - rank(b.level) || a.code.localeCompare(b.code));
}

/** The lowest level loaded by default under a region: a county or town down to villages, a city to towns, a province to counties. */
export function defaultDownTo(level: RegionCodeLevel): RegionCodeLevel {
  switch (level) {
    case 'province': return 'county';
    case 'city': return 'town';
    default: return 'village';
  }
}

/** The digits every region inside `code` starts with (its code without the zeros of lower levels). */
export function divisionPrefix(code: string): string {
  switch (regionLevelOfCode(code)) {
    case 'province': return code.slice(0, 2);
    case 'city': return code.slice(0, 4);
    case 'county': return code.slice(0, 6);
    case 'town': return code.slice(0, 9);
    default: return code;
  }
}

/**
 * The region `code` with its ancestors and every descendant down to `downTo`, parents first.
 * Undefined when the code is not in `divisions`.
 */
export function selectScope(divisions: readonly Division[], code: string, downTo: RegionCodeLevel): Division[] | undefined {
  const byCode = new Map(divisions.map((d) => [d.code, d]));
  const root = byCode.get(code);
  if (!root) return undefined;
  const chosen = new Map<string, Division>();
  for (let at: Division | undefined = root; at; at = at.parentCode ? byCode.get(at.parentCode) : undefined) chosen.set(at.code, at);
  const prefix = divisionPrefix(root.code);
  for (const division of divisions) {
    if (rank(division.level) > rank(root.level) && rank(division.level) <= rank(downTo) && division.code.startsWith(prefix)) chosen.set(division.code, division);
  }
  return sortDivisions([...chosen.values()]);
}

/** The region with its ancestors, parents first; undefined when the code is not in `divisions`. */
export function withAncestors(divisions: ReadonlyMap<string, Division>, code: string): Division[] | undefined {
  const chain: Division[] = [];
  for (let at = divisions.get(code); at; at = at.parentCode ? divisions.get(at.parentCode) : undefined) chain.unshift(at);
  return chain.length === 0 ? undefined : chain;
}

/** Chinese name of a level, for messages (省级, 市级 …). */
export const divisionLevelLabel = (level: RegionCodeLevel): string => regionCodeLevelLabels[level];
