import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { writeSnapshot, readSnapshotIndex } from '../../content-models/src/snapshot/snapshot-io.ts';
import type { CatalogEntry } from '../../content-models/src/snapshot/snapshot-schema.ts';
import { buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { openSearchSession, type SearchSession } from './harness.ts';
import { QUERIES, regionQueries, type SearchQuery } from './queries.ts';

/** SEARCH_QUALITY_ITEMS=10000 checks a larger catalog by hand; the test suite runs 2,000. */
const ITEMS = Number(process.env.SEARCH_QUALITY_ITEMS ?? 2000);
const PORT = 4520;
const BAR = 0.95;

let work: string;
let catalog: CatalogEntry[];
let session: SearchSession;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'search-quality-'));
  const snapshotDir = join(work, 'snapshot');
  const siteDir = join(work, 'site');
  await writeSnapshot(snapshotDir, generateCatalog({ items: ITEMS, seed: 1 }));
  catalog = (await readSnapshotIndex(snapshotDir)).catalog.filter((entry) => entry.status === 'active');
  await buildSearchIndex({ snapshotDir, siteDir });
  session = await openSearchSession(siteDir, PORT);
});

afterAll(async () => {
  await session?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** One county's implementation of an item, named by its region or by its unit in the query. */
function localQueries(itemName: string, shortName: string): SearchQuery[] {
  const candidates = catalog.filter((entry) => entry.name === itemName && entry.level === '4');
  const entry = candidates.find((candidate) => candidates.filter((other) => other.regionName === candidate.regionName).length === 1);
  if (!entry) throw new Error(`生成的目录中没有只在一个县级区划实施的「${itemName}」，无法构造按地区的查询`);
  return regionQueries(entry.regionName, entry.unitName, itemName, shortName);
}

describe(`search quality on a generated catalog of ${ITEMS} items`, () => {
  it('every expected item exists in the catalog, so a miss means a ranking failure', () => {
    const names = new Set(catalog.map((entry) => entry.name));
    expect(QUERIES.filter((query) => !query.expect.some((name) => names.has(name))).map((query) => query.query)).toEqual([]);
  });

  it(`puts the expected item in the top 3 for at least ${BAR * 100}% of the queries`, async () => {
    const queries = [
      ...QUERIES,
      ...localQueries('社会保障卡补办', '社保卡补办'),
      ...localQueries('残疾人证核发', '办残疾证'),
      ...localQueries('居民身份证补领', '补办身份证'),
      ...localQueries('最低生活保障审批', '低保'),
      ...localQueries('内地居民结婚登记', '结婚登记'),
    ];
    expect(queries.length).toBeGreaterThanOrEqual(60);
    const misses: string[] = [];
    for (const query of queries) {
      const { hits } = await session.search(query.query);
      const found = hits.some((hit) => query.expect.includes(hit.title) && (!query.region || hit.region === query.region));
      if (!found) {
        const shown = hits.map((hit) => `${hit.title}（${hit.region}）`).join('、') || '无结果';
        misses.push(`[${query.kind}] ${query.query} → 期望 ${query.expect.join('/')}${query.region ? `（${query.region}）` : ''}，前三：${shown}`);
      }
    }
    const share = (queries.length - misses.length) / queries.length;
    console.log(`搜索质量：前三命中 ${queries.length - misses.length}/${queries.length}（${(share * 100).toFixed(1)}%）${misses.length ? `\n未命中：\n  ${misses.join('\n  ')}` : ''}`);
    expect(share, misses.join('\n')).toBeGreaterThanOrEqual(BAR);
  });

  it('shows name, unit, category and level on every result', async () => {
    const { hits } = await session.search('准生证');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.url).toMatch(/^\/items\/[0-9A-Z]+\/$/);
      expect(hit.title && hit.unit && hit.category && hit.level && hit.region).toBeTruthy();
    }
  });

  it('narrows results with the category, level, region and service-object filters', async () => {
    const all = await session.search('补贴');
    const county = await session.search('补贴', { 层级: ['县级'] });
    expect(county.total).toBeGreaterThan(0);
    expect(county.total).toBeLessThan(all.total);
    expect(county.hits.every((hit) => hit.level === '县级')).toBe(true);
    const category = await session.search('证', { 分类: ['医疗卫生'] });
    expect(category.hits.length).toBeGreaterThan(0);
    expect(category.hits.every((hit) => hit.category === '医疗卫生')).toBe(true);
    const persons = await session.search('许可', { 服务对象: ['法人'] });
    expect(persons.total).toBeGreaterThan(0);
    expect(persons.total).toBeLessThan((await session.search('许可')).total);
  });

  it('lists the filter values the index holds, and a filter alone lists its items', async () => {
    const filters = await session.filters();
    expect(Object.keys(filters).sort()).toEqual(['分类', '地区', '层级', '服务对象', '部门'].sort());
    const region = Object.keys(filters['地区'] ?? {})[0]!;
    const listed = await session.search('', { 地区: [region] });
    expect(listed.total).toBe(catalog.filter((entry) => entry.regionName === region).length);
  });
});
