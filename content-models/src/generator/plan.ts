import type { GeneratedUnit } from './units.ts';
import { buildUnits } from './units.ts';
import { buildRegionTree, TOWNS_PER_COUNTY, type RegionTree } from './regions.ts';
import { TEMPLATES, type ItemTemplate, type LevelChar } from './templates.ts';

/** One item to generate: a base item implemented by one unit at one level. */
export interface Slot {
  index: number;
  template: ItemTemplate;
  unit: GeneratedUnit;
  level: LevelChar;
  implementationCode: string;
}

export interface CatalogPlan {
  tree: RegionTree;
  units: GeneratedUnit[];
  /** The selected slots, in output order: small tuples, not items, so 100,000 of them are cheap. */
  slots: Slot[];
  /** The first slot beyond the selection: a new item for the consultation drafts. */
  spare: Slot;
}

const COUNTY_COUNT = 8;
const MAX_VILLAGES_PER_TOWN = 799;

function instanceCount(template: ItemTemplate, villagesPerTown: number): number {
  const towns = COUNTY_COUNT * TOWNS_PER_COUNTY;
  let count = 0;
  for (const level of template.levels) {
    if (level === '3' && template.department.at.includes('city')) count += 1;
    if (level === '4' && template.department.at.includes('county')) count += COUNTY_COUNT;
    if (level === '5') count += towns;
    if (level === '6') count += towns * villagesPerTown;
  }
  return count;
}

function capacity(villagesPerTown: number): number {
  return TEMPLATES.reduce((sum, t) => sum + instanceCount(t, villagesPerTown), 0);
}

/** The fewest villages per town that give every requested item its own (unit, item) pair. */
export function villagesNeeded(items: number): number {
  for (let villages = 2; villages <= MAX_VILLAGES_PER_TOWN; villages++) {
    if (capacity(villages) > items) return villages;
  }
  throw new Error(`事项数量 ${items} 超出生成器上限（约 ${capacity(MAX_VILLAGES_PER_TOWN) - 1} 项）`);
}

interface UnitIndex {
  city: Map<string, GeneratedUnit>;
  county: Map<string, GeneratedUnit[]>;
  towns: GeneratedUnit[];
  villages: GeneratedUnit[];
}

function indexUnits(units: GeneratedUnit[], tree: RegionTree): UnitIndex {
  const index: UnitIndex = { city: new Map(), county: new Map(), towns: [], villages: [] };
  // Towns and villages are interleaved across their parents so early items spread over the city.
  const townOrder = new Map(interleave(tree.towns, (t) => t.parentCode ?? '').map((t, i) => [t.code, i]));
  const villageOrder = new Map(interleave(tree.villages, (v) => v.parentCode ?? '').map((v, i) => [v.code, i]));
  for (const unit of units) {
    const level = unit.region.level;
    if (level === 'city') index.city.set(unit.department.key, unit);
    else if (level === 'county') index.county.set(unit.department.key, [...(index.county.get(unit.department.key) ?? []), unit]);
    else if (level === 'town') index.towns[townOrder.get(unit.region.code) ?? 0] = unit;
    else index.villages[villageOrder.get(unit.region.code) ?? 0] = unit;
  }
  return index;
}

/** Round-robin over groups: first child of every parent, then the second, … */
function interleave<T>(values: T[], groupOf: (value: T) => string): T[] {
  const groups = new Map<string, T[]>();
  for (const value of values) groups.set(groupOf(value), [...(groups.get(groupOf(value)) ?? []), value]);
  const lists = [...groups.values()];
  const out: T[] = [];
  for (let round = 0; out.length < values.length; round++) {
    for (const list of lists) if (list[round] !== undefined) out.push(list[round] as T);
  }
  return out;
}

function instanceAt(template: ItemTemplate, n: number, index: UnitIndex): { unit: GeneratedUnit; level: LevelChar } | undefined {
  let rest = n;
  for (const level of template.levels) {
    const pool =
      level === '3' ? [index.city.get(template.department.key)].filter((u) => u !== undefined)
      : level === '4' ? (index.county.get(template.department.key) ?? [])
      : level === '5' ? index.towns
      : index.villages;
    if (rest < pool.length) return { unit: pool[rest] as GeneratedUnit, level };
    rest -= pool.length;
  }
  return undefined;
}

/**
 * Chooses which (item, unit) pairs to generate: round r takes the r-th implementation of every base
 * item, so a small catalog covers every base item once before any repeats in another region.
 */
export function planCatalog(items: number): CatalogPlan {
  if (!Number.isInteger(items) || items < 1) throw new Error(`事项数量应为正整数，收到「${items}」`);
  const tree = buildRegionTree(villagesNeeded(items));
  const allUnits = buildUnits(tree);
  const index = indexUnits(allUnits, tree);
  const slots: Slot[] = [];
  let spare: Slot | undefined;
  for (let round = 0; spare === undefined; round++) {
    let found = false;
    for (const template of TEMPLATES) {
      const instance = instanceAt(template, round, index);
      if (!instance) continue;
      found = true;
      const slot: Slot = {
        index: slots.length,
        template,
        unit: instance.unit,
        level: instance.level,
        implementationCode: `${instance.unit.ref.creditCode}${instance.level}${template.basicCode}`,
      };
      if (slots.length < items) slots.push(slot);
      else {
        spare = slot;
        break;
      }
    }
    if (!found) throw new Error(`生成器内部错误：第${round}轮没有可用的事项实施单位`);
  }
  const used = new Set(slots.map((s) => s.unit.ref.id));
  return { tree, units: allUnits.filter((u) => used.has(u.ref.id)), slots, spare };
}
