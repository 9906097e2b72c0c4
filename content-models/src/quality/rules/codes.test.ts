import { describe, expect, it } from 'vitest';
import { defaultCodeFormat } from '../../codes/index.ts';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { codesRule } from './codes.ts';

describe('codes rule', () => {
  it('passes valid codes', () => {
    expect(codesRule.check(completeGuide)).toEqual([]);
  });

  it('refuses an invalid basic code with the validator message', () => {
    expect(codesRule.check(guideWith((g) => (g.basicCode = '441118009000')))).toEqual([
      {
        rule: 'codes',
        severity: 'error',
        path: 'basicCode',
        message: expect.stringContaining('基本编码“441118009000”第 3–4 位事项类型码“11”不是已知代码'),
      },
    ]);
  });

  it('refuses an implementation code whose check character is wrong', () => {
    expect(codesRule.check(guideWith((g) => (g.implementationCode = '11440100007482575J3440118009000')))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'implementationCode', message: expect.stringContaining('校验位错误') }),
    ]);
  });

  it('refuses an invalid unit credit code and warns about a missing one', () => {
    expect(codesRule.check(guideWith((g) => (g.unit.creditCode = '11440100007482575J')))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'unit.creditCode' }),
    ]);
    expect(codesRule.check(guideWith((g) => (g.unit.creditCode = undefined)))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'unit.creditCode' }),
    ]);
  });

  it('refuses an invalid region code', () => {
    expect(codesRule.check(guideWith((g) => (g.region.code = '990100')))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'region.code', message: expect.stringContaining('省级代码“99”不存在') }),
    ]);
  });

  it('refuses missing codes, saying how long they should be', () => {
    const findings = codesRule.check(guideWith((g) => { g.basicCode = ''; g.implementationCode = ''; }));
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['basicCode', '未填写基本编码：应为 12 位'],
      ['implementationCode', '未填写实施编码：应为 31 位（统一社会信用代码 + 行使层级 + 基本编码）'],
    ]);
  });

  it('checks against the configured format', () => {
    const format = { ...defaultCodeFormat, implementationLevels: ['4'] };
    expect(codesRule.check(completeGuide, { codeFormat: format })).toEqual([
      expect.objectContaining({ path: 'implementationCode', message: expect.stringContaining('应为 4 之一') }),
    ]);
  });
});
