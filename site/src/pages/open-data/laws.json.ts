import type { APIRoute } from 'astro';
import { loadIndex, loadLaws } from '../../lib/snapshot.ts';
import { LICENCE } from '../../lib/open-data.ts';
import { lawsJson } from '../../lib/open-data-laws.ts';
import { beijingIso } from '../../lib/format.ts';

export const GET: APIRoute = async () => {
  const [{ meta }, laws] = await Promise.all([loadIndex(), loadLaws()]);
  return new Response(lawsJson(laws, beijingIso(meta.generatedAt), LICENCE), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
