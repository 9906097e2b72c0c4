import type { APIRoute } from 'astro';
import { sitePicturePng } from '../lib/share-image.ts';

/** The site's share picture (see lib/share-image.ts), rasterised with sharp at build time. */
export const GET: APIRoute = async () => new Response(await sitePicturePng(), { headers: { 'Content-Type': 'image/png' } });
