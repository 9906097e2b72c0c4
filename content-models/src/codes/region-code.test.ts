import { describe, expect, it } from 'vitest';
import { regionLevelOfCode, regionParentCode, validateRegionCode, validateRegionParent } from './region-code.ts';

function refusal(check: ReturnType<typeof validateRegionCode>): string {
  if (check.ok) throw new Error('expected a refusal');
  return check.message;
}

describe('validateRegionCode', () => {
  it('accepts six-digit codes from province to county and twelve-digit towns and villages', () => {
    for (const code of ['330000', '330300', '330302', '110101', '820000', '330302001000', '330302001001', '441900003000']) {
      expect(validateRegionCode(code), code).toEqual({ ok: true });
    }
  });

  it('refuses other lengths and non-digits', () => {
    expect(refusal(validateRegionCode('33030'))).toBe(
      '行政区划代码“33030”应为 6 位数字（县级及以上）或 12 位数字（乡镇街道、社区村）',
    );
    expect(refusal(validateRegionCode('330302001'))).toContain('应为 6 位数字');
    expect(refusal(validateRegionCode('33030A'))).toContain('应为 6 位数字');
  });

  it('refuses province prefixes outside the assigned ranges', () => {
    for (const code of ['100000', '160000', '240000', '470000', '550000', '660000', '720000', '830000', '990000']) {
      expect(refusal(validateRegionCode(code)), code).toContain(`省级代码“${code.slice(0, 2)}”不存在`);
    }
  });

  it('refuses a county directly under a 00 city part', () => {
    expect(refusal(validateRegionCode('330001'))).toContain('第 3–4 位为 00 时第 5–6 位也应为 00');
  });

  it('refuses a village with no town', () => {
    expect(refusal(validateRegionCode('330302000001'))).toContain('第 7–9 位（乡镇街道）为 000');
  });

  it('refuses a town directly under a province', () => {
    expect(refusal(validateRegionCode('330000001000'))).toContain('是省级代码');
  });
});

describe('regionLevelOfCode', () => {
  it('reads the level from the structure', () => {
    expect(regionLevelOfCode('330000')).toBe('province');
    expect(regionLevelOfCode('330300')).toBe('city');
    expect(regionLevelOfCode('330302')).toBe('county');
    expect(regionLevelOfCode('330302000000')).toBe('county');
    expect(regionLevelOfCode('330302001000')).toBe('town');
    expect(regionLevelOfCode('330302001201')).toBe('village');
  });

  it('gives no level for a malformed code', () => {
    expect(regionLevelOfCode('3303')).toBeUndefined();
    expect(regionLevelOfCode('990302')).toBeUndefined();
  });
});

describe('regionParentCode', () => {
  it('walks up one level by structure', () => {
    expect(regionParentCode('330302001201')).toBe('330302001000');
    expect(regionParentCode('330302001000')).toBe('330302');
    expect(regionParentCode('330302')).toBe('330300');
    expect(regionParentCode('330300')).toBe('330000');
    expect(regionParentCode('330000')).toBeUndefined();
    expect(regionParentCode('bad')).toBeUndefined();
  });
});

describe('validateRegionParent', () => {
  it('accepts the structural parent, in six- or twelve-digit form', () => {
    expect(validateRegionParent('330302001000', '330302')).toEqual({ ok: true });
    expect(validateRegionParent('330302001000', '330302000000')).toEqual({ ok: true });
    expect(validateRegionParent('330302001201', '330302001000')).toEqual({ ok: true });
    expect(validateRegionParent('330302', '330300')).toEqual({ ok: true });
  });

  it('accepts a parent that skips a level, as 东莞 towns sit directly under the city', () => {
    expect(validateRegionParent('441900003000', '441900')).toEqual({ ok: true });
    expect(validateRegionParent('429004', '420000')).toEqual({ ok: true });
  });

  it('refuses a town whose first six digits are another county', () => {
    expect(refusal(validateRegionParent('330302001000', '330303'))).toBe(
      '行政区划代码“330302001000”不在上级区划“330303”之内：下级代码应以“330303”开头',
    );
  });

  it('refuses a village under another town', () => {
    expect(refusal(validateRegionParent('330302001201', '330302002000'))).toContain('应以“330302002”开头');
  });

  it('refuses a parent at the same or a lower level', () => {
    expect(refusal(validateRegionParent('330302', '330303'))).toContain('上级行政区划代码“330303”是县级');
    expect(refusal(validateRegionParent('330302', '330302001000'))).toContain('是乡镇（街道）级');
  });

  it('refuses a malformed child or parent', () => {
    expect(refusal(validateRegionParent('3303', '330300'))).toContain('行政区划代码“3303”');
    expect(refusal(validateRegionParent('330302', '3303'))).toBe(
      '上级行政区划代码“3303”应为 6 位数字（县级及以上）或 12 位数字（乡镇街道、社区村）',
    );
  });
});
