import { describe, expect, it } from 'vitest';
import { guideWith } from '../quality/test-fixtures/complete-guide.ts';
import type { Guide } from '../guide/guide-schema.ts';
import { compareImplementations, divergenceScore, type Comparison } from './compare-implementations.ts';
import { feeYuan, ordinaryFeeYuan } from './fee-amount.ts';

const at = (code: string, name: string, change: (g: Guide) => void = () => {}) =>
  guideWith((g) => {
    g.region = { code, name, level: 'county' };
    g.unit = { ...g.unit, name: `${name}卫生健康局` };
    g.implementationCode = `IMPL${code}`;
    change(g);
  });

const rowOf = (c: Comparison, id: string) => {
  const found = c.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};
const texts = (c: Comparison, id: string) => rowOf(c, id).cells.map((cell) => cell.text);
const best = (c: Comparison, id: string) => rowOf(c, id).cells.map((cell) => cell.best);

describe('compareImplementations (标准化比对)', () => {
  const lucheng = at('330302', '鹿城区');
  const longwan = at('330303', '龙湾区', (g) => {
    g.promisedDays = 3;
    g.visits = 0;
    g.onlineDepths = ['4', '5', '6'];
    g.charged = false;
    g.fees = [];
    g.materials[1]!.forms = ['original', 'copy'];
    g.materials[1]!.copies = 2;
  });
  const ouhai = at('330304', '瓯海区', (g) => {
    g.promisedDays = undefined;
    g.caseType = undefined;
    g.visits = 2;
    g.fees = [{ name: '卫生检测费', standard: '每场所 150 元', reducible: false }];
    g.materials.push({ id: 'm-lease', name: '《房屋租赁合同》', forms: ['copy'], copies: 1, necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true });
  });
  // Given out of order: columns follow the region code.
  const comparison = compareImplementations([ouhai, lucheng, longwan]);

  it('puts the regions side by side in region-code order', () => {
    expect(comparison.basicCode).toBe('440118009000');
    expect(comparison.columns.map((c) => c.places.map((p) => p.regionName))).toEqual([['鹿城区'], ['龙湾区'], ['瓯海区']]);
    expect(comparison.columns[0]!.places[0]).toEqual({ implementationCode: 'IMPL330302', regionCode: '330302', regionName: '鹿城区', unitName: '鹿城区卫生健康局' });
  });

  it('marks the shortest promised limit best and leaves the unstated one unknown, never best', () => {
    expect(texts(comparison, 'promisedDays')).toEqual(['5个工作日', '3个工作日', '未填写']);
    expect(best(comparison, 'promisedDays')).toEqual([false, true, false]);
    expect(rowOf(comparison, 'promisedDays').differs).toBe(true);
  });

  it('compares visits, fees and online depth, each with its best value', () => {
    expect(texts(comparison, 'visits')).toEqual(['1次', '0次', '2次']);
    expect(best(comparison, 'visits')).toEqual([false, true, false]);
    expect(texts(comparison, 'fee')).toEqual(['收费 200元', '不收费', '收费 150元']);
    expect(best(comparison, 'fee')).toEqual([false, true, false]);
    expect(texts(comparison, 'onlineDepth')).toEqual(['网上可办至「办理」', '网上可办至「办理结果信息反馈」', '网上可办至「办理」']);
    expect(best(comparison, 'onlineDepth')).toEqual([false, true, false]);
  });

  it('marks a row where everyone agrees as neither different nor best', () => {
    const statutory = rowOf(comparison, 'statutoryDays');
    expect(statutory.differs).toBe(false);
    expect(statutory.cells.every((c) => !c.best)).toBe(true);
  });

  it('matches materials by normalised name and shows presence, forms and copies per region', () => {
    expect(texts(comparison, 'materialCount')).toEqual(['2项', '2项', '3项']);
    expect(best(comparison, 'materialCount')).toEqual([true, true, false]);
    // The material obtained by data sharing is not demanded, so it is no row.
    expect(comparison.rows.filter((r) => r.kind === 'material').map((r) => r.label)).toEqual(['公共场所卫生许可申请表', '从业人员健康合格证明', '《房屋租赁合同》']);
    expect(texts(comparison, 'material:从业人员健康合格证明')).toEqual(['需要：复印件', '需要：原件、复印件 各2份', '需要：复印件']);
    expect(texts(comparison, 'material:房屋租赁合同')).toEqual(['不需要', '不需要', '需要：复印件 1份']);
    expect(rowOf(comparison, 'material:房屋租赁合同').differs).toBe(true);
    expect(rowOf(comparison, 'material:公共场所卫生许可申请表').differs).toBe(false);
  });

  it('says 即办 for a zero-day promise and reads 即办件', () => {
    const instant = compareImplementations([lucheng, at('330305', '洞头区', (g) => { g.promisedDays = 0; g.caseType = 'instant'; })]);
    expect(texts(instant, 'promisedDays')).toEqual(['5个工作日', '即办']);
    expect(texts(instant, 'instant')).toEqual(['否（承诺件）', '是（即办件）']);
    expect(best(instant, 'instant')).toEqual([false, true]);
  });

  it('keeps a guide without materials unknown rather than "needs nothing"', () => {
    const c = compareImplementations([lucheng, at('330305', '洞头区', (g) => { g.materials = []; })]);
    expect(texts(c, 'materialCount')).toEqual(['2项', '未填写']);
    expect(best(c, 'materialCount')).toEqual([false, false]);
    expect(texts(c, 'material:公共场所卫生许可申请表')).toEqual(['需要：原件 1份', '未填写']);
  });

  it('does not rank calendar days against working days, nor a fee without a plain amount', () => {
    const c = compareImplementations([
      lucheng,
      at('330305', '洞头区', (g) => { g.promisedDays = 3; g.promisedDayKind = 'calendar'; g.fees = [{ name: '评估费', standard: '按评估价的1%', reducible: false }]; }),
    ]);
    expect(texts(c, 'promisedDays')).toEqual(['5个工作日', '3个自然日']);
    expect(best(c, 'promisedDays')).toEqual([false, false]);
    expect(rowOf(c, 'promisedDays').differs).toBe(true);
    expect(texts(c, 'fee')).toEqual(['收费 200元', '收费（标准见办事指南）']);
    expect(best(c, 'fee')).toEqual([false, false]);
  });

  it('leaves 是否收费 unknown when the guide does not say', () => {
    const c = compareImplementations([lucheng, at('330305', '洞头区', (g) => { g.charged = undefined; g.fees = []; })]);
    expect(texts(c, 'fee')).toEqual(['收费 200元', '未填写']);
    expect(rowOf(c, 'fee').differs).toBe(false);
  });
});

describe('identical implementations', () => {
  it('share one column, while the divergence still counts every place', () => {
    const c = compareImplementations([at('330302', '鹿城区'), at('330303', '龙湾区', (g) => { g.visits = 0; }), at('330304', '瓯海区'), at('330305', '洞头区')]);
    expect(c.columns.map((col) => col.places.map((p) => p.regionName))).toEqual([['鹿城区', '瓯海区', '洞头区'], ['龙湾区']]);
    expect(texts(c, 'visits')).toEqual(['1次', '0次']);
    expect(best(c, 'visits')).toEqual([false, true]);
    // visits: k = 4 known places, m = 3 hold 1次 → (4 − 3) / (4 − 1)
    expect(c.divergence).toBe(0.33);
  });
});

describe('divergenceScore', () => {
  it('is 0 for identical implementations and grows with each differing row', () => {
    expect(compareImplementations([at('330302', '鹿城区'), at('330303', '龙湾区')]).divergence).toBe(0);
    expect(compareImplementations([at('330302', '鹿城区'), at('330303', '龙湾区', (g) => { g.visits = 0; })]).divergence).toBe(1);
  });

  it('sums (k − m) / (k − 1) per row over known cells', () => {
    const cell = (key?: string) => ({ text: key ?? '未填写', known: key !== undefined, best: false, key });
    expect(divergenceScore([
      { id: 'a', label: 'a', kind: 'summary', differs: true, cells: [cell('1'), cell('1'), cell('2')] }, // (3 − 2) / 2
      { id: 'b', label: 'b', kind: 'summary', differs: true, cells: [cell('1'), cell('2'), cell('3')] }, // (3 − 1) / 2
      { id: 'c', label: 'c', kind: 'summary', differs: false, cells: [cell('1'), cell(), cell()] }, // one known: 0
    ])).toBe(1.5);
  });
});

describe('fee amounts', () => {
  it('reads one plain amount in 元 and nothing else', () => {
    expect(feeYuan('每场所 200 元')).toBe(200);
    expect(feeYuan('工本费１０元/本')).toBe(10);
    expect(feeYuan('按评估价的1%')).toBeUndefined();
    expect(feeYuan('首次50元，续期30元')).toBeUndefined();
    expect(feeYuan(undefined)).toBeUndefined();
  });

  it('sums the fees every applicant pays, leaving case fees out', () => {
    expect(ordinaryFeeYuan([
      { name: '工本费', standard: '10元', reducible: false },
      { name: '补证费', applicableCase: '遗失补证', standard: '20元', reducible: false },
    ])).toBe(10);
  });
});
