import { describe, expect, it } from 'vitest';
import { catalogBases, type CatalogEntry, type PublicLaw } from '@catalog/content-models';
import { catalogCsv, catalogJson, LICENCE } from '../../site/src/lib/open-data.ts';
import { lawsCsv, lawsJson } from '../../site/src/lib/open-data-laws.ts';

const site = new URL('https://fuwu.example.gov.cn/');
const entry = {
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
  updatedAt: '2026-11-30T02:00:00.000Z',
  legalBasis: catalogBases([{ instrument: '《中华人民共和国社会保险法》', article: '第五十八条' }, { instrument: '社会保障卡管理办法' }]),
} as unknown as CatalogEntry;

const laws: PublicLaw[] = [
  { key: '社会保险法', name: '中华人民共和国社会保险法', level: 'law', status: 'in-force', effectiveDate: '2011-07-01' },
  { key: '社会保障卡管理办法', name: '社会保障卡管理办法' },
];

describe('open data: 设定依据 per item', () => {
  it('writes 设定依据 as one CSV cell and as rows with the register key in JSON', () => {
    const [header, row] = catalogCsv([entry], site).toString('utf8').slice(1).split('\r\n');
    const column = header!.split(',').indexOf('设定依据（以“；”分隔）');
    expect(row!.split(',')[column]).toBe('《中华人民共和国社会保险法》第五十八条；《社会保障卡管理办法》');
    const json = JSON.parse(catalogJson([entry], site, '2026-11-30T02:00:00.000Z').toString('utf8')) as { items: { legalBasis: unknown }[]; licence: string };
    expect(json.items[0]!.legalBasis).toEqual([
      { instrument: '中华人民共和国社会保险法', article: '第五十八条', key: '社会保险法' },
      { instrument: '社会保障卡管理办法', key: '社会保障卡管理办法' },
    ]);
    expect(json.licence).toContain('CC BY 4.0');
  });
});

describe('open data: the law register', () => {
  it('says 未填写 in CSV and null in JSON for what the register does not know', () => {
    const rows = lawsCsv(laws).slice(1).split('\r\n');
    expect(rows[0]).toBe('匹配键（与事项设定依据的 key 对应）,名称,文号,效力级别,时效性,施行日期,废止日期,原文链接');
    expect(rows[1]).toBe('社会保险法,中华人民共和国社会保险法,未填写,法律,现行有效,2011-07-01,未填写,未填写');
    expect(rows[2]).toBe('社会保障卡管理办法,社会保障卡管理办法,未填写,未填写,未填写,未填写,未填写,未填写');
    const json = JSON.parse(lawsJson(laws, '2026-11-30T10:00:00+08:00', LICENCE)) as { items: Record<string, unknown>[] };
    expect(json.items[1]).toEqual({ key: '社会保障卡管理办法', name: '社会保障卡管理办法', documentNumber: null, level: null, levelLabel: null, status: null, statusLabel: null, effectiveDate: null, repealDate: null, link: null });
    expect(json.items[0]).toMatchObject({ level: 'law', levelLabel: '法律', status: 'in-force', statusLabel: '现行有效' });
  });
});
