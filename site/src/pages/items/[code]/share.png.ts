import type { APIRoute, GetStaticPaths } from 'astro';
import { loadIndex } from '../../../lib/snapshot.ts';
import { shareCardOf, shareCardPng, shareCardsEnabled, type ShareSubject } from '../../../lib/share-card/render.ts';
import { sitePicturePng } from '../../../lib/share-image.ts';

/**
 * Each item's share picture (og:image): its name and unit on a 1200×630 card. An item whose
 * name or unit has a character the font lacks gets the site's picture at the same address.
 */
export const getStaticPaths = (async () =>
  !shareCardsEnabled() ? [] : (await loadIndex()).catalog.map((entry) => ({ params: { code: entry.implementationCode }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { settings } = await loadIndex();
  const png = (await shareCardPng(shareCardOf((props as { entry: ShareSubject }).entry, settings))) ?? (await sitePicturePng());
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
