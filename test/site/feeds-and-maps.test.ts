import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guideFieldLabels, type CatalogEntry, type PublicAdjustment } from '@catalog/content-models';
import { fileOfUrl } from '../../scripts/lib/incremental/protocol.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { page, hrefs } from './support/html.ts';
import { serveDist } from './support/static-server.ts';
import { FULL_CODE, IMPORTED_CODE } from './fixtures/fixture-items.ts';

/**
 * Feeds and maps of the built site, read as a machine reads them: the Atom feed and the XML
 * sitemap parsed by a real XML parser, every address they give checked against the built files.
 */
const dist = inject('siteDist');
const snapshotFile = <T>(name: string): T => JSON.parse(readFileSync(join(inject('snapshotDir'), name), 'utf8')) as T;
const adjustments = snapshotFile<PublicAdjustment[]>('adjustments.json');
const catalog = snapshotFile<CatalogEntry[]>('catalog.json');
const { baseUrl } = snapshotFile<{ baseUrl: string }>('settings.json');

/** RFC 3339 date-time in Beijing time, the only form the site writes for machines. */
const BEIJING_RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'author', 'url', 'sitemap'].includes(name),
});
type Node = Record<string, any>;

function parseXml(path: string): Node {
  const xml = page(path);
  expect(XMLValidator.validate(xml), path).toBe(true);
  return parser.parse(xml) as Node;
}

/** The built file an absolute address of the site names, or undefined when it names another site. */
function builtFile(address: string): string | undefined {
  const url = new URL(address);
  if (url.origin !== new URL(baseUrl).origin) return undefined;
  return join(dist, fileOfUrl(url.pathname));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

describe('the Atom feed (RFC 4287)', () => {
  const feed = parseXml('/notices/feed.xml').feed as Node;
  const entries = feed.entry as Node[];
  const linkOf = (node: Node, rel: string) => (node.link as Node[]).find((l) => (l['@rel'] ?? 'alternate') === rel)?.['@href'] as string | undefined;

  it('has the required feed elements: id, title, updated in Beijing time, author, a self link', () => {
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(new URL(feed.id as string).href).toBe(`${baseUrl}/notices/feed.xml`);
    expect(feed.title).toBe('示例市公共服务事项目录 调整公告');
    expect(feed.updated).toMatch(BEIJING_RFC3339);
    expect((feed.author as Node[])[0]!.name).toBe('示例市公共服务事项目录');
    expect(linkOf(feed, 'self')).toBe(`${baseUrl}/notices/feed.xml`);
    // The feed is as new as its newest entry (the fixture's newest notice is not first in the log).
    const newest = Math.max(...entries.map((e) => Date.parse(e.updated as string)));
    expect(Date.parse(feed.updated as string)).toBe(newest);
    expect(feed.updated).toBe('2026-12-08T06:49:46+08:00');
  });

  it('gives every entry a unique id, a title and updated in Beijing time', () => {
    expect(entries).toHaveLength(Math.min(50, adjustments.length));
    for (const entry of entries) {
      expect(entry.id, entry.title).toMatch(/^https:\/\//);
      expect(String(entry.title).length, entry.id).toBeGreaterThan(0);
      expect(entry.updated, entry.id).toMatch(BEIJING_RFC3339);
    }
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  it("gives every entry a page of its own: the id is that page's address, and it and the item link resolve to built pages", () => {
    for (const entry of entries) {
      expect(linkOf(entry, 'alternate'), entry.id).toBe(entry.id);
      for (const address of [entry.id as string, linkOf(entry, 'related')!]) {
        const file = builtFile(address);
        expect(file && existsSync(file), address).toBe(true);
      }
    }
    const first = entries.find((e) => e.title === '失业保险金申领（指南调整）')!;
    expect(first.id).toBe(`${baseUrl}/notices/detail/adj-fx-1/`);
    expect(linkOf(first, 'related')).toBe(`${baseUrl}/items/${FULL_CODE}/`);
  });

  it('summarises every entry without a dangling 「；label」: each change says what it was and what it is', () => {
    const labels = new Set([...Object.values(guideFieldLabels), ...adjustments.flatMap((a) => a.changes.map((c) => c.label))]);
    const dangling = entries
      .map((e) => e.summary as string)
      .filter((summary) => [...labels].some((label) => summary.endsWith(`；${label}`) || summary.includes(`；${label}；`)));
    expect(dangling).toEqual([]);
    const first = entries.find((e) => e.id === `${baseUrl}/notices/detail/adj-fx-1/`)!;
    expect(first.summary).toBe('示例市人力资源和社会保障局；生效日期：2026年11月20日；调整原因：压减承诺时限；承诺办结时限：由“10”改为“5”');
  });
});

describe('a page per notice', () => {
  it('exists for every notice, linked from the notices list', () => {
    for (const notice of adjustments) expect(existsSync(join(dist, fileOfUrl(`/notices/detail/${encodeURIComponent(notice.id)}/`))), notice.id).toBe(true);
    expect(page('/notices/')).toContain('<a href="/notices/detail/adj-fx-1/">公告详情');
  });

  it('says what changed, when (Beijing time) and links to the item', () => {
    const html = page('/notices/detail/adj-fx-9b/');
    expect(html).toMatch(/<h1>残疾人证新办（指南调整）<\/h1>/);
    expect(html).toContain(`<a href="/items/${IMPORTED_CODE}/">残疾人证新办</a>`);
    // Published 2026-12-07T22:49:46Z: the 8th in Beijing, as the effective date says.
    expect(html).toContain('2026年12月8日 06:49</time>（北京时间）');
    expect(html).toContain('<time datetime="2026-12-08">2026年12月8日</time>');
    expect(html).toContain('<li>承诺办结时限：由“30 个工作日”改为“30 个自然日”</li>');
    expect(html).not.toContain('单位编号');
    expect(page('/notices/detail/adj-fx-9a/')).toContain('<p>本事项新发布。</p>');
  });
});

describe('the HTML site map', () => {
  const html = page('/sitemap/');

  it('is 网站地图 with the main sections, every facet and its groups, and no item pages', () => {
    expect(html).toMatch(/<h1>网站地图<\/h1>/);
    const links = hrefs(html);
    for (const section of ['/', '/browse/', '/notices/', '/consultations/', '/open-data/']) expect(links, section).toContain(section);
    for (const facet of ['category', 'unit', 'region', 'level', 'object', 'theme']) expect(links, facet).toContain(`/browse/${facet}/`);
    expect(links).toContain('/browse/category/social-security/');
    expect(links).toContain('/browse/unit/unit-fixture-rsj/');
    expect(links.filter((l) => l.startsWith('/items/'))).toEqual([]);
    for (const link of links.filter((l) => l.startsWith('/') && !l.startsWith('/search/'))) expect(existsSync(join(dist, fileOfUrl(link))), link).toBe(true);
  });

  it('is what the footer of every page links to as 网站地图, instead of the XML', () => {
    for (const path of ['/', `/items/${FULL_CODE}/`, '/notices/', '/sitemap/', '404.html']) {
      const footer = page(path).split('<footer')[1]!;
      expect(footer, path).toContain('<a href="/sitemap/">网站地图</a>');
      expect(footer, path).not.toContain('sitemap-index.xml');
    }
  });
});

describe('the XML sitemap', () => {
  const index = parseXml('/sitemap-index.xml').sitemapindex as Node;
  const urls = (index.sitemap as Node[]).flatMap((s) => (parseXml(new URL(s.loc as string).pathname).urlset as Node).url as Node[]);

  it('lists no page that asks robots not to index it (search, checklists, redirects, 404)', () => {
    expect(urls.length).toBeGreaterThan(catalog.length);
    for (const { loc } of urls) {
      const file = builtFile(loc as string);
      expect(file && existsSync(file), loc).toBe(true);
      expect(readFileSync(file!, 'utf8'), loc).not.toContain('<meta name="robots" content="noindex"');
    }
    expect(urls.map((u) => u.loc)).not.toContain(`${baseUrl}/search/`);
    expect(urls.map((u) => u.loc)).toContain(`${baseUrl}/sitemap/`);
  });

  it("dates every item page by the item's updatedAt, and each sitemap file by its latest page", () => {
    const updatedAt = new Map(catalog.map((e) => [`${baseUrl}/items/${e.implementationCode}/`, e.updatedAt]));
    const items = urls.filter((u) => updatedAt.has(u.loc as string));
    expect(items).toHaveLength(catalog.length);
    for (const { loc, lastmod } of items) expect(Date.parse(lastmod as string), loc).toBe(Date.parse(updatedAt.get(loc as string)!));
    const latest = Math.max(...items.map((u) => Date.parse(u.lastmod as string)));
    expect(Date.parse((index.sitemap as Node[])[0]!.lastmod as string)).toBe(latest);
  });
});

describe('the favicon', () => {
  it('is an SVG and an ICO of PNGs, referenced from every page', () => {
    const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect((parser.parse(svg) as Node).svg['@viewBox']).toBe('0 0 32 32');
    const ico = readFileSync(join(dist, 'favicon.ico'));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    const count = ico.readUInt16LE(4);
    expect(count).toBe(3);
    for (let i = 0; i < count; i += 1) {
      const offset = ico.readUInt32LE(6 + 16 * i + 12);
      expect(ico.subarray(offset, offset + 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
    }
    const pages = htmlFiles(dist);
    expect(pages.length).toBeGreaterThan(catalog.length);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
      expect(html, file).toContain('<link rel="icon" href="/favicon.ico" sizes="32x32">');
    }
  });
});

describe('open data in Beijing time', () => {
  it('writes every timestamp of the JSON and the CSV with +08:00, as the page says', () => {
    const json = JSON.parse(page('/open-data/catalog.json')) as { generatedAt: string; items: { updatedAt: string }[] };
    expect(json.generatedAt).toMatch(BEIJING_RFC3339);
    for (const item of json.items) expect(item.updatedAt).toMatch(BEIJING_RFC3339);
    const [header, ...rows] = page('/open-data/catalog.csv').trimEnd().split('\r\n');
    // Text cells may hold quoted commas; the timestamp is the column before the last (the URL), counted from the end.
    expect(header!.split(',').at(-2)).toBe('最后更新时间（北京时间）');
    for (const row of rows) expect(row.split(',').at(-2), row).toMatch(BEIJING_RFC3339);
    expect(page('/open-data/')).toContain('如 2026-11-30T22:41:00+08:00');
  });

  it('dates 更新记录 and 最后更新 on the same Beijing day', () => {
    // updatedAt 2026-12-07T22:49:46Z is 8 December in Beijing, the day of its latest adjustment.
    const html = page(`/items/${IMPORTED_CODE}/`);
    expect(html).toContain('最后更新：<time datetime="2026-12-07T22:49:46.274Z">2026年12月8日 06:49</time>');
    expect(html).toContain('<time datetime="2026-12-08">2026年12月8日</time> 指南调整');
  });
});

describe('new pages pass axe-core', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    server = await serveDist(dist, 0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const path of ['/notices/detail/adj-fx-9b/', '/sitemap/']) {
    it(`${path} has no violations`, async () => {
      const tab = await browser.newPage({ bypassCSP: true });
      await tab.goto(server.url + path);
      expect(await axeViolations(tab)).toEqual([]);
      await tab.close();
    });
  }

  it('answers /favicon.ico with an icon', async () => {
    const response = await fetch(`${server.url}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/x-icon');
  });
});
