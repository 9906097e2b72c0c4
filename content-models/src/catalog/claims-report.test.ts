import { describe, expect, it } from 'vitest';
import { claimsReport, type ClaimsReportInput, type ReportImplementation, type ReportItem, type ReportUnit } from './claims-report.ts';
import { departmentStem, responsibleUnits } from './departments.ts';
import { deviationsFrom } from './deviations.ts';

/**
 * 浙江省 (330000) › 瓯江市 (330300) › 江心区 (330302) and 平阳县 (330326). The province's 民政厅 and
 * the city's 民政局 and 人社局 list reference items; each county has its own 民政局, 江心区 also a 人社局.
 */
const unit = (id: string, name: string, regionCode: string, regionName: string, kind = 'government'): ReportUnit => ({ id, name, kind, regionCode, regionName });
const units: ReportUnit[] = [
  unit('p-mz', '浙江省民政厅', '330000', '浙江省'),
  unit('c-mz', '瓯江市民政局', '330300', '瓯江市'),
  unit('c-rs', '瓯江市人力资源和社会保障局', '330300', '瓯江市'),
  unit('jx-mz', '江心区民政局', '330302', '江心区'),
  unit('jx-rs', '江心区人力资源和社会保障局', '330302', '江心区'),
  unit('py-mz', '平阳县民政局', '330326', '平阳县'),
  unit('py-sb', '平阳县社会保险事业管理中心', '330326', '平阳县', 'institution'),
];

const basis = [{ instrument: '《社会救助暂行办法》', article: '第十一条' }];
const item = (id: string, name: string, basicCode: string, regionCode: string, ownerUnitId: string, extra: Partial<ReportItem> = {}): ReportItem => ({
  id, name, basicCode, itemType: '05', legalBasis: basis, status: 'active', levels: ['3', '4'], regionCode, ownerUnitId, ...extra,
});
const items: ReportItem[] = [
  item('dibao', '最低生活保障审批', '000508001000', '330000', 'p-mz', { levels: ['4'] }),
  item('tekun', '特困人员认定', '000508002000', '330300', 'c-mz'),
  item('city-only', '市级救助资金拨付', '000508003000', '330300', 'c-mz', { levels: ['3'] }),
  item('no-levels', '临时救助', '000508004000', '330300', 'c-mz', { levels: [] }),
  item('gone', '已取消的救助事项', '000508005000', '330300', 'c-mz', { status: 'cancelled' }),
  item('jiuye', '就业困难人员认定', '000705001000', '330300', 'c-rs', { itemType: '07' }),
  item('py-own', '平阳县高龄津贴发放', '330508006000', '330326', 'py-mz'),
];

const implementation = (id: string, unitId: string, catalogItemId: string, extra: Partial<ReportImplementation> = {}): ReportImplementation => ({
  id, unitId, catalogItemId, published: true, cancelled: false, ...extra,
});

function input(implementations: ReportImplementation[], extra: Partial<ClaimsReportInput> = {}): ClaimsReportInput {
  return { counties: [{ code: '330302', name: '江心区' }, { code: '330326', name: '平阳县' }], items, units, implementations, ...extra };
}

const ids = (refs: { itemId: string }[]) => refs.map((r) => r.itemId);

describe('the reference catalog of a county', () => {
  it('is the items of the province, the city and the county itself that are exercised at county level', () => {
    const report = claimsReport(input([]));
    const [jiangxin, pingyang] = report.counties;
    // city-only (市级 only) and the cancelled item are not expected; an item stating no level is.
    expect(jiangxin!.referenceItems).toBe(4);
    expect(pingyang!.referenceItems).toBe(5);
    expect(ids(jiangxin!.units.find((u) => u.unitId === 'jx-mz')!.missing)).toEqual(['dibao', 'tekun', 'no-levels']);
    expect(ids(pingyang!.units.find((u) => u.unitId === 'py-mz')!.missing)).toEqual(['dibao', 'tekun', 'no-levels', 'py-own']);
  });

  it('never lists another county\'s items', () => {
    const report = claimsReport(input([]));
    const jiangxin = report.counties[0]!;
    expect(jiangxin.units.flatMap((u) => ids(u.missing))).not.toContain('py-own');
  });
});

describe('claimed and missing', () => {
  it('counts an item as claimed for the county once any of its units implements it, draft or published', () => {
    const report = claimsReport(input([implementation('i1', 'jx-mz', 'tekun', { published: false, name: '特困人员认定' })]));
    const mz = report.counties[0]!.units.find((u) => u.unitId === 'jx-mz')!;
    expect(mz.claimed).toMatchObject([{ itemId: 'tekun', implementationId: 'i1', published: false, deviations: [] }]);
    expect(ids(mz.missing)).toEqual(['dibao', 'no-levels']);
  });

  it('keeps a cancelled implementation as claimed and does not compare it', () => {
    const report = claimsReport(input([implementation('i1', 'jx-mz', 'tekun', { cancelled: true, name: '旧名称' })]));
    const mz = report.counties[0]!.units.find((u) => u.unitId === 'jx-mz')!;
    expect(mz.claimed[0]).toMatchObject({ itemId: 'tekun', cancelled: true, deviations: [] });
    expect(ids(mz.missing)).not.toContain('tekun');
  });

  it('lists a missing item under the unit of the same department, never under another department', () => {
    const report = claimsReport(input([]));
    const jiangxin = report.counties[0]!;
    expect(ids(jiangxin.units.find((u) => u.unitId === 'jx-rs')!.missing)).toEqual(['jiuye']);
    expect(ids(jiangxin.units.find((u) => u.unitId === 'jx-mz')!.missing)).not.toContain('jiuye');
  });

  it('lists an item no unit of the county answers for as 未落实对口单位', () => {
    const pingyang = claimsReport(input([])).counties[1]!;
    // 平阳县 has no 人社局 and its 社保中心 has no item with department code 07.
    expect(ids(pingyang.unassigned)).toEqual(['jiuye']);
    expect(pingyang.units.flatMap((u) => ids(u.missing))).not.toContain('jiuye');
  });

  it('falls back to the department code of the basic code when no unit matches by name', () => {
    const withEvidence = claimsReport(input([implementation('i9', 'py-sb', 'py-own-07', {})], {
      items: [...items, item('py-own-07', '平阳县失业登记', '330705009000', '330326', 'py-sb', { itemType: '07' })],
    }));
    const pingyang = withEvidence.counties[1]!;
    expect(ids(pingyang.units.find((u) => u.unitId === 'py-sb')!.missing)).toEqual(['jiuye']);
    expect(pingyang.unassigned).toEqual([]);
  });

  it('shows a unit only its own lines when asked to', () => {
    const report = claimsReport(input([], { onlyUnitIds: ['jx-mz'] }));
    expect(report.counties[0]!.units.map((u) => u.unitId)).toEqual(['jx-mz']);
    expect(report.counties[1]!.units).toEqual([]);
    expect(report.counties.flatMap((c) => c.unassigned)).toEqual([]);
  });
});

describe('deviations (同源)', () => {
  const mz = (implementations: ReportImplementation[]) => claimsReport(input(implementations)).counties[0]!.units.find((u) => u.unitId === 'jx-mz')!;

  it('reports a name that differs from the catalog item', () => {
    const line = mz([implementation('i1', 'jx-mz', 'tekun', { name: '特困供养人员认定' })]);
    expect(line.deviating).toHaveLength(1);
    expect(line.deviating[0]!.deviations).toEqual([{ field: 'name', message: expect.stringContaining('特困供养人员认定') }]);
  });

  it('reports a stated item type or legal basis that differs', () => {
    const line = mz([implementation('i1', 'jx-mz', 'tekun', { itemType: '07', legalBasis: [{ instrument: '《社会救助暂行办法》', article: '第十二条' }] })]);
    const fields = line.deviating[0]!.deviations.map((d) => d.field);
    expect(fields).toContain('itemType');
    expect(fields).toContain('legalBasis');
    expect(line.deviating[0]!.deviations.find((d) => d.field === 'itemType')!.message).toMatch(/行政给付.*行政确认/);
  });

  it('reads the basic code and item type inside the 实施编码', () => {
    const line = mz([implementation('i1', 'jx-mz', 'tekun', { implementationCode: '113303020000000004' + '4' + '000708002000' })]);
    expect(line.deviating[0]!.deviations.map((d) => d.field)).toEqual(['basicCode', 'itemType']);
  });

  it('finds nothing when the implementation says what the item says', () => {
    const line = mz([implementation('i1', 'jx-mz', 'tekun', { name: ' 特困人员认定 ', implementationCode: '113303020000000004' + '4' + '000508002000', itemType: '05', legalBasis: basis })]);
    expect(line.deviating).toEqual([]);
  });

  it('reports an implementation still in use of a cancelled catalog item', () => {
    expect(deviationsFrom({ name: 'x', basicCode: '000508005000', itemType: '05', legalBasis: [], status: 'cancelled' }, {}).map((d) => d.field)).toEqual(['status']);
    expect(deviationsFrom({ name: 'x', basicCode: '000508005000', itemType: '05', legalBasis: [], status: 'cancelled' }, {}, true)).toEqual([]);
  });
});

describe('departments', () => {
  it('strips the region, a second name in brackets and the organ suffix', () => {
    expect(departmentStem('浙江省民政厅', '浙江省')).toBe('民政');
    expect(departmentStem('平阳县民政局', '平阳县')).toBe('民政');
    expect(departmentStem('瓯江市市场监督管理局（知识产权局）', '瓯江市')).toBe('市场监督管理');
    expect(departmentStem('浙江省卫生健康委员会', '浙江省')).toBe(departmentStem('平阳县卫生健康局', '平阳县'));
  });

  it('requires the same kind of unit', () => {
    const countyUnits = [{ id: 'a', name: '平阳县图书馆', kind: 'institution', regionName: '平阳县', basicCodes: [] }];
    expect(responsibleUnits({ basicCode: '002016001000', owner: { name: '瓯江市图书馆', kind: 'institution', regionName: '瓯江市' } }, countyUnits)).toHaveLength(1);
    expect(responsibleUnits({ basicCode: '002016001000', owner: { name: '瓯江市图书馆', kind: 'soe', regionName: '瓯江市' } }, countyUnits)).toHaveLength(0);
  });
});
