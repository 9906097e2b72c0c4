import { describe, expect, it } from 'vitest';
import { splitBasicCode, validateBasicCode } from './basic-code.ts';
import { defaultCodeFormat, type CodeFormat } from './code-format.ts';

function refusal(check: ReturnType<typeof validateBasicCode>): string {
  if (check.ok) throw new Error('expected a refusal');
  return check.message;
}

describe('validateBasicCode', () => {
  it('accepts the published examples', () => {
    expect(validateBasicCode('000524018000')).toEqual({ ok: true });
    expect(validateBasicCode('440118009000')).toEqual({ ok: true });
  });

  it('refuses the wrong length, spelling out the layout', () => {
    expect(refusal(validateBasicCode('00052401800'))).toBe(
      '基本编码“00052401800”应为 12 位（2 位来源（区划）码 + 2 位事项类型码 + 2 位部门码 + 3 位主项码 + 3 位子项码），实际 11 位',
    );
  });

  it('refuses an unknown item type, listing the known ones', () => {
    const message = refusal(validateBasicCode('001124018000'));
    expect(message).toContain('第 3–4 位事项类型码“11”不是已知代码');
    expect(message).toContain('01、02、03');
  });

  it('refuses non-digits in any segment', () => {
    expect(refusal(validateBasicCode('0005240A8000'))).toBe('基本编码“0005240A8000”第 7–9 位主项码“0A8”应为数字');
    expect(refusal(validateBasicCode('A00524018000'))).toContain('第 1–2 位来源（区划）码');
  });

  it('follows a regional format with other lengths and item types', () => {
    const regional: CodeFormat = {
      ...defaultCodeFormat,
      basicCodeSegments: [
        { key: 'itemType', label: '事项类型码', length: 2, charset: '0-9', charsetLabel: '数字', allowed: ['01'] },
        { key: 'serial', label: '流水号', length: 4, charset: '0-9A-Z', charsetLabel: '数字或大写字母' },
      ],
    };
    expect(validateBasicCode('01AB12', regional)).toEqual({ ok: true });
    expect(refusal(validateBasicCode('02AB12', regional))).toContain('允许：01');
    expect(refusal(validateBasicCode('000524018000', regional))).toContain('应为 6 位');
  });
});

describe('splitBasicCode', () => {
  it('names the segments', () => {
    expect(splitBasicCode('000524018000')).toEqual({
      source: '00', itemType: '05', department: '24', main: '018', sub: '000',
    });
  });
});
