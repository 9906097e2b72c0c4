import type { FacetKey } from './catalog.ts';

/** Every internal address in one place, so pages, the sitemap and the tests agree. */
export const itemUrl = (code: string) => `/items/${encodeURIComponent(code)}/`;
export const shareImageUrl = (code: string) => `/items/${encodeURIComponent(code)}/share.png`;
export const checklistUrl = (code: string) => `/items/${encodeURIComponent(code)}/checklist/`;
export const basicCodeUrl = (code: string) => `/c/${encodeURIComponent(code)}/`;
/** 标准化比对 of the implementations of one 基本编码 (only where at least two are active). */
export const compareUrl = (code: string) => `/c/${encodeURIComponent(code)}/compare/`;
/** The public lists of issue 18: 中介服务事项清单 and items transferable to social organisations. */
export const intermediaryListUrl = '/lists/intermediary/';
export const transferableListUrl = '/lists/transferable/';
export const facetUrl = (facet: FacetKey) => `/browse/${facet}/`;
export const groupUrl = (facet: FacetKey, code: string, page = 1) =>
  `/browse/${facet}/${encodeURIComponent(code)}/${page > 1 ? `${page}/` : ''}`;
/** 调整公告: the newest notices. */
export const noticesUrl = () => '/notices/';
/** One archive page of 调整公告, counted from the oldest notice (see lib/notices.ts). */
export const noticeArchiveUrl = (page: number) => `/notices/${page}/`;
/** One adjustment notice. Not /notices/<id>/: numeric record ids would collide with the list's page numbers. */
export const noticeUrl = (id: string) => `/notices/detail/${encodeURIComponent(id)}/`;
/** 网站地图 for people; the XML sitemap for search engines is /sitemap-index.xml. */
export const siteMapUrl = '/sitemap/';
/** Adjustment notices per page (the incremental publisher's dependency map pages them alike). */
export const NOTICES_PAGE_SIZE = 30;
