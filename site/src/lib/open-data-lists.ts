import { itemTypes, type CatalogEntry } from '@catalog/content-models';
import { beijingIso } from './format.ts';
import { LICENCE, csvCell } from './open-data.ts';
import { itemUrl } from './urls.ts';

/**
 * Open data of the public lists (intermediary.csv/json, transferable.csv/json): one row per
 * implementation (and per intermediary service), columns documented on /open-data/ from these
 * same lists. An element the guide does not state is an empty cell (CSV) or absent (JSON).
 */
export interface ListColumn<R> {
  key: string;
  label: string;
  value: (row: R, site: URL) => string | undefined;
}

type IntermediaryRecord = { entry: CatalogEntry; service: NonNullable<CatalogEntry['intermediaryServices']>[number] };

const common: ListColumn<CatalogEntry>[] = [
  { key: 'implementationCode', label: '实施编码', value: (e) => e.implementationCode },
  { key: 'basicCode', label: '基本编码', value: (e) => e.basicCode },
  { key: 'itemName', label: '事项名称', value: (e) => e.name },
  { key: 'itemType', label: '事项类型', value: (e) => itemTypes.label(e.itemType) },
  { key: 'unitName', label: '实施主体', value: (e) => e.unitName },
  { key: 'regionCode', label: '行政区划代码', value: (e) => e.regionCode },
  { key: 'regionName', label: '行政区划', value: (e) => e.regionName },
  { key: 'url', label: '办事指南地址', value: (e, site) => new URL(itemUrl(e.implementationCode), site).href },
];

export const INTERMEDIARY_COLUMNS: ListColumn<IntermediaryRecord>[] = [
  { key: 'serviceName', label: '中介服务名称', value: (r) => r.service.name },
  { key: 'provider', label: '服务机构（资质要求）', value: (r) => r.service.provider },
  { key: 'basis', label: '设定依据', value: (r) => r.service.basis },
  ...common.map((c) => ({ ...c, value: (r: IntermediaryRecord, site: URL) => c.value(r.entry, site) })),
];

export const TRANSFERABLE_COLUMNS: ListColumn<CatalogEntry>[] = common;

export function intermediaryRecords(catalog: readonly CatalogEntry[]): IntermediaryRecord[] {
  return catalog.filter((e) => e.status === 'active').flatMap((entry) => (entry.intermediaryServices ?? []).map((service) => ({ entry, service })));
}

export function transferableRecords(catalog: readonly CatalogEntry[]): CatalogEntry[] {
  return catalog.filter((e) => e.status === 'active' && e.transferableToSociety);
}

/** RFC 4180 CSV with a UTF-8 BOM, as catalog.csv. */
export function listCsv<R>(columns: ListColumn<R>[], rows: readonly R[], site: URL): string {
  const lines = [columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row, site))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function listJson<R>(columns: ListColumn<R>[], rows: readonly R[], site: URL, generatedAt: string): string {
  const items = rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row, site)]).filter(([, v]) => v !== undefined)));
  return JSON.stringify({ generatedAt: beijingIso(generatedAt), licence: LICENCE, fields: Object.fromEntries(columns.map((c) => [c.key, c.label])), items });
}
