import { accepted, refused, type CodeCheck } from './code-check.ts';
import { basicCodeLength, defaultCodeFormat, type CodeFormat } from './code-format.ts';

const label = '基本编码';

/** Splits a basic code into its segments by key, without checking them. */
export function splitBasicCode(value: string, format: CodeFormat = defaultCodeFormat): Record<string, string> {
  const parts: Record<string, string> = {};
  let offset = 0;
  for (const segment of format.basicCodeSegments) {
    parts[segment.key] = value.slice(offset, offset + segment.length);
    offset += segment.length;
  }
  return parts;
}

function layoutText(format: CodeFormat): string {
  return format.basicCodeSegments.map((s) => `${s.length} 位${s.label}`).join(' + ');
}

/** 基本编码, e.g. 000524018000 = 00 (national catalogue) 05 (行政给付) 24 018 000. */
export function validateBasicCode(value: string, format: CodeFormat = defaultCodeFormat): CodeCheck {
  const length = basicCodeLength(format);
  if (value.length !== length) {
    return refused(`${label}“${value}”应为 ${length} 位（${layoutText(format)}），实际 ${value.length} 位`);
  }
  let offset = 0;
  for (const segment of format.basicCodeSegments) {
    const part = value.slice(offset, offset + segment.length);
    const position = `第 ${offset + 1}–${offset + segment.length} 位`;
    offset += segment.length;
    if (!new RegExp(`^[${segment.charset}]+$`).test(part)) {
      return refused(`${label}“${value}”${position}${segment.label}“${part}”应为${segment.charsetLabel}`);
    }
    if (segment.allowed && !segment.allowed.includes(part)) {
      return refused(
        `${label}“${value}”${position}${segment.label}“${part}”不是已知代码，允许：${segment.allowed.join('、')}`,
      );
    }
  }
  return accepted;
}
