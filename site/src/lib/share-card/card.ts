import type { GlyphSource } from './font.ts';
import { wrapText } from './wrap.ts';

/** What an item's share card says: the words a person sees in the WeChat or portal preview. */
export interface ShareCard {
  siteName: string;
  name: string;
  unitName: string;
}

export const CARD = { width: 1200, height: 630 } as const;
/** Bump when the drawing changes, so cached pictures of the old design are not reused. */
export const CARD_DESIGN = 1;

const margin = 72;
const band = 120;
const textWidth = CARD.width - 2 * margin;
const colours = { red: '#a3191c', ink: '#1b1f24', muted: '#4a5260', white: '#ffffff', yellow: '#ffdd00' };

interface TextBlock { lines: string[]; size: number; lineHeight: number }

/**
 * The card as SVG whose text is drawn as glyph outlines (no font needed to rasterise it), or
 * undefined when the font lacks a character of the text: the item then shares the site's
 * picture rather than a card with boxes in it.
 */
export function shareCardSvg(card: ShareCard, font: GlyphSource): string | undefined {
  const text = `${card.siteName}${card.name}${card.unitName}办事指南…`;
  for (const ch of text) if (!/\s/.test(ch) && !font.glyph(ch.codePointAt(0)!)) return undefined;

  const width = (size: number) => (s: string) => [...s].reduce((w, ch) => w + (font.glyph(ch.codePointAt(0)!)?.advance ?? 0), 0) * (size / font.unitsPerEm);
  const block = (s: string, size: number, maxLines: number): TextBlock => ({ lines: wrapText(s, textWidth, maxLines, width(size)).lines, size, lineHeight: Math.round(size * 1.3) });

  // The name as large as it fits: two lines at 64 px, else three at 54 px (then cut with 「…」).
  const twoLines = wrapText(card.name, textWidth, 2, width(64));
  const name = twoLines.truncated ? block(card.name, 54, 3) : { lines: twoLines.lines, size: 64, lineHeight: 83 };
  const unit = block(card.unitName, 36, name.lines.length >= 3 ? 1 : 2);
  const site = block(card.siteName, 40, 1);

  const draw = (b: TextBlock, firstBaseline: number, colour: string) => {
    let d = '';
    b.lines.forEach((line, i) => {
      let x = margin;
      const baseline = firstBaseline + i * b.lineHeight;
      for (const ch of line) {
        const glyph = font.glyph(ch.codePointAt(0)!);
        if (!glyph) continue;
        d += glyph.path(b.size, x, baseline);
        x += glyph.advance * (b.size / font.unitsPerEm);
      }
    });
    return d ? `<path fill="${colour}" d="${d}"/>` : '';
  };

  const nameTop = band + 64;
  const nameBaseline = nameTop + Math.round(name.size * 0.88);
  const unitBaseline = nameBaseline + (name.lines.length - 1) * name.lineHeight + 36 + Math.round(unit.size * 0.88);
  const label: TextBlock = { lines: ['办事指南'], size: 32, lineHeight: 42 };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${colours.white}"/>`,
    `<rect width="${CARD.width}" height="${band}" fill="${colours.red}"/>`,
    draw(site, 76, colours.white),
    draw(name, nameBaseline, colours.ink),
    draw(unit, unitBaseline, colours.muted),
    `<rect x="${margin}" y="${CARD.height - 84}" width="10" height="36" fill="${colours.yellow}"/>`,
    draw({ ...label }, CARD.height - 54, colours.red).replace('<path ', `<path transform="translate(22 0)" `),
    `<rect y="${CARD.height - 12}" width="${CARD.width}" height="12" fill="${colours.red}"/>`,
    '</svg>',
  ].join('');
}
