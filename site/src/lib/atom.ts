import { adjustmentKinds, isNewItem, publicChanges, type PublicAdjustment } from '@catalog/content-models';
import { chineseDate } from './format.ts';

/**
 * An Atom 1.0 feed of adjustment notices; every value from the snapshot is XML-escaped. Machine
 * dates (<updated>) stay ISO; the text a person reads says dates in Beijing time and names only
 * public changes.
 */
function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export function noticesFeed(options: { site: URL; title: string; updated: string; notices: PublicAdjustment[] }): string {
  const { site, title, updated, notices } = options;
  const feedUrl = new URL('/notices/feed.xml', site).href;
  const entries = notices.map((a) => {
    const link = new URL(`/items/${encodeURIComponent(a.implementationCode)}/`, site).href;
    const changes = a.kind === 'add' || isNewItem(a.changes) ? ['本事项新发布'] : publicChanges(a.kind, a.changes).map((c) => c.label);
    const summary = [`${a.unitName}`, `生效日期：${chineseDate(a.effectiveDate)}`, `调整原因：${a.reason}`, ...changes].join('；');
    return `  <entry>
    <id>${escapeXml(new URL(`/notices/#${encodeURIComponent(a.id)}`, site).href)}</id>
    <title>${escapeXml(`${a.itemName}（${adjustmentKinds.label(a.kind)}）`)}</title>
    <link href="${escapeXml(link)}"/>
    <updated>${escapeXml(a.publishedAt)}</updated>
    <summary>${escapeXml(summary)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${escapeXml(feedUrl)}</id>
  <title>${escapeXml(title)}</title>
  <link rel="self" href="${escapeXml(feedUrl)}"/>
  <link href="${escapeXml(new URL('/notices/', site).href)}"/>
  <updated>${escapeXml(updated)}</updated>
${entries.join('\n')}
</feed>
`;
}
