import { itemTypes, type CatalogEntry } from '@catalog/content-models';
import { basicCodeUrl, itemUrl } from './urls.ts';

/**
 * The public lists of issue 18, read from the catalog index alone (no guide files), so the
 * incremental publisher renders them on every run cheaply:
 * - 中介服务事项清单: each intermediary service an active guide requires, one row per item and
 *   service, with every unit that requires it;
 * - 可向社会组织转移的事项: the items marked transferable, one row per 基本编码.
 */

const collator = new Intl.Collator('zh-CN');

export interface IntermediaryRow {
  serviceName: string;
  provider?: string; // 服务机构（资质要求）
  basis?: string; // 设定依据
  basicCode: string;
  itemName: string;
  /** The item's page when one unit requires it, else the chooser of its 基本编码. */
  itemHref: string;
  units: { implementationCode: string; unitName: string; regionName: string }[];
}

export function intermediaryRows(catalog: readonly CatalogEntry[]): IntermediaryRow[] {
  const rows = new Map<string, IntermediaryRow>();
  for (const entry of catalog) {
    if (entry.status !== 'active') continue;
    for (const service of entry.intermediaryServices ?? []) {
      const key = JSON.stringify([entry.basicCode, service.name, service.provider ?? '', service.basis ?? '']);
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { serviceName: service.name, provider: service.provider, basis: service.basis, basicCode: entry.basicCode, itemName: entry.name, itemHref: '', units: [] }));
      row.units.push({ implementationCode: entry.implementationCode, unitName: entry.unitName, regionName: entry.regionName });
    }
  }
  return [...rows.values()]
    .map((row) => ({ ...row, itemHref: row.units.length === 1 ? itemUrl(row.units[0]!.implementationCode) : basicCodeUrl(row.basicCode) }))
    .sort((a, b) => collator.compare(a.serviceName, b.serviceName) || collator.compare(a.itemName, b.itemName) || a.basicCode.localeCompare(b.basicCode));
}

export interface TransferableRow {
  basicCode: string;
  name: string;
  itemType: string;
  href: string;
  entries: CatalogEntry[];
}

export function transferableRows(catalog: readonly CatalogEntry[]): TransferableRow[] {
  const rows = new Map<string, TransferableRow>();
  for (const entry of catalog) {
    if (entry.status !== 'active' || !entry.transferableToSociety) continue;
    let row = rows.get(entry.basicCode);
    if (!row) rows.set(entry.basicCode, (row = { basicCode: entry.basicCode, name: entry.name, itemType: itemTypes.label(entry.itemType), href: '', entries: [] }));
    row.entries.push(entry);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, href: row.entries.length === 1 ? itemUrl(row.entries[0]!.implementationCode) : basicCodeUrl(row.basicCode) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.basicCode.localeCompare(b.basicCode));
}
