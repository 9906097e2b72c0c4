import { parseDocumentNumber, type DocumentNumber } from './document-number.ts';

/**
 * Citations of laws and documents, and the register key they are matched by.
 *
 * Key decisions (the register and every citation use the same function, so they always agree):
 * - NFKC folds full-width letters, digits and brackets to half width; all white space goes.
 * - Book-title marks 《》〈〉<> are dropped, so 《社会救助暂行办法》 and 社会救助暂行办法 match.
 * - A leading 中华人民共和国 is dropped from the key (not from the name people read): national laws
 *   are cited both ways (《社会保险法》, 《中华人民共和国社会保险法》) and mean one law. No other
 *   prefix is dropped: 浙江省…条例 and …条例 are different instruments.
 * - A trailing revision note in brackets (（2018年修正）, （2019修订）) is dropped: the register keeps
 *   one entry per instrument, whose status says whether the current text was revised.
 * - A trailing 文号 in brackets is not part of the name: it is parsed separately.
 */
export interface Citation {
  /** The instrument's name as cited, without 《》 and 文号. */
  name: string;
  /** Register key: see above. A citation that gives only a 文号 is keyed by the 文号. */
  key: string;
  documentNumber?: DocumentNumber;
  /** The citation names no title, only a 文号 (浙价费〔2004〕129号). */
  numberOnly?: true;
}

const chinaPrefix = /^中华人民共和国/u;
const revisionNote = /[(（][^()（）]*(修正|修订|修改|版)[^()（）]*[)）]$/u;
const trailingNumber = /[(（][^()（）]*(?:19|20)\d{2}[^()（）]*号[)）]$|[(（][^()（）]*令第\d+号[)）]$/u;

/** The register key of an instrument's name (see the rules above). Empty for an empty name. */
export function lawKey(name: string): string {
  let key = name.normalize('NFKC').replace(/[\s\u3000]+/gu, '').replace(/[《》〈〉<>]/gu, '');
  for (let previous = ''; previous !== key; ) {
    previous = key;
    key = key.replace(trailingNumber, '').replace(revisionNote, '');
  }
  return key.replace(chinaPrefix, '');
}

function byNumber(documentNumber: DocumentNumber): Citation {
  return { name: documentNumber.text, key: lawKey(documentNumber.text), documentNumber, numberOnly: true };
}

/** An instrument's name as people read it: trimmed, without the outer 《》 and without a trailing 文号. */
export function lawDisplayName(name: string): string {
  let shown = name.trim().replace(/\s+/gu, ' ');
  const titled = /^《(.+)》/u.exec(shown);
  if (titled && !titled[1]!.includes('》')) shown = titled[1]!;
  else shown = shown.replace(/^《|》$/gu, '');
  return shown.replace(/\s*[(（][^()（）]*(?:19|20)\d{2}[^()（）]*号[)）]\s*$/u, '').trim();
}

const bookTitle = /《((?:[^《》]|《[^《》]*》)+)》/gu;

/**
 * Every instrument a free basis text cites (a material's or fee's 依据): each 《title》 with the 文号
 * in brackets right after it, if any. A text with no 《》 but a 文号 (浙价费〔2004〕129号) cites that
 * document by number alone. Anything else (「无」, 「本单位规定」, a bare 条例 name) yields nothing:
 * the register never guesses an instrument from prose.
 */
export function citationsIn(text: string | null | undefined): Citation[] {
  if (!text?.trim()) return [];
  const found: Citation[] = [];
  for (const match of text.matchAll(bookTitle)) {
    const name = match[1]!.trim();
    const after = text.slice(match.index! + match[0].length, match.index! + match[0].length + 40);
    const numbered = /^\s*[(（]([^()（）]*)[)）]/u.exec(after);
    const documentNumber = numbered ? parseDocumentNumber(numbered[1]) : undefined;
    const key = lawKey(name);
    if (key) found.push({ name, key, ...(documentNumber ? { documentNumber } : {}) });
  }
  if (found.length > 0) return found;
  const documentNumber = parseDocumentNumber(text);
  return documentNumber ? [byNumber(documentNumber)] : [];
}

/**
 * The instrument of a 设定依据 row: the field holds the instrument's name, with or without 《》 and
 * sometimes with its 文号 in brackets. The first 《title》 wins when there is one; otherwise the whole
 * field is the name.
 */
export function instrumentCitation(instrument: string | null | undefined): Citation | undefined {
  if (!instrument?.trim()) return undefined;
  if (instrument.includes('《')) return citationsIn(instrument)[0];
  const name = lawDisplayName(instrument);
  const documentNumber = parseDocumentNumber(instrument);
  const key = lawKey(name);
  if (!key) return documentNumber ? byNumber(documentNumber) : undefined;
  return { name, key, ...(documentNumber ? { documentNumber } : {}) };
}
