/** One file of a font split by Unicode range, as a fontsource stylesheet declares it. */
export interface FontSlice {
  /** The woff2 file, relative to the stylesheet. */
  file: string;
  /** Inclusive code point ranges. */
  ranges: Array<[number, number]>;
}

/**
 * Reads the @font-face blocks of a fontsource stylesheet: each block's woff2 file and its
 * `unicode-range` (U+4e00, U+4e00-9fff, or the wildcard form U+4??).
 */
export function parseUnicodeRanges(css: string): FontSlice[] {
  const slices: FontSlice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;}]+)/.exec(block)?.[1];
    if (!file || !range) continue;
    slices.push({ file: `./${file}`, ranges: range.split(',').map((part) => parseRange(part.trim())) });
  }
  return slices;
}

function parseRange(part: string): [number, number] {
  const body = part.replace(/^U\+/i, '');
  if (body.includes('?')) return [parseInt(body.replace(/\?/g, '0'), 16), parseInt(body.replace(/\?/g, 'f'), 16)];
  const [from, to = from] = body.split('-');
  return [parseInt(from!, 16), parseInt(to!, 16)];
}
