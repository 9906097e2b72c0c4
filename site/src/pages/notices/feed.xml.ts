import type { APIRoute } from 'astro';
import { loadIndex } from '../../lib/snapshot.ts';
import { noticesFeed } from '../../lib/atom.ts';

/** The latest 50 notices; the feed is as new as the newest of them (the log is sorted newest first, not trusted to be). */
export const GET: APIRoute = async ({ site }) => {
  const { settings, adjustments, meta } = await loadIndex();
  const notices = adjustments.slice(0, 50);
  const newest = notices.reduce<string | undefined>((latest, a) => (latest === undefined || Date.parse(a.publishedAt) > Date.parse(latest) ? a.publishedAt : latest), undefined);
  const body = noticesFeed({
    site: site ?? new URL(settings.baseUrl),
    title: `${settings.siteName} 调整公告`,
    author: settings.siteName,
    updated: newest ?? meta.generatedAt,
    notices,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
