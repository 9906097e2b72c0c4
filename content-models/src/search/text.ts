/**
 * Text handling shared by the index builder and the browser, so a query and the text it should
 * find are read the same way.
 */

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;

export const isHan = (text: string): boolean => HAN.test(text);

/** Full-width to half-width, lower case, one canonical form for every character (NFKC). */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Pasted markup is not what anyone means: tags and entities become separators. */
export function stripMarkup(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
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
    const han = HAN.test(char);
    if (current && han !== currentIsHan) {
      out.push(current);
      current = '';
    }
    current += char;
    currentIsHan = han;
  }
  if (current) out.push(current);
  return out;
}

/** The text without separators: a whole name, alias or query compared as one phrase. */
export function phrase(text: string): string {
  return runs(text).join('');
}
