import type { APIRoute } from 'astro';
import sharp from 'sharp';
import svg from '../../public/favicon.svg?raw';

/**
 * /favicon.ico for whatever asks for it without reading the page's <link rel="icon"> (feed readers,
 * bookmarks, older browsers): public/favicon.svg (目, the catalog's initial, on the site colour)
 * rasterised with sharp at build time into 16, 32 and 48 pixel PNGs inside one ICO container,
 * which every browser since Windows Vista reads. No text in the SVG, so no fonts are needed.
 */
const SIZES = [16, 32, 48];

function icoOf(pngs: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size, entry); // width
    header.writeUInt8(size, entry + 1); // height
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.data)]);
}

export const GET: APIRoute = async () => {
  const pngs = await Promise.all(
    // The SVG is drawn at 32 px; the density scales its vectors to each size instead of stretching pixels.
    SIZES.map(async (size) => ({ size, data: await sharp(Buffer.from(svg), { density: (72 * size) / 32 }).resize(size, size).png().toBuffer() })),
  );
  return new Response(new Uint8Array(icoOf(pngs)), { headers: { 'Content-Type': 'image/x-icon' } });
};
