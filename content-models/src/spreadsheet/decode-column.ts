import { decodeBoolean, decodeEntries, decodeNumber, decodeTerm, decodeTerms, decodeTexts, type Decoded } from './cells.ts';
import type { Column } from './layout.ts';

/** Reads one cell by its column's codec; blank cells give undefined so schema defaults apply. */
export function decodeColumn(column: Column, raw: string): Decoded<unknown> {
  const codec = column.codec;
  switch (codec.kind) {
    case 'text':
    case 'reference': {
      const value = raw.trim();
      return { ok: true, value: value === '' ? undefined : value };
    }
    case 'number':
      return decodeNumber(raw, codec.integer);
    case 'boolean':
      return decodeBoolean(raw);
    case 'term':
      return decodeTerm(raw, codec.vocabulary);
    case 'terms':
      return decodeTerms(raw, codec.vocabulary);
    case 'texts':
      return decodeTexts(raw);
    case 'entries': {
      const decoded = decodeEntries(raw, codec.parts);
      if (!decoded.ok || !codec.single) return decoded;
      const entries = decoded.value ?? [];
      if (entries.length > 1) return { ok: false, message: `只能填一个文件，收到 ${entries.length} 行` };
      return { ok: true, value: entries[0] };
    }
  }
}
