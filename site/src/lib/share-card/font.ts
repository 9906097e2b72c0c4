import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { parseUnicodeRanges, type FontSlice } from './unicode-ranges.ts';

/**
 * The glyph outlines of the share card come from Noto Sans SC Bold as npm ships it
 * (@fontsource/noto-sans-sc, OFL), not from the build machine's fonts: a machine without CJK
 * fonts (a CI runner, a fresh server) would otherwise print boxes. The package splits the font
 * into ~100 slices by Unicode range (its 700.css says which file holds which characters); a slice
 * is opened the first time one of its characters is drawn.
 */
export interface Glyph {
  /** SVG path data of the outline in font units, y pointing down (already flipped). */
  path(size: number, x: number, baseline: number): string;
  /** Advance width in font units. */
  advance: number;
}

export interface GlyphSource {
  unitsPerEm: number;
  /** undefined when no slice of the font has this character: the caller must not draw the text. */
  glyph(codePoint: number): Glyph | undefined;
}

const UNITS_PER_EM = 1000;

function fontDir(): string {
  return dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/700.css'));
}

let source: GlyphSource | undefined;

export function notoSansScBold(): GlyphSource {
  if (source) return source;
  const dir = fontDir();
  const slices: FontSlice[] = parseUnicodeRanges(readFileSync(join(dir, '700.css'), 'utf8'));
  const fonts = new Map<string, fontkit.Font>();
  const fontOf = (file: string) => {
    let font = fonts.get(file);
    if (!font) {
      font = fontkit.create(readFileSync(join(dir, file))) as fontkit.Font;
      fonts.set(file, font);
    }
    return font;
  };
  const glyphs = new Map<number, Glyph | undefined>();
  source = {
    unitsPerEm: UNITS_PER_EM,
    glyph(codePoint) {
      if (glyphs.has(codePoint)) return glyphs.get(codePoint);
      const slice = slices.find((s) => s.ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
      const font = slice && fontOf(slice.file);
      let found: Glyph | undefined;
      if (font && font.hasGlyphForCodePoint(codePoint)) {
        const g = font.glyphForCodePoint(codePoint);
        const scaleToEm = UNITS_PER_EM / font.unitsPerEm;
        found = {
          advance: g.advanceWidth * scaleToEm,
          path: (size, x, baseline) => {
            const s = (size / font.unitsPerEm);
            return g.path.scale(s, -s).translate(x, baseline).toSVG();
          },
        };
      }
      glyphs.set(codePoint, found);
      return found;
    },
  };
  return source;
}
