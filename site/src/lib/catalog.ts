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
const byName = (a: CatalogEntry, b: CatalogEntry) => collator.compare(a.name, b.name);

export interface Catalog {
  active: CatalogEntry[];
  byCode: Map<string, CatalogEntry>;
  byBasicCode: Map<string, CatalogEntry[]>;
  facets: Record<FacetKey, Facet>;
}

let catalog: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  catalog ??= loadIndex().then(({ catalog: entries }) => group(entries));
  return catalog;
}

function group(entries: CatalogEntry[]): Catalog {
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
  const add = (facet: FacetKey, code: string, label: string, entry: CatalogEntry) => {
    let group = buckets[facet].get(code);
    if (!group) buckets[facet].set(code, (group = { code, label, entries: [] }));
    group.entries.push(entry);
  };
  const active: CatalogEntry[] = [];
  for (const entry of entries) {
    byCode.set(entry.implementationCode, entry);
    const siblings = byBasicCode.get(entry.basicCode) ?? [];
    siblings.push(entry);
    byBasicCode.set(entry.basicCode, siblings);
    if (entry.status !== 'active') continue;
    active.push(entry);
    add('category', entry.category, serviceCategories.label(entry.category), entry);
    add('unit', entry.unitId, entry.unitName, entry);
    add('region', entry.regionCode, entry.regionName, entry);
    add('level', entry.level, levels.label(entry.level), entry);
    for (const o of entry.serviceObjects) add('object', o, serviceObjects.label(o), entry);
    for (const t of entry.themes) add('theme', t, lifeEventThemes.label(t), entry);
  }
  active.sort(byName);
  const facets = {} as Record<FacetKey, Facet>;
  for (const key of Object.keys(buckets) as FacetKey[]) {
    const groups = [...buckets[key].values()];
    for (const g of groups) g.entries.sort(byName);
    // Vocabulary facets keep the official order; open lists (units, regions) sort by name.
    if (key === 'unit' || key === 'region') groups.sort((a, b) => collator.compare(a.label, b.label));
    facets[key] = { key, title: FACET_TITLES[key], groups };
  }
  return { active, byCode, byBasicCode, facets };
}

function seeded(terms: readonly { code: string; label: string }[]): Map<string, Group> {
  return new Map(terms.map((t) => [t.code, { code: t.code, label: t.label, entries: [] }]));
}

export async function mostViewed(count: number): Promise<CatalogEntry[]> {
  return [...(await getCatalog()).active].sort((a, b) => b.views - a.views).slice(0, count);
}

