import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { SiteSettings } from '@catalog/content-models';
import { CARD_DESIGN, shareCardSvg, type ShareCard } from './card.ts';
import { notoSansScBold } from './font.ts';
import { shareImageUrl } from '../urls.ts';

/** What a card is drawn from: a catalog entry has these fields; an item page passes `unit.name` as unitName. */
export interface ShareSubject { implementationCode: string; name: string; unitName: string }

export function shareCardOf(item: ShareSubject, settings: Pick<SiteSettings, 'siteName'>): ShareCard {
  return { siteName: settings.siteName, name: item.name, unitName: item.unitName };
}

/** Names the picture by what it shows: the page's og:image changes address when its words change (WeChat caches by address). */
export function shareCardKey(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([CARD_DESIGN, card.siteName, card.name, card.unitName])).digest('hex').slice(0, 32);
}

/** Whether the font has every character of the card (else the item shares the site's picture). */
export function canDrawShareCard(card: ShareCard): boolean {
  return shareCardSvg(card, notoSansScBold()) !== undefined;
}

/**
 * SHARE_CARDS=0 turns the items' cards off: every page shares the site picture. Drawing costs
 * ~15 ms a card, once per card (see the cache below), so the first build of a 100,000-item
 * catalog spends ~25 minutes on them; an operator may defer that, and the 10,000-item build test
 * does (its cards are drawn by the other site tests).
 */
export function shareCardsEnabled(): boolean {
  return process.env.SHARE_CARDS !== '0';
}

/** The og:image of an item's pages: its card (the address carries the words' hash), or the site's picture. */
export function itemShare(item: ShareSubject, settings: Pick<SiteSettings, 'siteName'>): { image: string; alt: string } | undefined {
  if (!shareCardsEnabled()) return undefined;
  const card = shareCardOf(item, settings);
  if (!canDrawShareCard(card)) return { image: shareImageUrl(item.implementationCode), alt: `${settings.siteName}标志` };
  return { image: `${shareImageUrl(item.implementationCode)}?v=${shareCardKey(card).slice(0, 10)}`, alt: `${item.name}（${item.unitName}）办事指南` };
}

/**
 * Drawing a card costs ~15 ms (rasterising the outlines, PNG encoding): minutes for every build
 * of 10,000 items. Pictures are kept by what they show in a cache folder beside the font
 * (node_modules/.cache/share-cards, or SHARE_CARD_CACHE_DIR), so a build redraws only the cards
 * whose words changed. Written under a temporary name and renamed: builds may run side by side.
 */
function cacheDir(): string {
  if (process.env.SHARE_CARD_CACHE_DIR) return process.env.SHARE_CARD_CACHE_DIR;
  const fontPackage = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/700.css'));
  return join(fontPackage, '..', '..', '.cache', 'share-cards');
}

export async function shareCardPng(card: ShareCard): Promise<Uint8Array | undefined> {
  const key = shareCardKey(card);
  const file = join(cacheDir(), key.slice(0, 2), `${key}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Uint8Array(cached);
  const svg = shareCardSvg(card, notoSansScBold());
  if (!svg) return undefined;
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer();
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(temp, png);
  await rename(temp, file);
  return new Uint8Array(png);
}
