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

/**
 * Every token of a name-like field (name, alias, former name): the whole phrase, its bigrams and its
 * abbreviations, without duplicates.
 */
export function phraseTokens(text: string, dictionary = ABBREVIATIONS): string[] {
  const whole = phrase(text);
  if (!whole) return [];
  return unique([whole, ...textTokens(text), ...abbreviationTokens(text, dictionary)]);
}

/**
 * The tokens a query is searched by: the same cut as phraseTokens, so a whole alias typed by a
 * citizen hits the alias token, and any partial or misspelt query still shares bigrams.
 */
export function queryTokens(query: string, dictionary = ABBREVIATIONS): string[] {
  return phraseTokens(query, dictionary);
}

function unique(tokens: string[]): string[] {
  return [...new Set(tokens)];
}
