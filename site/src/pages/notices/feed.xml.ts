import type { APIRoute } from 'astro';
import { loadIndex } from '../../lib/snapshot.ts';
import { noticesFeed } from '../../lib/atom.ts';

export const GET: APIRoute = async ({ site }) => {
  const { settings, adjustments, meta } = await loadIndex();
  const body = noticesFeed({
    site: site ?? new URL(settings.baseUrl),
    title: `${settings.siteName} 调整公告`,
    updated: adjustments[0]?.publishedAt ?? meta.generatedAt,
    notices: adjustments.slice(0, 50),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
