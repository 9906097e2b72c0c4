import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../generator/catalog.ts';
import type { PublicItem } from './snapshot-schema.ts';
import { checkedCatalogEntry, readSnapshotIndex, readSnapshotItem, readSnapshotItems, toCatalogEntry, validateSnapshot, writeSnapshot } from './snapshot-io.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'snapshot-io-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function digest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const file of files) hash.update(file.slice(dir.length)).update(await readFile(file));
  return hash.digest('hex');
}

describe('writeSnapshot and the readers', () => {
  it('round-trips a generated catalog', async () => {
    const dir = join(root, 'round-trip');
    const generated = generateCatalog({ items: 60 });
    const originals = [...generated.items];
    const meta = await writeSnapshot(dir, generated);
    expect(meta.counts.items).toBe(60);
    expect(meta.counts.activeItems + meta.counts.cancelledItems).toBe(60);
    expect(meta.counts.cancelledItems).toBe(originals.filter((i) => i.status === 'cancelled').length);

    const index = await readSnapshotIndex(dir);
    expect(index.catalog).toEqual(originals.map(toCatalogEntry));
    expect(index.units).toHaveLength(meta.counts.units);
    expect(index.settings.hotline).toBe('12345');
    const first = originals[0] as PublicItem;
    expect(await readSnapshotItem(dir, first.implementationCode)).toEqual(first);
    const streamed: string[] = [];
    for await (const item of readSnapshotItems(dir)) streamed.push(item.implementationCode);
    expect(streamed).toEqual(originals.map((i) => i.implementationCode));
    expect(await validateSnapshot(dir)).toEqual({ ok: true, errors: [] });
  });

  it('writes byte-identical snapshots for the same seed', async () => {
    await writeSnapshot(join(root, 'a'), generateCatalog({ items: 120, seed: 7 }));
    await writeSnapshot(join(root, 'b'), generateCatalog({ items: 120, seed: 7 }));
    await writeSnapshot(join(root, 'c'), generateCatalog({ items: 120, seed: 8 }));
    expect(await digest(join(root, 'a'))).toBe(await digest(join(root, 'b')));
    expect(await digest(join(root, 'a'))).not.toBe(await digest(join(root, 'c')));
  });

  it('accepts an async iterable of items', async () => {
    const generated = generateCatalog({ items: 5 });
    async function* items() {
      yield* generated.items;
    }
    const meta = await writeSnapshot(join(root, 'async'), { ...generated, items: items() });
    expect(meta.counts.items).toBe(5);
  });
});

describe('safety', () => {
  it('refuses implementation codes that are not [0-9A-Z] as file names', async () => {
    const dir = join(root, 'round-trip');
    await expect(readSnapshotItem(dir, '../meta')).rejects.toThrow(/只允许数字 0–9 和大写字母 A–Z/);
    await expect(readSnapshotItem(dir, 'abc')).rejects.toThrow(/实施编码「abc」/);
    const generated = generateCatalog({ items: 3 });
    const evil = [...generated.items].map((item, i) => (i === 2 ? { ...item, implementationCode: '../../escape' } : item));
    await expect(writeSnapshot(join(root, 'evil'), { ...generated, items: evil })).rejects.toThrow(/不能用作快照文件名/);
    expect(await readdir(root)).not.toContain('evil');
    expect((await readdir(root)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('refuses duplicate implementation codes', async () => {
    const generated = generateCatalog({ items: 2 });
    const [one] = [...generated.items];
    await expect(writeSnapshot(join(root, 'dup'), { ...generated, items: [one as PublicItem, one as PublicItem] })).rejects.toThrow(/重复/);
  });

  it('keeps the previous snapshot when a new one fails half-way, and replaces it when one succeeds', async () => {
    const dir = join(root, 'live');
    await writeSnapshot(dir, generateCatalog({ items: 10, seed: 1 }));
    const before = await digest(dir);
    const generated = generateCatalog({ items: 10, seed: 2 });
    function* failing() {
      let n = 0;
      for (const item of generated.items) {
        if (++n === 5) throw new Error('数据库连接中断');
        yield item;
      }
    }
    await expect(writeSnapshot(dir, { ...generated, items: failing() })).rejects.toThrow('数据库连接中断');
    expect(await digest(dir)).toBe(before);
    expect((await readdir(root)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    await writeSnapshot(dir, generated);
    expect(await digest(dir)).not.toBe(before);
    expect((await readSnapshotIndex(dir)).meta.siteVersion).toBe(generated.siteVersion);
  });
});

describe('invalid snapshots', () => {
  it('names the file, the field and the value', async () => {
    const dir = join(root, 'broken');
    await writeSnapshot(dir, generateCatalog({ items: 5 }));
    const units = JSON.parse(await readFile(join(dir, 'units.json'), 'utf8'));
    units[1].kind = 'company';
    await writeFile(join(dir, 'units.json'), JSON.stringify(units));
    await expect(readSnapshotIndex(dir)).rejects.toThrow(/快照文件 units\.json 的字段「1\.kind」无效（值："company"）/);
    const result = await validateSnapshot(dir);
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toContain('units.json');
  });

  it('reports missing item files and wrong counts', async () => {
    const dir = join(root, 'incomplete');
    const generated = generateCatalog({ items: 5 });
    const [first] = [...generated.items];
    await writeSnapshot(dir, generated);
    await rm(join(dir, 'items', `${first?.implementationCode}.json`));
    const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
    meta.counts.items = 99;
    await writeFile(join(dir, 'meta.json'), JSON.stringify(meta));
    const result = await validateSnapshot(dir);
    expect(result.ok).toBe(false);
    expect(result.errors.some((e) => e.includes(`items/${first?.implementationCode}.json`))).toBe(true);
    expect(result.errors.some((e) => e.includes('counts.items 为 99'))).toBe(true);
  });

  it('checks catalog.json unless its writer checked each entry (the incremental renderer), and the check names the entry', async () => {
    const dir = join(root, 'catalog-checked');
    const generated = generateCatalog({ items: 3 });
    const [first] = [...generated.items];
    await writeSnapshot(dir, generated);
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    catalog[0].status = 'bogus';
    await writeFile(join(dir, 'catalog.json'), JSON.stringify(catalog));
    await expect(readSnapshotIndex(dir)).rejects.toThrow(/快照文件 catalog\.json 的字段「0\.status」无效/);
    expect((await readSnapshotIndex(dir, { catalogCheckedByWriter: true })).catalog[0]!.status).toBe('bogus');

    const item = first!;
    expect(JSON.stringify(checkedCatalogEntry(item))).toBe(JSON.stringify(toCatalogEntry(item)));
    expect(() => checkedCatalogEntry({ ...item, status: 'bogus' } as unknown as PublicItem)).toThrow(`快照文件 catalog.json（${item.implementationCode}） 的字段「status」无效`);
  });

  it('says which file is not JSON', async () => {
    const dir = join(root, 'not-json');
    await writeSnapshot(dir, generateCatalog({ items: 2 }));
    await writeFile(join(dir, 'settings.json'), '{');
    await expect(readSnapshotIndex(dir)).rejects.toThrow(/快照文件 settings\.json 不是有效的 JSON/);
  });
});
