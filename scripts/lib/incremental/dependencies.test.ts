import { describe, expect, it } from 'vitest';
import type { CatalogEntry, PublicAdjustment, PublicItem } from '@catalog/content-models';
import { planPages, type DependencyInput } from './dependencies.ts';

/**
 * The dependency map's rules for the pages of issue 18 (the equivalence test in test/publish
 * checks the whole map against a full build): the 标准化比对 page of a basic code follows its
 * implementations, and the public lists are rendered on every run.
 */
const entry = (code: string, basicCode: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({
  implementationCode: code,
  basicCode,
  name: `事项${basicCode}`,
  aliases: [],
  itemType: '20',
  category: 'social-security',
  serviceObjects: [],
  themes: [],
  level: '4',
  unitId: `u-${code}`,
  unitName: `单位${code}`,
  unitKind: 'government',
  regionCode: '330302',
  regionName: '鹿城区',
  status: 'active',
  updatedAt: '2026-11-20T08:00:00+08:00',
  views: 0,
  ...extra,
});

async function plan(previousCatalog: CatalogEntry[], catalog: CatalogEntry[], changedCodes: string[], notices: { before: PublicAdjustment[]; after: PublicAdjustment[] } = { before: [], after: [] }) {
  const input: DependencyInput = {
    previousCatalog,
    catalog,
    changed: changedCodes.map((code) => ({ code, before: previousCatalog.find((e) => e.implementationCode === code), after: catalog.find((e) => e.implementationCode === code)! })),
    previousAdjustments: notices.before,
    adjustments: notices.after,
    previousItem: async () => ({ formerCodes: [] }) as unknown as PublicItem,
    item: async () => ({ formerCodes: [] }) as unknown as PublicItem,
    previousHas: async () => false,
  };
  const result = await planPages(input);
  if (!result.ok) throw new Error(result.reason);
  return { urls: result.jobs.map((j) => j.url), remove: result.remove };
}

describe('dependency map: 标准化比对 and public lists', () => {
  const before = [entry('A1', 'B1'), entry('A2', 'B1'), entry('A3', 'B2')];

  it('re-renders the compare page of a changed implementation\'s basic code, and no other', async () => {
    const after = [entry('A1', 'B1', { visits: 0 }), entry('A2', 'B1'), entry('A3', 'B2')];
    const { urls, remove } = await plan(before, after, ['A1']);
    expect(urls).toContain('/c/B1/compare/');
    expect(urls.filter((u) => u.endsWith('/compare/'))).toEqual(['/c/B1/compare/']);
    expect(remove).not.toContain('/c/B1/compare/');
  });

  it('removes it when fewer than two implementations stay active, and writes it when a second appears', async () => {
    const cancelled = [entry('A1', 'B1', { status: 'cancelled' }), entry('A2', 'B1'), entry('A3', 'B2')];
    const gone = await plan(before, cancelled, ['A1']);
    expect(gone.urls).not.toContain('/c/B1/compare/');
    expect(gone.remove).toContain('/c/B1/compare/');

    const added = await plan(before, [...before, entry('A4', 'B2')], ['A4']);
    expect(added.urls).toContain('/c/B2/compare/');
  });

  it('renders the public lists and their open data on every run (they carry the export date)', async () => {
    const { urls } = await plan(before, [entry('A1', 'B1', { visits: 0 }), entry('A2', 'B1'), entry('A3', 'B2')], ['A1']);
    expect(urls).toEqual(expect.arrayContaining([
      '/lists/intermediary/', '/open-data/intermediary.json', '/open-data/intermediary.csv',
      '/lists/transferable/', '/open-data/transferable.json', '/open-data/transferable.csv',
    ]));
  });
});

describe('dependency map: 调整公告 pages', () => {
  const catalog = [entry('A1', 'B1')];
  /** The log newest first, as the snapshot holds it: notice n was the n-th published. */
  const log = (count: number, renamed?: number) =>
    Array.from({ length: count }, (_, i) => count - i).map((n) => ({ id: `adj-${n}`, itemName: n === renamed ? '改名后的事项' : `事项${n}` }) as unknown as PublicAdjustment);
  const archive = (urls: string[]) => urls.filter((u) => /^\/notices\/\d+\/$/.test(u));

  it('renders /notices/ and the last archive page for a new notice, not every page (pages count from the oldest)', async () => {
    const { urls, remove } = await plan(catalog, catalog, ['A1'], { before: log(95), after: log(96) });
    expect(urls).toContain('/notices/');
    expect(archive(urls)).toEqual(['/notices/4/']);
    expect(remove.filter((u) => u.startsWith('/notices/'))).toEqual([]);
  });

  it('renders the new last page and the one before it (its 较新的公告 link changes) when a page fills', async () => {
    const { urls } = await plan(catalog, catalog, ['A1'], { before: log(90), after: log(91) });
    expect(archive(urls).sort()).toEqual(['/notices/3/', '/notices/4/']);
  });

  it('renders the page of a notice whose text changed, and removes pages past the end', async () => {
    expect(archive((await plan(catalog, catalog, ['A1'], { before: log(95), after: log(95, 12) })).urls)).toEqual(['/notices/1/']);
    const shorter = await plan(catalog, catalog, ['A1'], { before: log(91), after: log(90) });
    expect(shorter.remove).toContain('/notices/4/');
    expect(archive(shorter.urls)).toEqual(['/notices/3/']);
  });
});
