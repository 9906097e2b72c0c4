import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter, validateCreditCode } from './credit-code.ts';

/**
 * Real published codes. Each check character was recomputed outside this code base; for the
 * first one by hand: values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4 times the weights give
 * 1640; 1640 mod 31 = 28; 31 − 28 = 3.
 */
const published = [
  '91350100M000100Y43',
  '11440100007482575H', // the unit inside the Guangdong 实施编码 example
  '91110000802100433B',
  '91440300708461136T',
  '91110108551385082Q',
];

function refusal(value: string): string {
  const check = validateCreditCode(value);
  if (check.ok) throw new Error(`expected ${value} to be refused`);
  return check.message;
}

describe('creditCodeCheckCharacter', () => {
  it('reproduces the check character of published codes', () => {
    for (const code of published) expect(creditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('maps a weighted sum divisible by 31 to 0, not to the 31st character', () => {
    // 1640 − 4·28 + 3·28 = 1612 = 52 · 31
    expect(creditCodeCheckCharacter('91350100M000100Y3')).toBe('0');
  });

  it('refuses input that is not 17 characters of the alphabet', () => {
    expect(() => creditCodeCheckCharacter('91350100M000100Y')).toThrow(/17/);
    expect(() => creditCodeCheckCharacter('91350100M000100I4')).toThrow(/第 16 位“I”/);
  });
});

describe('validateCreditCode', () => {
  it('accepts published codes', () => {
    for (const code of published) expect(validateCreditCode(code)).toEqual({ ok: true });
  });

  it('refuses a code with one character changed, naming the expected check character', () => {
    // 4 → 5 at position 17 adds 28: 1668 mod 31 = 25, 31 − 25 = 6
    expect(refusal('91350100M000100Y53')).toContain('按前 17 位计算应为“6”');
    expect(refusal('91350100M000100Y44')).toContain('第 18 位是“4”，按前 17 位计算应为“3”');
  });

  it('refuses two neighbouring characters swapped', () => {
    expect(refusal('91350100M000010Y43')).toContain('校验位错误');
  });

  it('refuses the wrong length', () => {
    expect(refusal('91350100M000100Y4')).toBe('统一社会信用代码“91350100M000100Y4”应为 18 位，实际 17 位');
  });

  it('refuses letters outside the alphabet, lower case included', () => {
    expect(refusal('91350100M000100O43')).toContain('第 16 位“O”不允许');
    for (const letter of ['I', 'Z', 'S', 'V']) expect(refusal(`9135010${letter}M000100Y43`)).toContain(`第 8 位“${letter}”`);
    expect(refusal('91350100m000100Y43')).toContain('第 9 位“m”');
  });

  it('refuses a non-numeric region part', () => {
    const first17 = '9135A100M000100Y4';
    expect(refusal(`${first17}${creditCodeCheckCharacter(first17)}`)).toContain('第 3–8 位“35A100”');
  });
});
