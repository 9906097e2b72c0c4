import type { APIRoute } from 'astro';
import { loadIndex } from '../../lib/snapshot.ts';
import { catalogJson } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, meta, settings, ratings } = await loadIndex();
  return new Response(catalogJson(catalog, site ?? new URL(settings.baseUrl), meta.generatedAt, ratings), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
