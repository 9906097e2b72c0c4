import type { CatalogEntry, Region } from '../snapshot/snapshot-schema.ts';
import type { ItemStatus } from '../vocabularies/item.ts';
import type { RegionLevel } from '../vocabularies/unit.ts';

/**
 * Place files (地区文件): what a browser needs to open a search result in the visitor's own place.
 * Search returns one result per service (基本编码); which implementation (实施编码) it opens depends
 * on where the visitor is. One small file per region, /places/<code>.json, so a visitor downloads
 * their place and its ancestors (four or five files), never the region list or the catalog.
 */

export interface PlaceRef {
  code: string;
  name: string;
}

export interface PlaceFile {
  code: string;
  name: string;
  /** From the site's own region down to this place, inclusive. */
  path: PlaceRef[];
  children: PlaceRef[];
  /** 基本编码 → the active implementations (实施编码, 实施主体) whose region is exactly this place. */
  services: Record<string, [implementationCode: string, unitName: string][]>;
}

/** Where a search result leads for a visitor: one item page, the chooser page (/c/<basicCode>/), or elsewhere. */
export type ServiceResolution =
  | { kind: 'one'; implementationCode: string; placeName: string; unitName: string }
  | { kind: 'choose'; placeName: string; count: number }
  | { kind: 'elsewhere' };

const ACTIVE: ItemStatus = 'active';
/** 行政区划代码 are 6 or 12 digits; anything else must not reach a file name or a URL. */
const PLACE_CODE = /^\d{6,12}$/;

/**
 * Highest first, as in the regionLevels vocabulary (the Record type makes a new level a compile
 * error here). Not imported from it: the browser loads this file, and would carry the vocabularies.
 */
const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2, town: 3, village: 4 };

const byCode = (a: PlaceRef, b: PlaceRef) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function isPlaceCode(code: string): boolean {
  return PLACE_CODE.test(code);
}

export function placeFileName(code: string): string {
  if (!isPlaceCode(code)) throw new Error(`地区代码“${code}”不能用作地区文件名：应为 6 至 12 位数字（行政区划代码，如 339102）`);
  return `${code}.json`;
}

function append<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/** The region and its ancestors, root first; a cycle in the parent codes ends the walk where it closes. */
function pathOf(regions: ReadonlyMap<string, Region>, region: Region): PlaceRef[] {
  const path: PlaceRef[] = [];
  const seen = new Set<string>();
  for (let at: Region | undefined = region; at && !seen.has(at.code); at = at.parentCode === undefined ? undefined : regions.get(at.parentCode)) {
    seen.add(at.code);
    path.unshift({ code: at.code, name: at.name });
  }
  return path;
}

/**
 * One place file per region, by code. Cancelled items and items of regions missing from the list
 * are left out: the chooser page still lists them. A parent code missing from the list makes its
 * region the top of its path.
 */
export function placeFiles(entries: readonly CatalogEntry[], regions: readonly Region[]): PlaceFile[] {
  const known = new Map<string, Region>();
  for (const region of regions) if (!known.has(region.code)) known.set(region.code, region);

  const children = new Map<string, PlaceRef[]>();
  for (const region of known.values()) {
    const parent = region.parentCode;
    if (parent === undefined || parent === region.code || !known.has(parent)) continue;
    append(children, parent, { code: region.code, name: region.name });
  }

  const services = new Map<string, Map<string, [string, string][]>>();
  for (const entry of entries) {
    if (entry.status !== ACTIVE || !known.has(entry.regionCode)) continue;
    const place = services.get(entry.regionCode) ?? new Map<string, [string, string][]>();
    services.set(entry.regionCode, place);
    append(place, entry.basicCode, [entry.implementationCode, entry.unitName]);
  }

  return [...known.values()].sort(byCode).map((region) => ({
    code: region.code,
    name: region.name,
    path: pathOf(known, region),
    children: (children.get(region.code) ?? []).sort(byCode),
    services: sortedServices(services.get(region.code)),
  }));
}

/** Keys and lists in code order, so a republication without changes writes the same bytes. */
function sortedServices(place: ReadonlyMap<string, [string, string][]> | undefined): PlaceFile['services'] {
  const services: PlaceFile['services'] = {};
  for (const basicCode of [...(place?.keys() ?? [])].sort()) {
    services[basicCode] = place!.get(basicCode)!.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }
  return services;
}

/**
 * The site's own region: the one without a parent in the list (a parent outside the list counts
 * as none), the highest level if several; when every region has a parent (a cycle), the highest
 * level of all. Ties go to the smallest code.
 */
export function rootPlaceCode(regions: readonly Region[]): string {
  const known = new Set(regions.map((region) => region.code));
  const tops = regions.filter((region) => region.parentCode === undefined || !known.has(region.parentCode));
  const [root] = [...(tops.length > 0 ? tops : regions)].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || byCode(a, b));
  if (!root) throw new Error('地区列表（regions.json）为空：至少应有网站所属的地区');
  return root.code;
}

/**
 * Where a search result for `basicCode` leads: the nearest place in `chain` (the visitor's place
 * first, then its ancestors) that offers the service decides; none of them → offered elsewhere only.
 */
export function resolveService(chain: readonly PlaceFile[], basicCode: string): ServiceResolution {
  for (const place of chain) {
    // Own keys only: a basic code such as "constructor" must not find Object.prototype's members.
    // (Object.hasOwn is missing from the older phone browsers many visitors still use.)
    const implementations = Object.prototype.hasOwnProperty.call(place.services, basicCode) ? place.services[basicCode] : undefined;
    if (!implementations || implementations.length === 0) continue;
    if (implementations.length > 1) return { kind: 'choose', placeName: place.name, count: implementations.length };
    const [implementationCode, unitName] = implementations[0]!;
    return { kind: 'one', implementationCode, placeName: place.name, unitName };
  }
  return { kind: 'elsewhere' };
}
