import type { FacetKey } from './catalog.ts';

/** Every internal address in one place, so pages, the sitemap and the tests agree. */
export const itemUrl = (code: string) => `/items/${encodeURIComponent(code)}/`;
export const checklistUrl = (code: string) => `/items/${encodeURIComponent(code)}/checklist/`;
export const basicCodeUrl = (code: string) => `/c/${encodeURIComponent(code)}/`;
export const facetUrl = (facet: FacetKey) => `/browse/${facet}/`;
export const groupUrl = (facet: FacetKey, code: string, page = 1) =>
  `/browse/${facet}/${encodeURIComponent(code)}/${page > 1 ? `${page}/` : ''}`;
export const noticesUrl = (page = 1) => (page > 1 ? `/notices/${page}/` : '/notices/');
/** One adjustment notice. Not /notices/<id>/: numeric record ids would collide with the list's page numbers. */
export const noticeUrl = (id: string) => `/notices/detail/${encodeURIComponent(id)}/`;
/** 网站地图 for people; the XML sitemap for search engines is /sitemap-index.xml. */
export const siteMapUrl = '/sitemap/';
/** Adjustment notices per page (the incremental publisher's dependency map pages them alike). */
export const NOTICES_PAGE_SIZE = 30;
