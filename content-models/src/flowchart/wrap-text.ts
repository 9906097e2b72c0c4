/**
 * Line wrapping without a font engine: the SVG is drawn in the reader's sans-serif font, so widths
 * are estimated from character classes (CJK full width, Latin about half) with a safety margin.
 */
const NARROW = /[\u0020-\u007e\u00a0-\u024f]/;
/** Closing punctuation never starts a line (避头点), as Chinese typesetting requires. */
const NO_LINE_START = /[，。、；：！？）》」』”’,.;:!?)\]]/;

export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += NARROW.test(char) ? fontSize * 0.6 : fontSize;
  return width;
}

export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    const candidate = line + char;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth && !NO_LINE_START.test(char)) {
      lines.push(line);
      line = char === ' ' ? '' : char;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
