import type { APIRoute } from 'astro';
import { loadIndex } from '../../lib/snapshot.ts';
import { TRANSFERABLE_COLUMNS, listCsv, transferableRecords } from '../../lib/open-data-lists.ts';

export const GET: APIRoute = async ({ site }) => {
  const { catalog, settings } = await loadIndex();
  return new Response(listCsv(TRANSFERABLE_COLUMNS, transferableRecords(catalog), site ?? new URL(settings.baseUrl)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
