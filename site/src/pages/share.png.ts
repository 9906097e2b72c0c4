import type { APIRoute } from 'astro';
import sharp from 'sharp';

/**
 * The share picture (og:image) that WeChat and portals show beside a link: drawn as SVG and
 * rasterised with sharp at build time. No text in it, so no fonts are needed on the build machine.
 */
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600" viewBox="0 0 600 600">
  <rect width="600" height="600" fill="#a3191c"/>
  <rect x="150" y="120" width="300" height="360" rx="24" fill="#fff"/>
  <rect x="200" y="190" width="200" height="24" rx="12" fill="#a3191c"/>
  <rect x="200" y="260" width="200" height="16" rx="8" fill="#c9d0d8"/>
  <rect x="200" y="310" width="200" height="16" rx="8" fill="#c9d0d8"/>
  <rect x="200" y="360" width="140" height="16" rx="8" fill="#c9d0d8"/>
  <circle cx="430" cy="440" r="70" fill="#ffdd00"/>
  <path d="M395 440 l25 25 l45 -50" stroke="#1b1f24" stroke-width="18" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

export const GET: APIRoute = async () => {
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
