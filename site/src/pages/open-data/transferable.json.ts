import type { APIRoute } from 'astro';
import { loadIndex } from '../../lib/snapshot.ts';
import { TRANSFERABLE_COLUMNS, listJson, transferableRecords } from '../../lib/open-data-lists.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, meta, settings } = await loadIndex();
  return new Response(listJson(TRANSFERABLE_COLUMNS, transferableRecords(catalog), site ?? new URL(settings.baseUrl), meta.generatedAt), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
