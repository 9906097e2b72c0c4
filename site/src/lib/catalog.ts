import {
  lifeEventThemes,
  levels,
  serviceCategories,
  serviceObjects,
  type CatalogEntry,
} from '@catalog/content-models';
import { loadIndex } from './snapshot.ts';

/**
 * Browse groupings, computed once per build in a single pass over the catalog, so that each of
 * the thousands of list pages only slices a ready array (no per-page scans of 10,000 entries).
 */

export type FacetKey = 'category' | 'unit' | 'region' | 'level' | 'object' | 'theme';

export interface Group {
  code: string;
  label: string;
  entries: CatalogEntry[];
}

export interface Facet {
  key: FacetKey;
  title: string; // 按…浏览
  groups: Group[];
}

export const FACET_TITLES: Record<FacetKey, string> = {
  category: '按服务分类',
  unit: '按实施部门',
  region: '按地区',
  level: '按行使层级',
  object: '按服务对象',
  theme: '按主题',
};

export const PAGE_SIZE = 20;

const collator = new Intl.Collator('zh-CN');

export interface Catalog {
  active: CatalogEntry[];
  byCode: Map<string, CatalogEntry>;
  byBasicCode: Map<string, CatalogEntry[]>;
  facets: Record<FacetKey, Facet>;
}

let cached: { index: ReturnType<typeof loadIndex>; catalog: Promise<Catalog> } | undefined;

/** The groupings of the current snapshot (recomputed when the renderer moves to a new snapshot). */
export function getCatalog(): Promise<Catalog> {
  const index = loadIndex();
  if (cached?.index !== index) cached = { index, catalog: index.then(({ catalog: entries }) => groupCatalog(entries)) };
  return cached.catalog;
}

/**
 * The groups an active entry is listed in, as [facet, group code, group label]: the one rule
 * shared by the browse pages and the incremental publisher's dependency map.
 */
export function entryGroups(entry: CatalogEntry): readonly [FacetKey, string, string][] {
  // Frozen entries are the incremental renderer's, shared between publications (content-models
  // snapshot/catalog-lines.ts): their groups are worked out once.
  if (!Object.isFrozen(entry)) return groupsOf(entry);
  let groups = keptGroups.get(entry);
  if (!groups) keptGroups.set(entry, (groups = Object.freeze(groupsOf(entry))));
  return groups;
}

const keptGroups = new WeakMap<CatalogEntry, readonly [FacetKey, string, string][]>();

function groupsOf(entry: CatalogEntry): [FacetKey, string, string][] {
  if (entry.status !== 'active') return [];
  return [
    ['category', entry.category, serviceCategories.label(entry.category)],
    ['unit', entry.unitId, entry.unitName],
    ['region', entry.regionCode, entry.regionName],
    ['level', entry.level, levels.label(entry.level)],
    ...entry.serviceObjects.map((o): [FacetKey, string, string] => ['object', o, serviceObjects.label(o)]),
    ...entry.themes.map((t): [FacetKey, string, string] => ['theme', t, lifeEventThemes.label(t)]),
  ];
}

/** The order of every item list. */
export const byName = (a: CatalogEntry, b: CatalogEntry) => collator.compare(a.name, b.name);

export function groupCatalog(entries: CatalogEntry[]): Catalog {
  const byCode = new Map<string, CatalogEntry>();
  const byBasicCode = new Map<string, CatalogEntry[]>();
  const buckets: Record<FacetKey, Map<string, Group>> = {
    category: seeded(serviceCategories.terms),
    unit: new Map(),
    region: new Map(),
    level: seeded(levels.terms),
    object: seeded(serviceObjects.terms),
    theme: seeded(lifeEventThemes.terms),
  };
  const groupOf = (facet: FacetKey, code: string, label: string) => {
    let group = buckets[facet].get(code);
    if (!group) buckets[facet].set(code, (group = { code, label, entries: [] }));
    return group;
  };
  const active: CatalogEntry[] = [];
  for (const entry of entries) {
    byCode.set(entry.implementationCode, entry);
    const siblings = byBasicCode.get(entry.basicCode) ?? [];
    siblings.push(entry);
    byBasicCode.set(entry.basicCode, siblings);
    if (entry.status !== 'active') continue;
    active.push(entry);
    // Groups are created in catalog order: units or regions of the same name keep their order.
    for (const [facet, code, label] of entryGroups(entry)) groupOf(facet, code, label);
  }
  // One sort (stable: equal names keep catalog order), then every group filled in that order, so
  // each group is in name order without sorting it again: the groups hold each entry six-odd times.
  sortByName(active);
  for (const entry of active) for (const [facet, code, label] of entryGroups(entry)) groupOf(facet, code, label).entries.push(entry);
  const facets = {} as Record<FacetKey, Facet>;
  for (const key of Object.keys(buckets) as FacetKey[]) {
    const groups = [...buckets[key].values()];
    // Vocabulary facets keep the official order; open lists (units, regions) sort by name.
    if (key === 'unit' || key === 'region') groups.sort((a, b) => collator.compare(a.label, b.label));
    facets[key] = { key, title: FACET_TITLES[key], groups };
  }
  return { active, byCode, byBasicCode, facets };
}

/**
 * Collation ranks of the names last sorted (equal-collating names share one). An approval changes
 * few names: when every name is known, sorting by rank gives the collator's order without its
 * 1.7 million comparisons at 100,000 entries; a new name sorts with the collator as before.
 */
let nameRanks = new Map<string, number>();

/** Sorts in place by name, stably (equal names keep their order). */
function sortByName(entries: CatalogEntry[]): void {
  const ranks = entries.map((e) => nameRanks.get(e.name));
  if (entries.length > 0 && ranks.every((r) => r !== undefined)) {
    const order = entries.map((entry, i) => ({ entry, rank: ranks[i]! }));
    order.sort((a, b) => a.rank - b.rank);
    order.forEach(({ entry }, i) => (entries[i] = entry));
  } else {
    entries.sort(byName);
  }
  const next = new Map<string, number>();
  let rank = 0;
  entries.forEach((entry, i) => {
    const before = entries[i - 1];
    if (before && before.name !== entry.name && collator.compare(before.name, entry.name) !== 0) rank += 1;
    next.set(entry.name, rank);
  });
  nameRanks = next;
}

function seeded(terms: readonly { code: string; label: string }[]): Map<string, Group> {
  return new Map(terms.map((t) => [t.code, { code: t.code, label: t.label, entries: [] }]));
}

export async function mostViewed(count: number): Promise<CatalogEntry[]> {
  return [...(await getCatalog()).active].sort((a, b) => b.views - a.views).slice(0, count);
}

