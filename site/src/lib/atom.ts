import { adjustmentKinds, type PublicAdjustment } from '@catalog/content-models';
import { beijingIso } from './format.ts';
import { noticeSummary } from './notice-text.ts';
import { itemUrl, noticeUrl, noticesUrl } from './urls.ts';

/**
 * An Atom 1.0 feed (RFC 4287) of adjustment notices; every value from the snapshot is XML-escaped.
 * Each entry's id is the address of the notice's own page, so it is unique, permanent and opens a
 * page. Machine dates are RFC 3339 in Beijing time (+08:00); the text a person reads says dates in
 * Chinese and names only public changes, each with its values.
 */
function escapeXml(value: string): string {
  return value.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

export interface FeedOptions {
  site: URL;
  title: string;
  /** atom:author of the feed (RFC 4287 §4.1.1): the body that publishes the notices. */
  author: string;
  /** The latest publication among the notices, or the export time when there are none. */
  updated: string;
  notices: PublicAdjustment[];
}

export function noticesFeed({ site, title, author, updated, notices }: FeedOptions): string {
  const absolute = (path: string) => escapeXml(new URL(path, site).href);
  const entries = notices.map((a) => {
    const published = escapeXml(beijingIso(a.publishedAt));
    return `  <entry>
    <id>${absolute(noticeUrl(a.id))}</id>
    <title>${escapeXml(`${a.itemName}（${adjustmentKinds.label(a.kind)}）`)}</title>
    <link rel="alternate" type="text/html" href="${absolute(noticeUrl(a.id))}"/>
    <link rel="related" type="text/html" href="${absolute(itemUrl(a.implementationCode))}"/>
    <published>${published}</published>
    <updated>${published}</updated>
    <summary>${escapeXml(noticeSummary(a))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>${absolute('/notices/feed.xml')}</id>
  <title>${escapeXml(title)}</title>
  <author>
    <name>${escapeXml(author)}</name>
    <uri>${absolute('/')}</uri>
  </author>
  <link rel="self" type="application/atom+xml" href="${absolute('/notices/feed.xml')}"/>
  <link rel="alternate" type="text/html" href="${absolute(noticesUrl())}"/>
  <updated>${escapeXml(beijingIso(updated))}</updated>
${entries.join('\n')}
</feed>
`;
}
