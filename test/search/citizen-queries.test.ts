import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_TABLE } from '../../content-models/src/generator/template-table.ts';

/**
 * Structural checks for the citizen-vocabulary evaluation set (see citizen-queries.md).
 * The set is written independently of the catalog's aliases and of the synonym dictionary;
 * these checks make sure it stays that way, and that every expected service really exists.
 */

interface CitizenQuery {
  query: string;
  expect: string[];
  style: string;
}

const STYLES = new Set(['colloquial', 'question', 'partial', 'pinyin', 'traditional', 'code-like', 'typo']);

const queries = JSON.parse(
  readFileSync(new URL('./citizen-queries.json', import.meta.url), 'utf8'),
) as CitizenQuery[];

const rows = TEMPLATE_TABLE.split('\n')
  .map((line) => line.trim())
  .filter((line) => line.includes('|'))
  .map((line) => line.split('|').map((cell) => cell.trim()));
const formalNames = new Set(rows.map((cells) => cells[0] ?? ''));
const aliases = new Set(
  rows.flatMap((cells) => (cells[1] ?? '').split('、')).map((a) => a.trim().toLowerCase()).filter(Boolean),
);

const synonymsPath = new URL('../../content-models/src/search/synonyms.json', import.meta.url);
const synonymTerms = existsSync(synonymsPath)
  ? new Set(
      (JSON.parse(readFileSync(synonymsPath, 'utf8')) as { formal: string; colloquial: string[] }[])
        .flatMap((entry) => [entry.formal, ...entry.colloquial])
        .map((term) => term.trim().toLowerCase())
        .filter(Boolean),
    )
  : undefined;

const norm = (s: string) => s.trim().toLowerCase();

describe('citizen query evaluation set', () => {
  it('parses the catalog table', () => {
    expect(formalNames.size).toBeGreaterThanOrEqual(200);
  });

  it('has well-formed entries', () => {
    for (const q of queries) {
      expect(typeof q.query, JSON.stringify(q)).toBe('string');
      expect(q.query.trim(), JSON.stringify(q)).not.toBe('');
      expect(Array.isArray(q.expect) && q.expect.length >= 1 && q.expect.length <= 3, JSON.stringify(q)).toBe(true);
      expect(STYLES.has(q.style), `unknown style in ${JSON.stringify(q)}`).toBe(true);
    }
    const normalized = queries.map((q) => norm(q.query));
    const duplicates = normalized.filter((q, i) => normalized.indexOf(q) !== i);
    expect(duplicates).toEqual([]);
  });

  it('is large and broad enough', () => {
    expect(queries.length).toBeGreaterThanOrEqual(230);
    const services = new Set(queries.flatMap((q) => q.expect));
    expect(services.size).toBeGreaterThanOrEqual(130);
  });

  it('uses no service more than four times', () => {
    const perService = new Map<string, number>();
    for (const q of queries) for (const name of q.expect) perService.set(name, (perService.get(name) ?? 0) + 1);
    expect([...perService].filter(([, n]) => n > 4)).toEqual([]);
  });

  it('mixes the styles', () => {
    const count = (style: string) => queries.filter((q) => q.style === style).length;
    expect(count('pinyin')).toBeGreaterThanOrEqual(12);
    expect(count('traditional')).toBeGreaterThanOrEqual(10);
    expect(count('colloquial')).toBeGreaterThan(0);
    expect(count('question')).toBeGreaterThan(0);
    expect(count('partial')).toBeLessThanOrEqual(Math.ceil(queries.length * 0.25));
  });

  it('expects only services that exist in the catalog', () => {
    const unknown = queries.flatMap((q) => q.expect.filter((name) => !formalNames.has(name)));
    expect(unknown).toEqual([]);
  });

  it('never repeats a formal service name', () => {
    const formal = new Set([...formalNames].map(norm));
    expect(queries.filter((q) => formal.has(norm(q.query))).map((q) => q.query)).toEqual([]);
  });

  it('never repeats an editor alias from the catalog table', () => {
    expect(queries.filter((q) => aliases.has(norm(q.query))).map((q) => q.query)).toEqual([]);
  });

  it.skipIf(!synonymTerms)('never repeats a term from the synonym dictionary', () => {
    expect(queries.filter((q) => synonymTerms!.has(norm(q.query))).map((q) => q.query)).toEqual([]);
  });
});
