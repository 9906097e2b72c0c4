import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { shareImageSvg } from '../lib/share-image.ts';

/** The share picture (see lib/share-image.ts), rasterised with sharp at build time. */
export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(shareImageSvg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
