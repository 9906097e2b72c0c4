import { describe, expect, it } from 'vitest';
import { buildDivisions, divisionCode, selectScope, withAncestors, type DivisionTable } from './divisions.ts';

const rows = (list: [DivisionTable, string, string][]) => list.map(([table, code, name]) => ({ table, code, name }));

const sample = buildDivisions(
  rows([
    ['province', '11', '北京市'],
    ['city', '1101', '市辖区'],
    ['county', '110101', '东城区'],
    ['province', '44', '广东省'],
    ['city', '4419', '东莞市'],
    ['county', '441900', '东莞市'],
    ['town', '441900003', '东城街道'],
    ['province', '33', '浙江省'],
    ['city', '3303', '温州市'],
    ['county', '330326', '平阳县'],
    ['county', '330327', '苍南县'],
    ['town', '330326100', '昆阳镇'],
    ['village', '330326100001', '城北社区居民委员会'],
    ['town', '330327100', '灵溪镇'],
    ['province', '35', '福建省'],
    ['city', '3505', '泉州市'],
    ['county', '350527', '金门县'],
    ['town', '350527000', '金门县'],
  ]),
);
const byCode = new Map(sample.map((d) => [d.code, d]));

describe('national division codes', () => {
  it('writes the tables’ short codes as region codes', () => {
    expect(divisionCode('province', '33')).toBe('330000');
    expect(divisionCode('city', '3303')).toBe('330300');
    expect(divisionCode('town', '330326100')).toBe('330326100000');
    expect(() => divisionCode('town', '3303261')).toThrow(/9 位数字/);
  });

  it('hangs counties of a municipality under the province, not under its grouping row 市辖区', () => {
    expect(byCode.has('110100')).toBe(false);
    expect(byCode.get('110101')).toMatchObject({ level: 'county', parentCode: '110000' });
  });

  it('keeps 东莞市 once, as a city with its towns directly under it', () => {
    expect(sample.filter((d) => d.code === '441900')).toEqual([{ code: '441900', name: '东莞市', level: 'city', parentCode: '440000' }]);
    expect(byCode.get('441900003000')).toMatchObject({ level: 'town', parentCode: '441900' });
  });

  it('leaves out rows whose code is not of their table’s level (金门县 placeholder town)', () => {
    expect(sample.filter((d) => d.code.startsWith('350527'))).toEqual([{ code: '350527', name: '金门县', level: 'county', parentCode: '350500' }]);
  });

  it('links every level: village → town → county → city → province', () => {
    expect(withAncestors(byCode, '330326100001')!.map((d) => [d.code, d.parentCode])).toEqual([
      ['330000', undefined],
      ['330300', '330000'],
      ['330326', '330300'],
      ['330326100000', '330326'],
      ['330326100001', '330326100000'],
    ]);
  });

  it('selects a county with its ancestors and descendants, parents first, nothing of its neighbour', () => {
    const scope = selectScope(sample, '330326', 'village')!;
    expect(scope.map((d) => d.code)).toEqual(['330000', '330300', '330326', '330326100000', '330326100001']);
    expect(selectScope(sample, '330326', 'county')!.map((d) => d.code)).toEqual(['330000', '330300', '330326']);
    expect(selectScope(sample, '330300', 'town')!.map((d) => d.code)).toEqual(['330000', '330300', '330326', '330327', '330326100000', '330327100000']);
    expect(selectScope(sample, '330399', 'village')).toBeUndefined();
  });
});
