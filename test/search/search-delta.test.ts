import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { toCatalogEntry, writeSnapshot } from '../../content-models/src/snapshot/snapshot-io.ts';
import type { PublicItem } from '../../content-models/src/snapshot/snapshot-schema.ts';
import { buildSearchDelta, buildSearchIndex } from '../../scripts/lib/search-index.ts';
import { basicCodeUrl } from '../../site/src/lib/urls.ts';
import { fileDigests, hardLinkCopy } from './hard-link-copy.ts';
import { openSearchSession, type SearchSession } from './harness.ts';
import type { AddressInfo } from 'node:net';
import { searchCatalog } from '../../content-models/src/search/catalog-search.ts';
import { liveSearchIndex } from '../../cms/src/site-search/liveSearchIndex.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';

/**
 * Incremental publishing's search: a full index, then deltas built into hard-link copies of the
 * release, searched in headless Chromium through the site's own search module.
 */
const PORT = 4522;
const ALL = 1000; // a limit above the catalog size: every match is returned

let work: string;
let generated: ReturnType<typeof generateCatalog>;
let items: PublicItem[];
const sessions: SearchSession[] = [];

const snapshotDir = () => join(work, 'snapshot');
const release = (n: number) => join(work, `release-${n}`);
const clone = <T>(value: T): T => structuredClone(value);

async function publish(next: PublicItem[]): Promise<void> {
  items = next;
  await writeSnapshot(snapshotDir(), { ...generated, items });
}

async function session(siteDir: string): Promise<SearchSession> {
  const opened = await openSearchSession(siteDir, PORT + sessions.length);
  sessions.push(opened);
  return opened;
}

/** Next release: a hard-link copy of the previous one, without the test page (written per release). */
async function nextRelease(n: number): Promise<void> {
  await hardLinkCopy(release(n - 1), release(n), (name) => name === 'search-test');
}

/** A result is a service: the address of its chooser of places. */
const serviceUrl = (item: PublicItem) => basicCodeUrl(item.basicCode);
/** Two-character pieces of a text, to keep the test's new names apart from the catalog's. */
const pairs = (text: string) => [...text].slice(1).map((char, i) => text[i] + char);

const urlsFor = async (s: SearchSession, query: string) => (await s.search(query, undefined, ALL)).hits;

// An item whose name no other item has, so its name query answers exactly it.
let renamed: PublicItem;
let cancelled: PublicItem;
let added: PublicItem;
let secondRenamed: PublicItem;
let oldName: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'search-delta-'));
  generated = generateCatalog({ items: 300, seed: 3 });
  const all = [...generated.items];
  const active = all.filter((item) => item.status === 'active');
  // Names no other item has and sharing no two characters with the new names given below, so a
  // query for the old name can only reach the renamed item through its unit or region.
  const newNames = pairs('鲸鱼观测活动备案海龟救护志愿登记萤火虫栖息地保护');
  // Services with a single implementation, so renaming or cancelling it changes the service.
  const unique = active.filter(
    (item) =>
      all.filter((other) => other.basicCode === item.basicCode || other.name === item.name).length === 1 && !pairs(item.name).some((pair) => newNames.includes(pair)),
  );
  [renamed, cancelled, secondRenamed] = [unique[0]!, unique[1]!, unique[2]!];
  oldName = renamed.name;
  await publish(all);
  await buildSearchIndex({ snapshotDir: snapshotDir(), siteDir: release(1) });
});

afterAll(async () => {
  for (const opened of sessions) await opened.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('incremental search index (pagefind-delta)', () => {
  it('the full index finds the services the test changes, so their disappearance means something', async () => {
    const s = await session(release(1));
    expect((await s.search(oldName)).hits[0]?.url).toBe(serviceUrl(renamed));
    expect((await s.search(cancelled.name)).hits[0]?.url).toBe(serviceUrl(cancelled));
    expect((await s.search('萤火虫栖息地保护登记')).hits.map((hit) => hit.title)).not.toContain('萤火虫栖息地保护登记');
  });

  it('a delta shows renamed, cancelled and added services without writing into the live release', async () => {
    const next = items.map((item) => {
      // Materials named after the old name would keep matching it (and rightly so): the rename
      // here replaces them too, so the old name can reach the item only through its unit.
      if (item.implementationCode === renamed.implementationCode) return { ...clone(item), name: '鲸鱼观测活动备案', aliases: ['看鲸证'], materials: [] };
      if (item.implementationCode === cancelled.implementationCode) {
        return { ...clone(item), status: 'cancelled' as const, cancellation: { date: '2026-11-02', reason: '事项取消' } };
      }
      return item;
    });
    // A new service (基本编码 999999999999) offered by the renamed item's unit.
    added = { ...clone(renamed), materials: [], basicCode: '999999999999', implementationCode: `${renamed.implementationCode.slice(0, -12)}999999999999`, name: '萤火虫栖息地保护登记', aliases: ['萤火虫证'] };
    await publish([...next, added]);

    const before = await fileDigests(release(1));
    await nextRelease(2);
    const result = await buildSearchDelta({
      snapshotDir: snapshotDir(),
      siteDir: release(2),
      changedCodes: [renamed.implementationCode, cancelled.implementationCode, added.implementationCode],
    });
    expect(result).toMatchObject({ indexed: 2, stale: 2 });
    expect(await fileDigests(release(1))).toEqual(before);
    // The publisher hands over the catalog its export holds in memory (toCatalogEntry's objects)
    // instead of the file: the same delta and place files come out.
    const handedOver = join(work, 'release-2-catalog-in-memory');
    await hardLinkCopy(release(1), handedOver, (name) => name === 'search-test');
    const changedCodes = [renamed.implementationCode, cancelled.implementationCode, added.implementationCode];
    await buildSearchDelta({ snapshotDir: snapshotDir(), siteDir: handedOver, changedCodes, catalog: [...next, added].map(toCatalogEntry) });
    expect(await fileDigests(handedOver)).toEqual(await fileDigests(release(2)));
    // The place files follow: the new service opens in its region, the cancelled one nowhere.
    const placeOf = (item: PublicItem) => JSON.parse(readFileSync(join(release(2), 'places', `${toCatalogEntry(item).regionCode}.json`), 'utf8'));
    expect(placeOf(added).services['999999999999']).toEqual([[added.implementationCode, toCatalogEntry(added).unitName]]);
    expect(placeOf(cancelled).services[cancelled.basicCode]).toBeUndefined();

    const s = await session(release(2));
    expect((await s.search('鲸鱼观测活动备案')).hits[0]).toMatchObject({ url: serviceUrl(renamed), title: '鲸鱼观测活动备案' });
    expect((await s.search('看鲸证')).hits[0]?.url).toBe(serviceUrl(renamed));
    const oldHits = await urlsFor(s, oldName);
    expect(oldHits.map((hit) => hit.title)).not.toContain(oldName);
    expect(oldHits.slice(0, 3).map((hit) => hit.url)).not.toContain(serviceUrl(renamed));
    expect((await urlsFor(s, cancelled.name)).map((hit) => hit.url)).not.toContain(serviceUrl(cancelled));
    expect((await s.search('萤火虫证')).hits[0]).toMatchObject({ url: serviceUrl(added), title: '萤火虫栖息地保护登记' });
  });

  it('both bundles carry brotli copies of what a search loads, holding Pagefind\'s data ungzipped (the sessions here search through them)', async () => {
    for (const [bundle, script] of [['pagefind', true], ['pagefind-delta', false]] as const) {
      const dir = join(release(2), bundle);
      const loaded = [
        ...(await readdir(dir)).filter((name) => /\.pf_meta$|^wasm\..*\.pagefind$|^pagefind\.js$/.test(name)),
        ...(await readdir(join(dir, 'index'))).map((name) => join('index', name)).filter((name) => name.endsWith('.pf_index')),
        ...(await readdir(join(dir, 'filter'))).map((name) => join('filter', name)).filter((name) => name.endsWith('.pf_filter')),
      ];
      expect(loaded.some((name) => name.endsWith('.pf_meta'))).toBe(true);
      expect(loaded.some((name) => name.startsWith('index/'))).toBe(true);
      expect(loaded.includes('pagefind.js')).toBe(script);
      for (const name of loaded) {
        const original = readFileSync(join(dir, name));
        const plain = brotliDecompressSync(readFileSync(join(dir, `${name}.br`)));
        if (name === 'pagefind.js') expect(plain.equals(original)).toBe(true);
        else expect(plain.equals(gunzipSync(original)), name).toBe(true);
      }
      // One small file per item: no copies (they would double a release's files).
      expect((await readdir(join(dir, 'fragment'))).some((name) => name.endsWith('.br'))).toBe(false);
    }
  });

  it('filters count and narrow across both indexes, without the stale pages', async () => {
    const s = sessions.at(-1)!;
    // Counted in services: those with an active implementation in the region.
    const activeIn = (region: string) => new Set(items.map(toCatalogEntry).filter((entry) => entry.status === 'active' && entry.regionName === region).map((entry) => entry.basicCode)).size;
    const regionOf = (item: PublicItem) => toCatalogEntry(item).regionName;
    const counts = await s.filters();
    expect(counts['地区']?.[regionOf(cancelled)] ?? 0).toBe(activeIn(regionOf(cancelled)));
    expect(counts['地区']?.[regionOf(added)]).toBe(activeIn(regionOf(added)));
    const listed = await s.search('', { 地区: [regionOf(added)] }, ALL);
    expect(listed.total).toBe(activeIn(regionOf(added)));
    expect(listed.hits.map((hit) => hit.url)).toContain(serviceUrl(added));
    const category = (await s.search('萤火虫证')).hits[0]!.category;
    expect((await s.search('萤火虫证', { 分类: [category] })).hits[0]?.url).toBe(serviceUrl(added));
    const otherCategory = Object.keys(counts['分类'] ?? {}).find((name) => name !== category)!;
    expect((await s.search('萤火虫证', { 分类: [otherCategory] })).hits.map((hit) => hit.url)).not.toContain(serviceUrl(added));
  });

  it('a second delta keeps the first one’s changes, and a full rebuild folds them in', async () => {
    await publish(items.map((item) => (item.implementationCode === secondRenamed.implementationCode ? { ...clone(item), name: '海龟救护志愿登记' } : item)));
    const before = await fileDigests(release(2));
    await nextRelease(3);
    const result = await buildSearchDelta({ snapshotDir: snapshotDir(), siteDir: release(3), changedCodes: [secondRenamed.implementationCode] });
    expect(result).toMatchObject({ indexed: 3, stale: 3 });
    expect(await fileDigests(release(2))).toEqual(before);

    const s = await session(release(3));
    expect((await s.search('海龟救护志愿登记')).hits[0]?.url).toBe(serviceUrl(secondRenamed));
    expect((await s.search('鲸鱼观测活动备案')).hits[0]?.url).toBe(serviceUrl(renamed));
    expect((await s.search('萤火虫证')).hits[0]?.url).toBe(serviceUrl(added));
    expect((await urlsFor(s, cancelled.name)).map((hit) => hit.url)).not.toContain(serviceUrl(cancelled));

    const live = await fileDigests(release(3));
    await nextRelease(4);
    await buildSearchIndex({ snapshotDir: snapshotDir(), siteDir: release(4) });
    expect(await fileDigests(release(3))).toEqual(live);
    expect(JSON.parse(readFileSync(join(release(4), 'pagefind-delta', 'stale.json'), 'utf8'))).toMatchObject({ codes: [], bundle: false, stale: [] });
    // The place files the deltas replaced one by one are the ones a full index writes.
    const places = async (dir: string) => Object.fromEntries(await Promise.all((await readdir(join(dir, 'places'))).map(async (name) => [name, readFileSync(join(dir, 'places', name), 'utf8')])));
    expect(await places(release(3))).toEqual(await places(release(4)));
    const full = await session(release(4));
    expect((await full.search('海龟救护志愿登记')).hits[0]?.url).toBe(serviceUrl(secondRenamed));
    expect((await full.search('萤火虫证')).hits[0]?.url).toBe(serviceUrl(added));
    expect((await urlsFor(full, cancelled.name)).map((hit) => hit.url)).not.toContain(serviceUrl(cancelled));
  });

  it('the CMS\'s search for browsers without JavaScript follows the live release, deltas included, and answers as the page does', async () => {
    let live = release(1);
    const server = createStaticServer(() => live);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/pagefind/`);
      const t0 = 1_000_000;
      expect((await searchCatalog(await liveSearchIndex(base, t0), oldName)).hits[0]?.url).toBe(serviceUrl(renamed));
      live = release(2);
      // Within the recheck interval the opened index answers; after it, the switch is seen.
      expect((await searchCatalog(await liveSearchIndex(base, t0 + 5_000), oldName)).hits[0]?.url).toBe(serviceUrl(renamed));
      for (const [n, at] of [[2, t0 + 11_000], [3, t0 + 22_000]] as const) {
        live = release(n);
        const index = await liveSearchIndex(base, at);
        const page = sessions.find((opened) => opened.origin.endsWith(`:${PORT + n - 1}`))!;
        for (const query of [oldName, '鲸鱼观测活动备案', '看鲸证', '萤火虫证', cancelled.name, '海龟救护志愿登记']) {
          expect(await searchCatalog(index, query, { limit: 10 }), `${n}: ${query}`).toEqual(await page.search(query, undefined, 10));
        }
        expect((await searchCatalog(index, cancelled.name, { limit: ALL })).hits.map((hit) => hit.url)).not.toContain(serviceUrl(cancelled));
      }
      // The site stops answering: the index already open keeps answering.
      live = join(work, 'no-such-release');
      expect((await searchCatalog(await liveSearchIndex(base, t0 + 33_000), '海龟救护志愿登记')).hits[0]?.url).toBe(serviceUrl(secondRenamed));
    } finally {
      await new Promise((done) => server.close(done));
    }
  });
});
