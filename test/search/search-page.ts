import { loadPagefind, searchCatalog, searchFilters, type SearchFilters } from '../../site/src/search/search-client.ts';

/** Browser entry of the test page: the site's own search module, exposed for the test to drive. */
const pagefind = loadPagefind('/pagefind/');
Object.assign(window, {
  searchFilters: async () => searchFilters(await pagefind),
  searchCatalog: async (query: string, filters?: SearchFilters, limit = 3) => searchCatalog(await pagefind, query, { filters, limit }),
});
