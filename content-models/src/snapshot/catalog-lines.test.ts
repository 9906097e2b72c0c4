import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../generator/catalog.ts';
import { catalogLineReader, catalogLines, catalogText } from './catalog-lines.ts';
import { readSnapshotIndex, writeSnapshot } from './snapshot-io.ts';

let root: string;
let written: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'catalog-lines-'));
  await writeSnapshot(join(root, 'snapshot'), generateCatalog({ items: 40 }));
  written = await readFile(join(root, 'snapshot', 'catalog.json'), 'utf8');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** The catalog of `text` with one entry's name changed, written in the same layout. */
function renamed(text: string, index: number, name: string): string {
  const lines = catalogLines(text)!;
  lines[index] = JSON.stringify({ ...JSON.parse(lines[index]!), name });
  return catalogText(lines);
}

describe('catalog.json by line', () => {
  it('splits the layout writeSnapshot writes and joins it back to the same bytes', () => {
    const lines = catalogLines(written)!;
    expect(lines).toHaveLength(40);
    expect(lines.map((line) => JSON.parse(line))).toEqual(JSON.parse(written));
    expect(catalogText(lines)).toBe(written);
    expect(catalogLines('[]\n')).toEqual([]);
    expect(catalogText([])).toBe('[]\n');
    // Another layout is not guessed at.
    expect(catalogLines(JSON.stringify(JSON.parse(written)))).toBeUndefined();
  });

  it('gives back the same object for an unchanged line and a new one for a changed line', () => {
    const read = catalogLineReader();
    const first = read(written).catalog;
    const second = read(renamed(written, 3, '改名后的事项')).catalog;
    expect(second).toHaveLength(40);
    expect(second[3]!.name).toBe('改名后的事项');
    expect(second[3]).not.toBe(first[3]);
    for (const i of [0, 2, 4, 39]) expect(second[i]).toBe(first[i]);
    expect(second).toEqual(JSON.parse(renamed(written, 3, '改名后的事项')));
  });

  it('remembers only the last text it read', () => {
    const read = catalogLineReader();
    const first = read(written).catalog;
    read(renamed(written, 5, '别的名称'));
    // The original line 5 was not in the text read last: parsed afresh.
    const again = read(written).catalog;
    expect(again[5]).not.toBe(first[5]);
    expect(again[5]).toEqual(first[5]);
    expect(again[6]).toBe(first[6]);
  });

  it('freezes the shared entries, arrays inside them too', () => {
    const [entry] = catalogLineReader()(written).catalog;
    expect(() => {
      (entry as { name: string }).name = '被改掉';
    }).toThrow(TypeError);
    expect(() => (entry!.aliases as string[]).push('别名')).toThrow(TypeError);
  });

  it('reads another layout whole, and the lines it reports write the same catalog', () => {
    const compact = JSON.stringify(JSON.parse(written));
    const { catalog, lines } = catalogLineReader()(compact);
    expect(catalog).toEqual(JSON.parse(written));
    expect(catalogText(lines)).toBe(written);
  });

  it('serves readSnapshotIndex the same catalog as the plain read', async () => {
    const dir = join(root, 'snapshot');
    const read = catalogLineReader();
    const withReader = await readSnapshotIndex(dir, { catalogCheckedByWriter: true, catalogReader: read });
    expect(withReader.catalog).toEqual((await readSnapshotIndex(dir)).catalog);
    const again = await readSnapshotIndex(dir, { catalogCheckedByWriter: true, catalogReader: read });
    expect(again.catalog[0]).toBe(withReader.catalog[0]);
    // Without the writer's check the reader is not used: every entry is checked and fresh.
    const checked = await readSnapshotIndex(dir, { catalogReader: read });
    expect(checked.catalog[0]).not.toBe(withReader.catalog[0]);
    expect(Object.isFrozen(checked.catalog[0])).toBe(false);
  });
});
