import type { CatalogEntry, PublicAdjustment, PublicItem } from '@catalog/content-models';
import { PAGE_SIZE, byName, entryGroups, type FacetKey } from '../../../site/src/lib/catalog.ts';
import { comparedEntries } from '../../../site/src/lib/compare.ts';
import { shareCardsEnabled } from '../../../site/src/lib/share-card/render.ts';
import { archivePage, archivePageCount } from '../../../site/src/lib/notices.ts';
import { basicCodeUrl, checklistUrl, compareUrl, intermediaryListUrl, transferableListUrl, facetUrl, groupUrl, itemUrl, noticeArchiveUrl, noticeUrl, noticesUrl, shareImageUrl, siteMapUrl } from '../../../site/src/lib/urls.ts';
import type { ChangedItem } from '../../../cms/src/publish/snapshotDelta.ts';
import { fileOfUrl, routes, type PageJob } from './protocol.ts';

/**
 * THE DEPENDENCY MAP: which pages of the site show what, so that an incremental publication
 * re-renders every page a changed item appears on and nothing else. It mirrors site/src/pages;
 * a new page that lists items must be added here (the equivalence test in test/publish compares
 * an incremental release with a full build and fails when a dependency is missing).
 *
 * Rendered on every incremental run (site-wide summaries, a handful of pages):
 *   /                       active count, group counts, most viewed, latest adjustments, export date
 *   /404.html, /search/      category counts
 *   /browse/, /browse/<f>/   active count, group counts of each facet
 *   /sitemap/                the groups of each facet that hold items
 *   /consultations/          open consultations (an approval closes one)
 *   /open-data/ + catalog.json + catalog.csv   counts, export date, the whole catalog
 *   /open-data/laws.json + laws.csv             export date (a changed register is a full rebuild)
 *   /notices/feed.xml        the latest 50 adjustments
 *   /notices/                the newest 30 adjustments
 *   /lists/intermediary/ + /open-data/intermediary.json + .csv   中介服务事项清单 (export date, the list)
 *   /lists/transferable/ + /open-data/transferable.json + .csv   可向社会组织转移的事项 (export date, the list)
 * Rendered when their content changed (compared page by page, old snapshot against new):
 *   /notices/<n>/            the adjustment log, 30 a page counted from the oldest (site/src/lib/notices.ts):
 *                            a new entry changes the last page; the page that was last changes its link
 *   /notices/detail/<id>/    one notice: written when new or changed (a renamed item renames its notices), removed when gone
 *   /browse/<f>/<g>/<n>/     every group the item is in before or after the change (name, unit, region,
 *                            level, objects, themes, status all move it); pages whose slice, total or
 *                            page count changed; pages past the new last page are removed
 * Per changed item:
 *   /items/<code>/           its page
 *   /items/<code>/checklist/ written while active, removed when cancelled
 *   /items/<code>/share.png  its share card (name and unit; an unchanged card comes from the card cache)
 *   /items/<former code>/    redirect pages of its former codes; removed when a former code is dropped
 *   /c/<basic code>/         the short address of its basic code, before and after
 *   /c/<basic code>/compare/ the 标准化比对 of that basic code, before and after: written while it has
 *                            two or more active implementations, removed otherwise
 *   /items/<x>/              cancelled items naming it as replacement, when its name changed or it is new
 * Sitemap: rewritten from the previous one when pages were added or removed (see sitemap.ts).
 * Not covered (the caller refuses and rebuilds in full): settings, units, regions, removed items,
 * a new item at the address of a former-code redirect, a different snapshot format.
 */
export interface DependencyInput {
  previousCatalog: CatalogEntry[];
  catalog: CatalogEntry[];
  changed: ChangedItem[];
  previousAdjustments: PublicAdjustment[];
  adjustments: PublicAdjustment[];
  previousItem(code: string): Promise<PublicItem | undefined>;
  item(code: string): Promise<PublicItem>;
  /** Whether the previous release has this file (a path relative to the release). */
  previousHas(file: string): Promise<boolean>;
}

export type RenderPlan = { ok: true; jobs: PageJob[]; remove: string[] } | { ok: false; reason: string };

/** Vocabulary facets list every group even when empty; units and regions only those with items. */
const seededFacets = new Set<FacetKey>(['category', 'level', 'object', 'theme']);
const facets: FacetKey[] = ['category', 'unit', 'region', 'level', 'object', 'theme'];

export async function planPages(input: DependencyInput): Promise<RenderPlan> {
  const jobs = new Map<string, PageJob>();
  const remove = new Set<string>();
  const add = (job: PageJob) => jobs.set(job.url, job);
  const liveCodes = new Set(input.catalog.map((e) => e.implementationCode));

  // Site-wide summaries.
  add({ kind: 'page', url: '/', route: routes.home });
  add({ kind: 'page', url: '/404/', route: routes.notFound });
  add({ kind: 'page', url: '/search/', route: routes.search });
  add({ kind: 'page', url: '/browse/', route: routes.browse });
  add({ kind: 'page', url: siteMapUrl, route: routes.siteMap });
  for (const facet of facets) add({ kind: 'route', url: facetUrl(facet), route: routes.facet, params: { facet } });
  add({ kind: 'page', url: '/consultations/', route: routes.consultations });
  add({ kind: 'page', url: '/open-data/', route: routes.openData });
  add({ kind: 'endpoint', url: '/open-data/catalog.json', route: routes.catalogJson });
  add({ kind: 'endpoint', url: '/open-data/catalog.csv', route: routes.catalogCsv });
  add({ kind: 'endpoint', url: '/open-data/laws.json', route: routes.lawsJson });
  add({ kind: 'endpoint', url: '/open-data/laws.csv', route: routes.lawsCsv });
  add({ kind: 'endpoint', url: '/notices/feed.xml', route: routes.feed });
  add({ kind: 'page', url: intermediaryListUrl, route: routes.intermediaryList });
  add({ kind: 'endpoint', url: '/open-data/intermediary.json', route: routes.intermediaryJson });
  add({ kind: 'endpoint', url: '/open-data/intermediary.csv', route: routes.intermediaryCsv });
  add({ kind: 'page', url: transferableListUrl, route: routes.transferableList });
  add({ kind: 'endpoint', url: '/open-data/transferable.json', route: routes.transferableJson });
  add({ kind: 'endpoint', url: '/open-data/transferable.csv', route: routes.transferableCsv });
  add({ kind: 'page', url: noticesUrl(), route: routes.notices });
  // Each notice as text once: compared by the archive pages and by the notice's own page.
  const [oldJson, newJson] = [input.previousAdjustments.map((a) => JSON.stringify(a)), input.adjustments.map((a) => JSON.stringify(a))];
  archivePages(oldJson, newJson, (page, url) => add({ kind: 'route', url, route: routes.noticeArchive, params: { page: String(page) } }), remove);
  const previousNotices = new Map(input.previousAdjustments.map((a, i) => [a.id, oldJson[i]]));
  for (const [i, notice] of input.adjustments.entries()) {
    if (previousNotices.get(notice.id) !== newJson[i]) add({ kind: 'route', url: noticeUrl(notice.id), route: routes.notice, params: { id: notice.id } });
    previousNotices.delete(notice.id);
  }
  for (const id of previousNotices.keys()) remove.add(noticeUrl(id));

  const basicCodes = new Set<string>();
  const groups = new Map<string, [FacetKey, string]>();
  let replacementsMayChange = false;
  for (const change of input.changed) {
    const { code, before, after } = change;
    if (!before && (await input.previousHas(fileOfUrl(itemUrl(code))))) return { ok: false, reason: `新事项 ${code} 的地址原是另一事项的旧编码跳转页` };
    add({ kind: 'item', url: itemUrl(code), code });
    if (shareCardsEnabled()) add({ kind: 'share', url: shareImageUrl(code), code });
    if (after.status === 'active') add({ kind: 'checklist', url: checklistUrl(code), code });
    else if (before?.status === 'active') remove.add(checklistUrl(code));

    const now = await input.item(code);
    const was = before ? await input.previousItem(code) : undefined;
    for (const from of now.formerCodes) if (!liveCodes.has(from)) add({ kind: 'redirect', url: itemUrl(from), from, to: code });
    for (const from of was?.formerCodes ?? []) if (!now.formerCodes.includes(from) && !liveCodes.has(from)) remove.add(itemUrl(from));

    basicCodes.add(after.basicCode);
    if (before) basicCodes.add(before.basicCode);
    for (const [facet, group] of [...(before ? entryGroups(before) : []), ...entryGroups(after)]) groups.set(`${facet}\n${group}`, [facet, group]);
    if (!before || before.name !== after.name || before.status !== after.status) replacementsMayChange = true;
  }

  for (const basicCode of basicCodes) {
    const siblings = input.catalog.filter((e) => e.basicCode === basicCode);
    if (siblings.length) add({ kind: 'route', url: basicCodeUrl(basicCode), route: routes.basicCode, params: { basicCode } });
    else remove.add(basicCodeUrl(basicCode));
    if (comparedEntries(siblings)) add({ kind: 'route', url: compareUrl(basicCode), route: routes.compare, params: { basicCode } });
    else remove.add(compareUrl(basicCode));
  }

  // One pass over each catalog collects the members of every affected group (100,000 entries).
  const membersOf = (catalog: CatalogEntry[]) => {
    const members = new Map<string, CatalogEntry[]>([...groups.keys()].map((key) => [key, []]));
    for (const entry of catalog) for (const [facet, group] of entryGroups(entry)) members.get(`${facet}\n${group}`)?.push(entry);
    return members;
  };
  const before = membersOf(input.previousCatalog);
  const after = membersOf(input.catalog);
  const changedByCode = new Map(input.changed.map((c) => [c.code, c]));
  for (const [key, [facet, group]] of groups) {
    const url = (page: number) => groupUrl(facet, group, page);
    const render = (page: number, address: string) => add({ kind: 'route', url: address, route: routes.group, params: { facet, group, page: page > 1 ? String(page) : undefined } });
    const old = before.get(key)!;
    const now = after.get(key)!;
    const stable = sameOrder(old, now, changedByCode);
    if (stable) {
      // Same members, same names: the order is unchanged, only the pages showing a changed item differ.
      for (const position of stable) render(Math.floor(position / PAGE_SIZE) + 1, url(Math.floor(position / PAGE_SIZE) + 1));
    } else {
      pagedList(old.sort(byName), now.sort(byName), PAGE_SIZE, seededFacets.has(facet), url, render, remove);
    }
  }

  if (replacementsMayChange) {
    const changedCodes = new Set(input.changed.map((c) => c.code));
    for (const entry of input.catalog) {
      if (entry.status !== 'cancelled' || changedCodes.has(entry.implementationCode)) continue;
      const replacedBy = (await input.item(entry.implementationCode)).cancellation?.replacedBy;
      if (replacedBy && changedCodes.has(replacedBy)) add({ kind: 'item', url: itemUrl(entry.implementationCode), code: entry.implementationCode });
    }
  }
  for (const url of jobs.keys()) remove.delete(url);
  return { ok: true, jobs: [...jobs.values()], remove: [...remove] };
}

/**
 * When a group keeps its members and every changed member its name, the sorted order cannot
 * change (the sort is stable and catalog positions are kept): returns the sorted positions of the
 * changed members, each found with one pass of comparisons instead of sorting 60,000 entries.
 * Undefined when the order may have changed.
 */
function sameOrder(before: CatalogEntry[], after: CatalogEntry[], changed: Map<string, ChangedItem>): number[] | undefined {
  if (before.length !== after.length) return undefined;
  const positions: number[] = [];
  for (let i = 0; i < after.length; i += 1) {
    const entry = after[i]!;
    if (before[i]!.implementationCode !== entry.implementationCode) return undefined;
    const change = changed.get(entry.implementationCode);
    if (!change) continue;
    if (change.before?.name !== entry.name) return undefined;
    let rank = 0;
    for (let j = 0; j < after.length; j += 1) {
      const order = byName(after[j]!, entry);
      if (order < 0 || (order === 0 && j < i)) rank += 1;
    }
    positions.push(rank);
  }
  return positions;
}

/**
 * The 调整公告 archive pages to render: those whose notices changed, new ones, and the previous
 * and the new last page (the last one links 较新的公告 to /notices/, the others to the next page).
 */
function archivePages(oldJson: string[], newJson: string[], render: (page: number, url: string) => void, remove: Set<string>): void {
  const [oldLast, newLast] = [archivePageCount(oldJson.length), archivePageCount(newJson.length)];
  for (let page = 1; page <= Math.max(oldLast, newLast); page += 1) {
    if (page > newLast) remove.add(noticeArchiveUrl(page));
    else if (page > oldLast || (page === oldLast) !== (page === newLast) || archivePage(oldJson, page).join('\n') !== archivePage(newJson, page).join('\n')) {
      render(page, noticeArchiveUrl(page));
    }
  }
}

/**
 * A paginated list before and after: the pages whose slice, total or page count changed are
 * rendered, pages beyond the new last page removed. Every page shows the total and the page
 * count, so a list that grew or shrank is rendered whole. An empty list has one page when the
 * list always exists (`keepsEmpty`), none otherwise.
 */
function pagedList<T>(
  before: T[],
  after: T[],
  size: number,
  keepsEmpty: boolean,
  url: (page: number) => string,
  render: (page: number, url: string) => void,
  remove: Set<string>,
): void {
  const pages = (list: T[]) => (list.length === 0 ? (keepsEmpty ? 1 : 0) : Math.ceil(list.length / size));
  const oldLast = pages(before);
  const newLast = pages(after);
  const whole = before.length !== after.length || oldLast !== newLast;
  for (let page = 1; page <= Math.max(oldLast, newLast); page += 1) {
    if (page > newLast) {
      remove.add(url(page));
      continue;
    }
    const slice = (list: T[]) => JSON.stringify(list.slice((page - 1) * size, page * size));
    if (whole || page > oldLast || slice(before) !== slice(after)) render(page, url(page));
  }
}
