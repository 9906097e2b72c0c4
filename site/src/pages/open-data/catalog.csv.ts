import type { APIRoute } from 'astro';
import { loadIndex } from '../../lib/snapshot.ts';
import { catalogCsv } from '../../lib/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, settings, ratings } = await loadIndex();
  return new Response(catalogCsv(catalog, site ?? new URL(settings.baseUrl), ratings), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
