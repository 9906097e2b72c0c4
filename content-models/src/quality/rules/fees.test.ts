import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { feesRule } from './fees.ts';

describe('fees rule', () => {
  it('passes a priced item with basis and standard, and a free item without fees', () => {
    expect(feesRule.check(completeGuide)).toEqual([]);
    expect(feesRule.check(guideWith((g) => { g.charged = false; g.fees = []; }))).toEqual([]);
  });

  it('refuses a priced item with no fee items', () => {
    expect(feesRule.check(guideWith((g) => (g.fees = [])))).toEqual([
      { rule: 'fees', severity: 'error', path: 'fees', message: expect.stringContaining('“是否收费”为是，但未列收费项目') },
    ]);
  });

  it('refuses a fee item without basis or without standard', () => {
    const findings = feesRule.check(guideWith((g) => g.fees.push({ name: '复检费', reducible: false })));
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'error', path: 'fees.1.basis', message: expect.stringContaining('收费项目“复检费”未填写收费依据') }),
      expect.objectContaining({ severity: 'error', path: 'fees.1.standard', message: expect.stringContaining('收费项目“复检费”未填写收费标准') }),
    ]);
  });

  it('warns about a reducible fee without reduction basis', () => {
    expect(feesRule.check(guideWith((g) => (g.fees[0]!.reducible = true)))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'fees.0.reductionBasis' }),
    ]);
  });

  it('warns when fees are listed on an item declared free', () => {
    expect(feesRule.check(guideWith((g) => (g.charged = false)))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'charged', message: expect.stringContaining('列有 1 项收费项目') }),
    ]);
  });

  it('counts a fee basis or standard of 「无」「暂无」「/」「—」 as missing', () => {
    for (const basis of ['无', '暂无', '/', '—', '－']) {
      expect(feesRule.check(guideWith((g) => (g.fees[0]!.basis = basis)))).toEqual([
        expect.objectContaining({ severity: 'error', path: 'fees.0.basis', message: expect.stringContaining(`收费项目“卫生检测费”的收费依据“${basis}”等于未填写`) }),
      ]);
    }
    expect(feesRule.check(guideWith((g) => (g.fees[0]!.standard = '无')))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'fees.0.standard', message: expect.stringContaining('收费标准“无”等于未填写') }),
    ]);
  });

  it('refuses a fee whose basis is a unit\'s own rule or meeting minutes', () => {
    expect(feesRule.check(guideWith((g) => (g.fees[0]!.basis = '本单位收费管理规定')))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'fees.0.basis', message: expect.stringContaining('属于单位内部规定，不能作为收费依据') }),
    ]);
    expect(feesRule.check(guideWith((g) => (g.fees[0]!.basis = '县政府常务会议纪要〔2018〕5号')))).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('属于会议纪要') }),
    ]);
  });

  it('never reads a blank 是否收费 as 否: listed fees are still checked', () => {
    const unknown = guideWith((g) => {
      delete (g as { charged?: boolean }).charged;
      g.fees[0]!.basis = '/';
    });
    expect(feesRule.check(unknown)).toEqual([expect.objectContaining({ severity: 'error', path: 'fees.0.basis' })]);
    expect(feesRule.check(guideWith((g) => delete (g as { charged?: boolean }).charged))).toEqual([]);
  });

  it('checks a fee that applies to one case only like any other', () => {
    const guide = guideWith((g) => g.fees.push({ name: '补证工本费', applicableCase: '遗失补证', standard: '每证 10 元', basis: '无', reducible: false }));
    expect(feesRule.check(guide)).toEqual([expect.objectContaining({ path: 'fees.1.basis' })]);
  });
});
