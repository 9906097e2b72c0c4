import { describe, expect, it } from 'vitest';
import { parsePasswordMinLength, passwordProblems, passwordRefusal } from './passwordPolicy.ts';

const email = 'zhangsan@rsj.example.gov.cn';

describe('password policy (等保 2.0)', () => {
  it('accepts a long password with three character classes', () => {
    expect(passwordProblems('Lanxi#Hall42', { email })).toEqual([]);
    expect(passwordProblems('shui-li-2026-ju', { email })).toEqual([]); // lower, symbol, digit
  });

  it('refuses the short passwords the issue found accepted, naming the length', () => {
    expect(passwordProblems('abc', { email })).toContain('长度至少 8 位（现为 3 位）');
    expect(passwordProblems('123')[0]).toBe('长度至少 8 位（现为 3 位）');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems('密码A1b', { email }).some((p) => p.includes('现为 5 位'))).toBe(true);
  });

  it('needs three of upper case, lower case, digits and symbols', () => {
    expect(passwordProblems('onlylowercaseletters', { email })).toEqual(['至少包含大写字母、小写字母、数字、符号中的三类（现有 1 类：小写字母）']);
    expect(passwordProblems('lower2026words', { email })).toEqual(['至少包含大写字母、小写字母、数字、符号中的三类（现有 2 类：小写字母、数字）']);
    expect(passwordProblems('Lower2026words', { email })).toEqual([]);
  });

  it('refuses the e-mail itself and passwords containing its local part, whatever the case', () => {
    expect(passwordProblems('ZhangSan@RSJ.example.gov.cn', { email })).toContain('不能与登录邮箱相同');
    expect(passwordProblems('Zhangsan-2026', { email })).toEqual(['不能包含登录邮箱的用户名“zhangsan”']);
    // Two-letter local parts are too common a substring to forbid.
    expect(passwordProblems('Lixin-2026', { email: 'li@example.gov.cn' })).toEqual([]);
  });

  it('refuses common passwords even when they meet the other rules', () => {
    expect(passwordProblems('P@ssw0rd', { email })).toEqual(['属于常用密码，容易被猜中']);
    expect(passwordProblems('aa123456', { email })).toContain('属于常用密码，容易被猜中');
    expect(passwordProblems('PASSWORD@123', { email })).toContain('属于常用密码，容易被猜中');
  });

  it('applies a raised minimum length', () => {
    expect(passwordProblems('Lanxi#Hall42', { email, minLength: 14 })).toEqual(['长度至少 14 位（现为 12 位）']);
  });

  it('refuses absurdly long passwords (hashing cost)', () => {
    expect(passwordProblems(`Aa1-${'x'.repeat(200)}`, { email })).toContain('长度不能超过 128 位（现为 204 位）');
  });

  it('joins the reasons into one Chinese sentence', () => {
    expect(passwordRefusal(passwordProblems('abc'))).toBe('密码不符合安全要求：长度至少 8 位（现为 3 位）；至少包含大写字母、小写字母、数字、符号中的三类（现有 1 类：小写字母）。');
  });
});

describe('PASSWORD_MIN_LENGTH', () => {
  it('defaults to 8 and accepts larger whole numbers', () => {
    expect(parsePasswordMinLength(undefined)).toBe(8);
    expect(parsePasswordMinLength('')).toBe(8);
    expect(parsePasswordMinLength('12')).toBe(12);
  });

  it('refuses values below the 等保 floor or that are not numbers, naming the value', () => {
    expect(() => parsePasswordMinLength('6')).toThrow('环境变量 PASSWORD_MIN_LENGTH 的值“6”无效：应为 8 到 128 之间的整数。');
    expect(() => parsePasswordMinLength('ten')).toThrow(/“ten”无效/);
  });
});
