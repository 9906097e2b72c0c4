import { NOTICES_PAGE_SIZE } from './urls.ts';

/*
 * 调整公告 pages. /notices/ shows the newest notices; the whole log is kept in numbered archive
 * pages counted from the OLDEST notice (/notices/1/ holds the first 30 ever published). A new
 * notice therefore lands on the last archive page only: with pages counted from the newest, every
 * notice shifted every page, and an approval re-rendered all of them (762 pages at 100,000 items).
 * The log arrives newest first (the snapshot's order); each page shows its notices newest first.
 */

/** Number of archive pages for a log of `total` notices (none for an empty log). */
export const archivePageCount = (total: number): number => Math.ceil(total / NOTICES_PAGE_SIZE);

/** The notices of archive page `page` (1 = oldest), newest first, from the log given newest first. */
export function archivePage<T>(newestFirst: readonly T[], page: number): T[] {
  const end = newestFirst.length - (page - 1) * NOTICES_PAGE_SIZE;
  return end <= 0 ? [] : newestFirst.slice(Math.max(0, end - NOTICES_PAGE_SIZE), end);
}

/** The notices /notices/ shows: the newest page-full. */
export const latestNotices = <T>(newestFirst: readonly T[]): T[] => newestFirst.slice(0, NOTICES_PAGE_SIZE);

/** The archive page holding the newest notice /notices/ does not show (undefined when it shows them all). */
export function firstOlderPage(total: number): number | undefined {
  return total > NOTICES_PAGE_SIZE ? archivePageCount(total - NOTICES_PAGE_SIZE) : undefined;
}
