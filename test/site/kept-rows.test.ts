import { describe, expect, it } from 'vitest';
import { toCatalogEntry, type CatalogEntry, type ItemRatings } from '@catalog/content-models';
import { generateCatalog } from '@catalog/content-models/generator/catalog.ts';
import { catalogLineReader, catalogText } from '@catalog/content-models/snapshot/catalog-lines.ts';
import { groupCatalog } from '../../site/src/lib/catalog.ts';
import { catalogCsv, catalogJson } from '../../site/src/lib/open-data.ts';

/**
 * The incremental renderer reads each catalog with a line reader that gives unchanged entries back
 * as the same frozen objects, and the site keeps what it derived from them (open-data rows, browse
 * groups, name order). Whatever it kept, each publication must equal what a fresh read of the
 * same catalog gives: compared here over a sequence of catalogs, against copies (not frozen, so
 * nothing is kept for them).
 */
const site = new URL('https://fuwu.example.gov.cn/');
const base = [...generateCatalog({ items: 120 }).items].map(toCatalogEntry);
const fresh = (catalog: CatalogEntry[]) => structuredClone(catalog);
const textOf = (catalog: CatalogEntry[]) => catalogText(catalog.map((e) => JSON.stringify(e)));
const collator = new Intl.Collator('zh-CN');

function groupsSummary(catalog: CatalogEntry[]) {
  const grouped = groupCatalog(catalog);
  return {
    active: grouped.active.map((e) => e.implementationCode),
    facets: Object.values(grouped.facets).map((f) => f.groups.map((g) => [g.code, g.label, g.entries.map((e) => e.implementationCode)])),
  };
}

/** Catalogs one publication apart: renamed (to a new name, to another item's name), cancelled, rated, added. */
function publications(): { catalog: CatalogEntry[]; ratings: ItemRatings[] }[] {
  const ratings = (good: number) => base.slice(0, 10).map((e, i) => ({ implementationCode: e.implementationCode, good: good + i, bad: i % 3 }));
  const steps: { catalog: CatalogEntry[]; ratings: ItemRatings[] }[] = [{ catalog: base, ratings: ratings(1) }];
  const change = (edit: (catalog: CatalogEntry[]) => void, good = 1) => {
    const catalog = structuredClone(steps.at(-1)!.catalog);
    edit(catalog);
    steps.push({ catalog, ratings: ratings(good) });
  };
  change((c) => (c[7]!.name = '一个全新的事项名称'));
  change((c) => (c[8]!.name = c[20]!.name));
  change((c) => (c[9]!.status = 'cancelled'));
  change(() => undefined, 5);
  change((c) => c.push({ ...c[30]!, implementationCode: `${c[30]!.implementationCode}9`, name: '新增事项' }));
  change(() => undefined, 5);
  return steps;
}

describe('what the renderer keeps between publications', () => {
  it('writes the same open-data files as a fresh read of each catalog', () => {
    const read = catalogLineReader();
    for (const { catalog, ratings } of publications()) {
      const shared = read(textOf(catalog)).catalog;
      expect(Object.isFrozen(shared[0])).toBe(true);
      expect(catalogJson(shared, site, '2026-12-03T02:00:00.000Z', ratings).equals(catalogJson(fresh(catalog), site, '2026-12-03T02:00:00.000Z', ratings))).toBe(true);
      expect(catalogCsv(shared, site, ratings).equals(catalogCsv(fresh(catalog), site, ratings))).toBe(true);
      // Another site address changes every row's link.
      const other = new URL('https://zwfw.example.gov.cn/');
      expect(catalogCsv(shared, other, ratings).equals(catalogCsv(fresh(catalog), other, ratings))).toBe(true);
    }
  });

  it('assembles catalog.json as JSON.stringify of the whole document would', () => {
    const text = catalogJson(fresh(base), site, '2026-12-03T02:00:00.000Z').toString('utf8');
    const json = JSON.parse(text);
    expect(text).toBe(JSON.stringify(json));
    expect(json.items).toHaveLength(base.length);
    expect(JSON.parse(catalogJson([], site, '2026-12-03T02:00:00.000Z').toString('utf8')).items).toEqual([]);
    // The CSV as one text: BOM, header, a CRLF after every row.
    const csv = catalogCsv(fresh(base), site).toString('utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(base.length + 2);
  });

  it('groups and orders each catalog as a fresh read does, in the collator order of names', () => {
    const read = catalogLineReader();
    for (const { catalog } of publications()) {
      const shared = read(textOf(catalog)).catalog;
      const kept = groupsSummary(shared);
      expect(kept).toEqual(groupsSummary(fresh(catalog)));
      const expected = catalog.filter((e) => e.status === 'active').sort((a, b) => collator.compare(a.name, b.name));
      expect(kept.active).toEqual(expected.map((e) => e.implementationCode));
    }
  });
});
