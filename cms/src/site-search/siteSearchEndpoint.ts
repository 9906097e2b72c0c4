import { searchCatalog } from '@catalog/content-models/search/catalog-search.ts';
import type { Endpoint, PayloadRequest } from 'payload';
import { siteUrls } from '../workflow/feedback/returnLink.ts';
import { liveSearchIndex } from './liveSearchIndex.ts';
import { MAX_PAGE, MAX_QUERY, PAGE_SIZE, resultsPage, type ResultsView } from './resultsPage.ts';

/** Searches running at once in this process; more are turned away (each costs CPU, anyone can send them). */
const MAX_RUNNING = 4;
let running = 0;

const answer = (status: number, view: ResultsView) =>
  new Response(resultsPage(view), {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
  });

/**
 * Where the CMS reads the live site's search index: SEARCH_SITE_URL when the CMS reaches the site
 * at another address than citizens do (an internal nginx), else the site's public address.
 */
function indexBase(site: string): URL {
  const configured = process.env.SEARCH_SITE_URL?.trim();
  return new URL('pagefind/', `${(configured || site).replace(/\/+$/, '')}/`);
}

function readInput(req: PayloadRequest): { query: string; page: number; problem?: string } {
  const params = new URL(req.url ?? 'http://localhost/').searchParams;
  const query = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
  const pageText = params.get('page') ?? '1';
  const page = /^\d{1,3}$/.test(pageText) ? Number(pageText) : NaN;
  if ([...query].length > MAX_QUERY) return { query: [...query].slice(0, MAX_QUERY).join(''), page: 1, problem: `搜索词太长：最多 ${MAX_QUERY} 个字，请只写要办理的事情，如“办理失业金”。` };
  if (!(page >= 1 && page <= MAX_PAGE)) return { query, page: 1, problem: `页码“${pageText}”无效：应为 1–${MAX_PAGE} 的整数。` };
  return { query, page };
}

/**
 * GET /api/site-search?q=…[&page=n]: the catalog search for browsers without JavaScript. The site's
 * header form sends its query here when scripts do not run (with scripts it searches in the page),
 * so what a citizen typed is never lost. It searches the index the live site serves, with the
 * site's own search code (content-models/search/catalog-search.ts), so the results are the site's;
 * nothing is read from the database, so nothing unpublished can show.
 */
export const siteSearchEndpoint: Endpoint = {
  path: '/site-search',
  method: 'get',
  handler: async (req) => {
    const site = ((await siteUrls(req))[0] ?? '').replace(/\/+$/, '');
    const { query, page, problem } = readInput(req);
    if (problem) return answer(400, { query, page, site, problem });
    if (!query) return answer(200, { query, page, site });
    if (running >= MAX_RUNNING) return answer(503, { query, page, site, problem: '搜索的人太多，请过一会儿再试，或按分类查找。' });
    running += 1;
    try {
      const found = await searchCatalog(await liveSearchIndex(indexBase(site)), query, { limit: page * PAGE_SIZE });
      return answer(200, { query, page, site, found });
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'site search failed' });
      return answer(503, { query, page, site, problem: '搜索暂时不可用，请稍后再试，或按分类查找。' });
    } finally {
      running -= 1;
    }
  },
};
