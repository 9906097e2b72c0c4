import { accepted, refused, type CodeCheck } from './code-check.ts';

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters, the last one a check character computed
 * modulo 31 over the first 17. The alphabet leaves out I, O, Z, S and V so they are never
 * confused with 1, 0, 2, 5 and U.
 */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const label = '统一社会信用代码';
const charsetText = '数字 0–9 和大写字母 A–H、J–N、P–R、T、U、W–Y（不含 I、O、Z、S、V）';

/** Computes the 18th character from the first 17; throws if the input is not 17 valid characters. */
export function creditCodeCheckCharacter(first17: string): string {
  if (first17.length !== weights.length) {
    throw new Error(`${label}前 17 位应为 17 个字符，收到 ${first17.length} 个：“${first17}”`);
  }
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    const value = creditCodeAlphabet.indexOf(first17.charAt(i));
    if (value < 0) throw new Error(`${label}“${first17}”第 ${i + 1} 位“${first17.charAt(i)}”不在字符集内，允许：${charsetText}`);
    sum += value * weights[i]!;
  }
  // 31 − (sum mod 31) is 1…31; 31 maps back to 0 (the standard's "当 C18 = 31 时取 0").
  return creditCodeAlphabet.charAt((31 - (sum % 31)) % 31);
}

export function validateCreditCode(value: string): CodeCheck {
  const code = value.trim();
  if (code.length !== 18) {
    return refused(`${label}“${value}”应为 18 位，实际 ${code.length} 位`);
  }
  for (let i = 0; i < code.length; i++) {
    const char = code.charAt(i);
    if (!creditCodeAlphabet.includes(char)) {
      return refused(`${label}“${value}”第 ${i + 1} 位“${char}”不允许，应为${charsetText}`);
    }
  }
  // Positions 3–8 hold the registering authority's region code (GB/T 2260), always digits.
  if (!/^\d{6}$/.test(code.slice(2, 8))) {
    return refused(`${label}“${value}”第 3–8 位“${code.slice(2, 8)}”应为 6 位数字的登记管理机关行政区划码`);
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code.charAt(17) !== expected) {
    return refused(
      `${label}“${value}”校验位错误：第 18 位是“${code.charAt(17)}”，按前 17 位计算应为“${expected}”，请核对是否有错字`,
    );
  }
  return accepted;
}
