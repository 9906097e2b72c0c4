import type { SearchPage } from '@catalog/content-models/search/catalog-search.ts';
import { escapeHtml } from '../html/escapeHtml.ts';
import { plainPage } from '../html/plainPage.ts';

/** Results per page, as on the site's search page. */
export const PAGE_SIZE = 10;
/** Pages a citizen can turn to (200 results); further than that a narrower query helps more. */
export const MAX_PAGE = 20;
/** The longest query accepted (the site's box takes any length; a service name is far shorter). */
export const MAX_QUERY = 100;

export interface ResultsView {
  /** The query as typed (trimmed), '' before any search. */
  query: string;
  page: number;
  /** The site's public address without a trailing slash: results and browse links lead there. */
  site: string;
  found?: SearchPage;
  /** Why there are no results to show (bad input, search unavailable), in Chinese. */
  problem?: string;
}

const browseLinks = (site: string) =>
  [['category', '按服务分类查找'], ['unit', '按实施部门查找'], ['theme', '按主题查找'], ['region', '按地区查找']]
    .map(([facet, label]) => `<a href="${escapeHtml(`${site}/browse/${facet}/`)}">${label}</a>`)
    .join(' · ');

const pageLink = (query: string, page: number, label: string) =>
  `<a href="?${escapeHtml(new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) }).toString())}">${label}</a>`;

function statusText({ query, page, found, problem }: ResultsView): string {
  if (problem) return problem;
  if (!query) return '请输入要办理的事项，例如“失业金”“社保卡”“营业执照”。';
  if (!found || found.total === 0) return `没有找到与「${query}」相关的事项，可以换个说法，或按分类查找。`;
  const first = (page - 1) * PAGE_SIZE + 1;
  if (first > found.total) return `与「${query}」相关的事项共 ${found.total} 个，没有第 ${page} 页。`;
  const last = Math.min(found.total, page * PAGE_SIZE);
  return `找到 ${found.total} 个与「${query}」相关的事项，这是第 ${first}–${last} 个：`;
}

function resultsHtml({ query, page, site, found }: ResultsView): string {
  const hits = found?.hits.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE) ?? [];
  if (hits.length === 0) return '';
  const items = hits.map((hit) => {
    const where = [hit.category, hit.places > 1 ? `${hit.places} 个地方或部门可办` : ''].filter(Boolean).join(' · ');
    return `<li><p><a href="${escapeHtml(`${site}${hit.url}`)}">${escapeHtml(hit.title)}</a></p>${where ? `<p>${escapeHtml(where)}</p>` : ''}</li>`;
  });
  const turns = [
    page > 1 ? pageLink(query, page - 1, '上一页') : '',
    found && found.total > page * PAGE_SIZE && page < MAX_PAGE ? pageLink(query, page + 1, '下一页') : '',
  ].filter(Boolean);
  return `<ol start="${(page - 1) * PAGE_SIZE + 1}">\n${items.join('\n')}\n</ol>\n${turns.length ? `<nav aria-label="翻页"><p>${turns.join(' · ')}</p></nav>\n` : ''}`;
}

/**
 * The CMS's search page for browsers without JavaScript (the site's header form posts here when
 * scripts do not run): the query stays in the box, results lead to the site.
 */
export function resultsPage(view: ResultsView): string {
  const title = view.query ? `「${view.query}」的搜索结果` : '搜索办事事项';
  const siteSearch = `${view.site}/search/${view.query ? `?${new URLSearchParams({ q: view.query })}` : ''}`;
  return plainPage(
    title,
    `<header><p><a href="${escapeHtml(`${view.site}/`)}">返回网站首页</a></p></header>
<main>
<h1>搜索办事事项</h1>
<form method="get" role="search">
<p><label for="q">要办理的事项</label></p>
<p><input id="q" name="q" type="search" value="${escapeHtml(view.query)}" maxlength="${MAX_QUERY}" placeholder="例如：失业金、社保卡"> <button type="submit">搜索</button></p>
</form>
<p role="status">${escapeHtml(statusText(view))}</p>
${resultsHtml(view)}<h2>按分类查找</h2>
<p>${browseLinks(view.site)}</p>
<p>浏览器开启 JavaScript 后，可以在<a href="${escapeHtml(siteSearch)}">网站的搜索页</a>按地区、部门筛选结果。</p>
</main>`,
  );
}
