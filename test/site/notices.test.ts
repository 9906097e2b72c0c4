import { describe, expect, inject, it } from 'vitest';
import { readSnapshotIndex } from '../../content-models/src/snapshot/snapshot-io.ts';
import { archivePage, archivePageCount, firstOlderPage, latestNotices } from '../../site/src/lib/notices.ts';
import { page } from './support/html.ts';

/** 调整公告 pages counted from the oldest notice (site/src/lib/notices.ts), on lists of known length. */
const log = (count: number) => Array.from({ length: count }, (_, i) => count - i); // newest first: notice n is the n-th published

describe('调整公告 archive pages', () => {
  it('puts the first 30 notices ever published on page 1 and the newest on the last page, newest first on each', () => {
    expect(archivePageCount(0)).toBe(0);
    expect(archivePageCount(61)).toBe(3);
    expect(archivePage(log(61), 1)).toEqual(log(30));
    expect(archivePage(log(61), 2)).toEqual(log(60).slice(0, 30));
    expect(archivePage(log(61), 3)).toEqual([61]);
    expect(archivePage(log(61), 4)).toEqual([]);
  });

  it('keeps every full page as it was when a notice is added', () => {
    for (let page = 1; page <= 3; page += 1) expect(archivePage(log(91), page)).toEqual(archivePage(log(95), page));
  });

  it('shows the newest 30 on /notices/ and links on to the page holding the next older one', () => {
    expect(latestNotices(log(61))).toEqual(log(61).slice(0, 30));
    expect(firstOlderPage(30)).toBeUndefined();
    expect(firstOlderPage(31)).toBe(1);
    const older = firstOlderPage(61)!;
    expect(archivePage(log(61), older)).toContain(31); // notice 31 is the newest not on /notices/
  });
});

describe('调整公告 pages of the built site', () => {
  it('builds every archive page, page 1 the oldest, each linking to its neighbours only, the last back to /notices/', async () => {
    const { adjustments } = await readSnapshotIndex(inject('snapshotDir'));
    const last = archivePageCount(adjustments.length);
    expect(last).toBeGreaterThan(1); // the fixture's log fills more than one page, so the links below are checked
    for (let n = 1; n <= last; n += 1) {
      const html = page(`/notices/${n}/`);
      expect(html).toContain(`<h1>调整公告（第${n}页）</h1>`);
      const ids = [...html.matchAll(/<a href="\/notices\/detail\/([^/]+)\/">公告详情/g)].map((m) => decodeURIComponent(m[1]!));
      expect(ids).toEqual(archivePage(adjustments, n).map((a) => a.id));
      expect(html).toContain(`<a href="${n === last ? '/notices/' : `/notices/${n + 1}/`}" rel="prev">较新的公告</a>`);
      if (n > 1) expect(html).toContain(`<a href="/notices/${n - 1}/" rel="next">更早的公告</a>`);
      else expect(html).not.toContain('更早的公告');
      expect(html).not.toMatch(/共\d+页/);
    }
    const newest = page('/notices/');
    expect([...newest.matchAll(/公告详情/g)]).toHaveLength(Math.min(30, adjustments.length));
    const older = firstOlderPage(adjustments.length);
    if (older) expect(newest).toContain(`<a href="/notices/${older}/" rel="next">更早的公告</a>`);
  });
});
