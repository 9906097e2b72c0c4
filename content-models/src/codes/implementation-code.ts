import { validateBasicCode } from './basic-code.ts';
import { accepted, refused, type CodeCheck } from './code-check.ts';
import { defaultCodeFormat, implementationCodeLength, type CodeFormat } from './code-format.ts';
import { validateCreditCode } from './credit-code.ts';

/**
 * 实施编码 as seen on Guangdong's portal (31 characters): the implementing unit's 统一社会信用代码,
 * one 行使层级 digit, then the item's 基本编码, e.g. 11440100007482575H · 3 · 440118009000.
 */
const label = '实施编码';

export interface ImplementationCodeParts {
  creditCode: string;
  level: string;
  basicCode: string;
}

/** Splits by position; undefined when the length is not that of an implementation code. */
export function parseImplementationCode(
  value: string,
  format: CodeFormat = defaultCodeFormat,
): ImplementationCodeParts | undefined {
  if (value.length !== implementationCodeLength(format)) return undefined;
  return { creditCode: value.slice(0, 18), level: value.slice(18, 19), basicCode: value.slice(19) };
}

export function composeImplementationCode(creditCode: string, level: string, basicCode: string): string {
  return `${creditCode}${level}${basicCode}`;
}

export function validateImplementationCode(value: string, format: CodeFormat = defaultCodeFormat): CodeCheck {
  const parts = parseImplementationCode(value, format);
  if (!parts) {
    const length = implementationCodeLength(format);
    return refused(
      `${label}“${value}”应为 ${length} 位（18 位统一社会信用代码 + 1 位行使层级 + ${length - 19} 位基本编码），实际 ${value.length} 位`,
    );
  }
  const credit = validateCreditCode(parts.creditCode);
  if (!credit.ok) return refused(`${label}“${value}”第 1–18 位：${credit.message}`);
  if (!format.implementationLevels.includes(parts.level)) {
    return refused(
      `${label}“${value}”第 19 位行使层级“${parts.level}”不允许，应为 ${format.implementationLevels.join('、')} 之一`,
    );
  }
  const basic = validateBasicCode(parts.basicCode, format);
  if (!basic.ok) return refused(`${label}“${value}”第 20 位起：${basic.message}`);
  return accepted;
}
