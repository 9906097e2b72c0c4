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
});
