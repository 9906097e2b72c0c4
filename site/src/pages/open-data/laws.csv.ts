import type { APIRoute } from 'astro';
import { loadLaws } from '../../lib/snapshot.ts';
import { lawsCsv } from '../../lib/open-data-laws.ts';

export const GET: APIRoute = async () => new Response(lawsCsv(await loadLaws()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
