import type { Vocabulary } from '../vocabularies/index.ts';

/**
 * How one value is written into one spreadsheet cell and read back. Everything a sheet holds is
 * text, so codes keep their leading zeros and what the editor typed is what gets checked.
 */

/** Separators a list cell accepts; export writes `；`. Line breaks are what Excel's Alt+Enter gives. */
export const listSeparatorText = '“；”或换行';
const listSplit = /\r?\n|[；;]/;
/** Vocabulary lists also accept 、 and commas: no label of a multi-select vocabulary contains them. */
const termListSplit = /\r?\n|[；;、,，]/;
/** Structured entries (设定依据, 常见问题 …): one entry per line, its parts separated by `｜`. */
export const entrySeparatorText = '每条一行，各部分用“｜”分隔';
const partSplit = /[｜|]/;

export type Decoded<T> = { ok: true; value: T | undefined } | { ok: false; message: string };
const ok = <T>(value: T | undefined): Decoded<T> => ({ ok: true, value });
const bad = <T>(message: string): Decoded<T> => ({ ok: false, message });

export const booleanText = '填“是”或“否”';

export function decodeBoolean(raw: string): Decoded<boolean> {
  const value = raw.trim();
  if (value === '') return ok(undefined);
  if (value === '是' || value.toUpperCase() === 'TRUE') return ok(true);
  if (value === '否' || value.toUpperCase() === 'FALSE') return ok(false);
  return bad(`“${value}”不是是否值，${booleanText}`);
}

export function encodeBoolean(value: boolean | undefined): string {
  return value === undefined ? '' : value ? '是' : '否';
}

export function decodeNumber(raw: string, integer: boolean): Decoded<number> {
  const value = raw.trim();
  if (value === '') return ok(undefined);
  const pattern = integer ? /^\d+$/ : /^\d+(\.\d+)?$/;
  if (!pattern.test(value)) {
    return bad(`“${value}”不是${integer ? '非负整数' : '非负数字'}，应填阿拉伯数字${integer ? '（如 1）' : '（如 5 或 0.5）'}，不带单位`);
  }
  return ok(Number(value));
}

export function encodeNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

function termChoices(vocabulary: Vocabulary<string>): string {
  return vocabulary.terms.map((t) => `${t.label}（${t.code}）`).join('、');
}

/** Finds a term by its Chinese label or its code; numeric codes also match without leading zeros (Excel drops them). */
function findTerm(vocabulary: Vocabulary<string>, token: string): string | undefined {
  const byLabel = vocabulary.terms.find((t) => t.label === token);
  if (byLabel) return byLabel.code;
  if (vocabulary.has(token)) return token;
  if (/^\d+$/.test(token)) return vocabulary.terms.find((t) => /^\d+$/.test(t.code) && Number(t.code) === Number(token))?.code;
  return undefined;
}

export function decodeTerm(raw: string, vocabulary: Vocabulary<string>): Decoded<string> {
  const value = raw.trim();
  if (value === '') return ok(undefined);
  const code = findTerm(vocabulary, value);
  return code === undefined ? bad(`“${value}”不是可选值，可填名称或代码：${termChoices(vocabulary)}`) : ok(code);
}

export function decodeTerms(raw: string, vocabulary: Vocabulary<string>): Decoded<string[]> {
  const tokens = splitList(raw, termListSplit);
  const codes: string[] = [];
  for (const token of tokens) {
    const code = findTerm(vocabulary, token);
    if (code === undefined) return bad(`“${token}”不是可选值，可填名称或代码（多个用${listSeparatorText}分隔）：${termChoices(vocabulary)}`);
    if (!codes.includes(code)) codes.push(code);
  }
  return ok(codes);
}

export function encodeTerm(value: string | undefined, vocabulary: Vocabulary<string>): string {
  return value === undefined ? '' : vocabulary.label(value);
}

export function encodeTerms(values: readonly string[] | undefined, vocabulary: Vocabulary<string>): string {
  return (values ?? []).map((v) => vocabulary.label(v)).join('；');
}

function splitList(raw: string, separator: RegExp): string[] {
  return raw.split(separator).map((t) => t.trim()).filter((t) => t !== '');
}

export function decodeTexts(raw: string): Decoded<string[]> {
  return ok(splitList(raw, listSplit));
}

export function encodeTexts(values: readonly string[] | undefined): string {
  return (values ?? []).join('；');
}

/** One part of a structured entry, e.g. 条款号 of a 设定依据 line. */
export interface EntryPart {
  key: string;
  label: string;
  required?: boolean;
  number?: boolean;
  /** With `number`: fractions allowed (时限 0.5 个工作日). */
  decimal?: boolean;
  vocabulary?: Vocabulary<string>;
}

export function entryFormat(parts: readonly EntryPart[]): string {
  return parts.map((p) => (p.required ? p.label : `${p.label}（可空）`)).join('｜');
}

function decodeEntry(line: string, parts: readonly EntryPart[]): Decoded<Record<string, unknown>> {
  const pieces = line.split(partSplit).map((p) => p.trim());
  if (pieces.length > parts.length) return bad(`“${line}”多于 ${parts.length} 部分，格式应为：${entryFormat(parts)}`);
  const entry: Record<string, unknown> = {};
  for (const [index, part] of parts.entries()) {
    const piece = pieces[index] ?? '';
    if (piece === '') {
      if (part.required) return bad(`“${line}”缺少${part.label}，格式应为：${entryFormat(parts)}`);
      continue;
    }
    const decoded = part.vocabulary ? decodeTerm(piece, part.vocabulary) : part.number ? decodeNumber(piece, !part.decimal) : ok(piece);
    if (!decoded.ok) return bad(`${part.label}${decoded.message}`);
    entry[part.key] = decoded.value;
  }
  return ok(entry);
}

export function decodeEntries(raw: string, parts: readonly EntryPart[]): Decoded<Record<string, unknown>[]> {
  const entries: Record<string, unknown>[] = [];
  for (const line of splitList(raw, /\r?\n/)) {
    const decoded = decodeEntry(line, parts);
    if (!decoded.ok) return decoded;
    entries.push(decoded.value!);
  }
  return ok(entries);
}

/** Line breaks and bars inside a part would split it on import, so they are flattened. */
function flattenPart(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/[｜|]/g, '/');
}

export function encodeEntries(entries: readonly object[] | undefined, parts: readonly EntryPart[]): string {
  return (entries ?? [])
    .map((entry) => {
      const record = entry as Record<string, unknown>;
      const pieces = parts.map((part) => {
        const value = record[part.key];
        if (value === undefined || value === null) return '';
        if (part.vocabulary) return part.vocabulary.label(String(value));
        return flattenPart(String(value));
      });
      while (pieces.length > 0 && pieces[pieces.length - 1] === '') pieces.pop();
      return pieces.join('｜');
    })
    .join('\n');
}

/**
 * Formula injection (CSV/Excel injection): a cell starting with = + - @, a tab or a carriage return
 * may run as a formula when opened. Export prefixes such cells with an apostrophe; import strips
 * exactly that one apostrophe. Values that already start with apostrophes before such a character
 * get one more, so every text survives export → import unchanged.
 */
const dangerous = /^'*[=+\-@\t\r]/;
const neutralised = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return dangerous.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return neutralised.test(value) ? value.slice(1) : value;
}
