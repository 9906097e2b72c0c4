/**
 * The words given to Pagefind, on the index side and, identically, for a query. Every UTF-16 unit
 * becomes five decimal digits (see encodeToken), and a two-digit namespace after it says which field of a
 * service the word came from, so the browser can rank by field (exact name > name words >
 * synonyms and aliases > other fields > materials) with one look-up per field.
 */

/** A field of a service document, from the most to the least telling. */
export type Tier = 'name' | 'otherName' | 'alias' | 'other' | 'material' | 'char';
/**
 * The fields a query word is looked up in. Not in the list: 'char' (the single characters of
 * names) and 'otherName' (a whole alias, former or local name), looked up for particular words.
 */
export const TIERS: readonly Tier[] = ['name', 'alias', 'other', 'material'];

/**
 * Namespaces start with 8 or 9: the largest UTF-16 unit is 65535, so no encoded text starts with
 * 7, 8 or 9 and a namespace can never be confused with text.
 */
export const NAMESPACE = {
  exactName: '90',
  name: '91',
  alias: '92',
  other: '93',
  material: '94',
  /** each character of the name: 补 in 驾照丢了怎么补 tells 补证 from 换证 */
  char: '95',
  /** a whole alias, former or local name: the query is another name of this service */
  otherName: '97',
  code: '80',
  namePinyin: '81',
  aliasPinyin: '82',
} as const;

/**
 * Ends a term. The browser looks terms up in Pagefind's exact mode (quoted), so 登记 does not match
 * 登记证; the namespace after the word keeps that true even for a prefix look-up (no encoded unit
 * starts with 8 or 9).
 */
const END = '9';

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

/**
 * A word that must match whole: a word of a name, an alias, a field; a whole name; a code. The
 * namespace follows the word rather than leading it: Pagefind cuts its index into chunks of
 * neighbouring terms, and a query looks one word up in every field — with the field first, those
 * look-ups fell into three or four chunks of ~50 KB each; with the word first they sit side by side
 * in one. Still unambiguous and never a prefix of another term: a unit never starts with 7, 8 or 9,
 * a namespace always does.
 */
export function exactTerm(namespace: string, word: string): string {
  return encodeToken(word) + namespace + END;
}

/** The namespace of a term (its field). */
export const namespaceOf = (term: string): string => term.slice(-3, -1);

/** The encoded word of a term, without its namespace and end digit. */
export const encodedWordOf = (term: string): string => term.slice(0, -3);


export const tierNamespace = (tier: Tier): string => NAMESPACE[tier];
