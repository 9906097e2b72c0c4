import { ABBREVIATIONS } from './abbreviations.ts';

/**
 * Dictionary-free Chinese tokenization shared by the index builder and the browser, so that a query
 * and the text it should find are cut the same way. Han runs become overlapping character bigrams
 * (Lucene CJK style; a lone character stays a unigram), Latin letters and digits stay whole words,
 * and abbreviations from the maintained dictionary are added as whole tokens whenever the text
 * contains the abbreviation or one of its official forms, on both sides.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Full-width to half-width, lower case, one canonical form for every character (NFKC). */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of Han characters and runs of other letters/digits, in order; everything else separates. */
export function runs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let currentIsHan = false;
  for (const char of normalize(text)) {
    if (!WORD.test(char)) {
      if (current) out.push(current);
      current = '';
      continue;
    }
    const isHan = HAN.test(char);
    if (current && isHan !== currentIsHan) {
      out.push(current);
      current = '';
    }
    current += char;
    currentIsHan = isHan;
  }
  if (current) out.push(current);
  return out;
}

/** Overlapping bigrams of a Han run; a one-character run is its own unigram. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Dictionary abbreviations whose short or official form occurs in the text. */
export function abbreviationTokens(text: string, dictionary = ABBREVIATIONS): string[] {
  const compact = runs(text).join('');
  const out: string[] = [];
  for (const [short, forms] of Object.entries(dictionary)) {
    if (compact.includes(short) || forms.some((form) => compact.includes(form))) out.push(short);
  }
  return out;
}

/** The text without separators: the whole-phrase token (an alias, a name, a whole query). */
export function phrase(text: string): string {
  return runs(text).join('');
}

/** Bigrams and Latin/digit words of a text, in order, with repetitions. */
export function textTokens(text: string): string[] {
  return runs(text).flatMap((run) => (HAN.test(run) ? bigrams(run) : [run]));
}

/** A name-like text (name, alias, former name, unit, query) cut three ways. */
export interface PhraseTokens {
  /** the whole text without separators: an exact alias or name typed in full */
  phrase: string;
  /** bigrams and Latin/digit words: partial and misspelt queries */
  grams: string[];
  /** dictionary abbreviations it contains or spells out */
  abbreviations: string[];
}

export function phraseTokens(text: string, dictionary = ABBREVIATIONS): PhraseTokens {
  return { phrase: phrase(text), grams: unique(textTokens(text)), abbreviations: abbreviationTokens(text, dictionary) };
}

/**
 * Namespaces: Pagefind matches every query word as a prefix, so a bigram must not hit the phrases
 * and abbreviations that start with it (补领 would score 补领结婚证 twice). No encoded unit starts
 * with 98 or 99 (the largest is 65535), so these prefixes cannot be produced by text.
 */
const PHRASE_MARK = '99';
const ABBREVIATION_MARK = '98';

/**
 * The words actually given to Pagefind, on the index side and, identically, for a query:
 * encoded (see encodeToken) and namespaced by kind. A query phrase still prefix-matches names and
 * aliases that start with it.
 */
export function searchTerms(text: string, dictionary = ABBREVIATIONS): string[] {
  const { phrase: whole, grams, abbreviations } = phraseTokens(text, dictionary);
  if (!whole) return [];
  return unique([PHRASE_MARK + encodeToken(whole), ...grams.map(encodeToken), ...abbreviations.map((short) => ABBREVIATION_MARK + encodeToken(short))]);
}

/**
 * The form a token takes inside Pagefind: every UTF-16 unit becomes five decimal digits. Indexed
 * as raw Chinese, some words (申领, 核发, 出具) found nothing at 10,000 items although present, and
 * Pagefind splits words where letters meet digits. Pure digit words were found every time, and no
 * stemmer or case folding touches them, so index and query agree.
 */
export function encodeToken(token: string): string {
  let out = '';
  for (let i = 0; i < token.length; i += 1) out += String(token.charCodeAt(i)).padStart(5, '0');
  return out;
}

function unique(tokens: string[]): string[] {
  return [...new Set(tokens)];
}
