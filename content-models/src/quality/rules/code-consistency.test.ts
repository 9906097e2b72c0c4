import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../../codes/index.ts';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { codeConsistencyRule } from './code-consistency.ts';

describe('code-consistency rule', () => {
  it('passes codes that agree with the item', () => {
    expect(codeConsistencyRule.check(completeGuide)).toEqual([]);
  });

  it('warns when the basic code carries another item type', () => {
    expect(codeConsistencyRule.check(guideWith((g) => (g.itemType = '20')))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'basicCode',
        message: '基本编码“440118009000”中的事项类型码“01”与事项类型“公共服务”（20）不一致',
      }),
    ]);
  });

  it('warns when the implementation code embeds another unit, level or basic code', () => {
    const first17 = '12440100MB0000001';
    const otherUnit = `${first17}${creditCodeCheckCharacter(first17)}`;
    expect(codeConsistencyRule.check(guideWith((g) => (g.unit.creditCode = otherUnit)))).toEqual([
      expect.objectContaining({ path: 'implementationCode', message: expect.stringContaining('与实施主体统一社会信用代码') }),
    ]);
    expect(codeConsistencyRule.check(guideWith((g) => (g.level = '4')))).toEqual([
      expect.objectContaining({ path: 'implementationCode', message: expect.stringContaining('行使层级“3”与行使层级“县级”') }),
    ]);
    expect(codeConsistencyRule.check(guideWith((g) => (g.basicCode = '440118009001')))).toEqual([
      expect.objectContaining({ path: 'implementationCode', message: expect.stringContaining('与基本编码“440118009001”不一致') }),
    ]);
  });

  it('warns when the region code and the region level disagree', () => {
    expect(codeConsistencyRule.check(guideWith((g) => (g.region.level = 'county')))).toEqual([
      expect.objectContaining({ path: 'region.level', message: '区划“广州市”的代码“440100”是市级，与所填层级“县级”不一致' }),
    ]);
  });

  it('does not compare codes that are invalid (the codes rule reports those)', () => {
    expect(codeConsistencyRule.check(guideWith((g) => (g.implementationCode = 'X')))).toEqual([]);
  });
});
