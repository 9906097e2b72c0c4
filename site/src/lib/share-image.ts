import sharp from 'sharp';

/**
 * The share picture (og:image) that WeChat, portals and search engines show beside a link:
 * 1200×630, the size their large cards use, drawn as SVG. No text in it: it serves the pages that
 * are not about one item, and the items whose name the font cannot draw (see lib/share-card/ for
 * the items' own cards).
 */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export const shareImageSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#a3191c"/>
  <rect x="420" y="105" width="360" height="420" rx="28" fill="#fff"/>
  <rect x="480" y="185" width="240" height="28" rx="14" fill="#a3191c"/>
  <rect x="480" y="265" width="240" height="18" rx="9" fill="#c9d0d8"/>
  <rect x="480" y="323" width="240" height="18" rx="9" fill="#c9d0d8"/>
  <rect x="480" y="381" width="168" height="18" rx="9" fill="#c9d0d8"/>
  <circle cx="760" cy="480" r="84" fill="#ffdd00"/>
  <path d="M718 480 l30 30 l54 -60" stroke="#1b1f24" stroke-width="22" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

let sitePicture: Promise<Uint8Array> | undefined;
export function sitePicturePng(): Promise<Uint8Array> {
  sitePicture ??= sharp(Buffer.from(shareImageSvg)).png({ compressionLevel: 9, palette: true }).toBuffer().then((b) => new Uint8Array(b));
  return sitePicture;
}
