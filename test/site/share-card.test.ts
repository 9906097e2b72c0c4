import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { wrapText } from '../../site/src/lib/share-card/wrap.ts';
import { parseUnicodeRanges } from '../../site/src/lib/share-card/unicode-ranges.ts';
import { shareCardSvg } from '../../site/src/lib/share-card/card.ts';
import type { GlyphSource } from '../../site/src/lib/share-card/font.ts';
import { notoSansScBold } from '../../site/src/lib/share-card/font.ts';

/** Each item shares a picture of its own name and unit (1200×630), drawn without system fonts. */
const oneEm = (s: string) => [...s].length;

describe('wrapping the card text', () => {
  it('breaks Chinese between characters and keeps Latin runs whole', () => {
    expect(wrapText('食品经营许可证核发', 4, 3, oneEm).lines).toEqual(['食品经营', '许可证核', '发']);
    expect(wrapText('申请ICP备案', 4, 3, oneEm).lines).toEqual(['申请', 'ICP备', '案']);
  });
  it('never starts a line with closing punctuation nor ends one with an opening mark', () => {
    expect(wrapText('甲乙丙丁）戊', 4, 3, oneEm).lines).toEqual(['甲乙丙', '丁）戊']);
    expect(wrapText('甲乙丙（丁戊', 4, 3, oneEm).lines).toEqual(['甲乙丙', '（丁戊']);
  });
  it('cuts what does not fit with 「…」 and says so', () => {
    const wrapped = wrapText('一二三四五六七八九十', 4, 2, oneEm);
    expect(wrapped).toEqual({ lines: ['一二三四', '五六七…'], truncated: true });
    expect(wrapText('一二三', 4, 2, oneEm).truncated).toBe(false);
  });
});

describe('the font', () => {
  it('reads which file holds which characters, wildcards included', () => {
    const css = `@font-face { src: url(./files/a.woff2) format('woff2'); unicode-range: U+4e00-4e0f,U+3002; }
      @font-face { src: url(./files/b.woff2) format('woff2'); unicode-range: U+4??; }`;
    expect(parseUnicodeRanges(css)).toEqual([
      { file: './files/a.woff2', ranges: [[0x4e00, 0x4e0f], [0x3002, 0x3002]] },
      { file: './files/b.woff2', ranges: [[0x400, 0x4ff]] },
    ]);
  });
  it('has common and rare Chinese characters from the npm package, and says when it lacks one', () => {
    const font = notoSansScBold();
    for (const ch of '办事指南瓯鄞嵊（）ICP') expect(font.glyph(ch.codePointAt(0)!), ch).toBeDefined();
    expect(font.glyph(0x10fffd)).toBeUndefined();
  });
});

describe('the card', () => {
  const card = { siteName: '示例市公共服务事项目录', name: '食品经营许可证核发', unitName: '示例市市场监督管理局' };
  it('draws every word as outlines, with no text for a renderer to fill with boxes or scripts', () => {
    const svg = shareCardSvg({ ...card, name: '<script>alert(1)</script>' }, notoSansScBold())!;
    expect(svg).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(svg).not.toContain('<text');
    expect(svg).not.toContain('script');
  });
  it('is not drawn when the font lacks a character (the item keeps the site picture)', () => {
    const lacksOne: GlyphSource = { unitsPerEm: 1000, glyph: (cp) => (cp === 0x9f98 ? undefined : notoSansScBold().glyph(cp)) };
    expect(shareCardSvg({ ...card, name: '龘事项' }, lacksOne)).toBeUndefined();
    expect(shareCardSvg(card, lacksOne)).toBeDefined();
  });
});

describe('the built site', () => {
  const dist = inject('siteDist');
  const snapshot = inject('snapshotDir');
  const catalog = JSON.parse(readFileSync(join(snapshot, 'catalog.json'), 'utf8')) as { implementationCode: string; name: string; unitName: string }[];

  it('gives every item its own 1200×630 picture, named on the page with size and alt text', async () => {
    expect(readdirSync(join(dist, 'items')).length).toBeGreaterThanOrEqual(catalog.length);
    for (const entry of catalog.slice(0, 40)) {
      const dir = join(dist, 'items', entry.implementationCode);
      const meta = await sharp(join(dir, 'share.png')).metadata();
      expect([meta.format, meta.width, meta.height], entry.implementationCode).toEqual(['png', 1200, 630]);
      const html = readFileSync(join(dir, 'index.html'), 'utf8');
      expect(html).toMatch(new RegExp(`<meta property="og:image" content="[^"]+/items/${entry.implementationCode}/share\\.png\\?v=[0-9a-f]{10}">`));
      expect(unescapeHtml(/<meta property="og:image:alt" content="([^"]*)">/.exec(html)?.[1] ?? '')).toBe(`${entry.name}（${entry.unitName}）办事指南`);
      expect(html).toContain('<meta property="og:image:width" content="1200">');
    }
  });

  it('draws the name: two items of the same unit get different pictures, with dark text on the white card', async () => {
    const sameUnit = (e: (typeof catalog)[number]) => catalog.filter((o) => o.unitName === e.unitName && o.name !== e.name);
    const a = catalog.find((e) => sameUnit(e).length > 0)!;
    const b = sameUnit(a)[0]!;
    const png = (e: typeof a) => readFileSync(join(dist, 'items', e!.implementationCode, 'share.png'));
    expect(png(a).equals(png(b))).toBe(false);
    // The name's area (below the red band, above the unit): some pixels are ink, most are paper.
    const { data, info } = await sharp(png(a)).extract({ left: 72, top: 184, width: 1056, height: 80 }).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = [...data].filter((v) => v < 80).length / (info.width * info.height);
    expect(dark).toBeGreaterThan(0.03);
    expect(dark).toBeLessThan(0.6);
  });
});

function unescapeHtml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}
