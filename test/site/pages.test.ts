import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { page, textOf, hrefs } from './support/html.ts';
import { largestCategory } from './support/catalog.ts';
import { CANCELLED_CODE, FULL_CODE, RENAMED_FORMER_CODE, SHARED_BASIC_CODE, SHARED_CODES } from './fixtures/fixture-items.ts';

const catalog = () => JSON.parse(readFileSync(join(inject('snapshotDir'), 'catalog.json'), 'utf8')) as { implementationCode: string; status: string; category: string; basicCode: string }[];

/** In-page link targets (href="#x") of a page, twins included. */
const inPageLinks = (html: string) => [...html.matchAll(/<a\b[^>]*href="#([^"]+)"[^>]*>/g)].map((m) => m[1]!);

/**
 * In-page links a no-JS 大字版 reader could not follow without losing 大字版: a link to #x needs its
 * twin to #dazi-x (InPageLink), and both targets must exist (InPageTarget beside id="x").
 */
function missingTwins(html: string): string[] {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const links = inPageLinks(html);
  return links.filter((l) => !l.startsWith('dazi-')).flatMap((target) => [
    ...(links.includes(`dazi-${target}`) ? [] : [`no twin link for #${target}`]),
    ...(ids.has(target) ? [] : [`no #${target}`]),
    ...(ids.has(`dazi-${target}`) ? [] : [`no #dazi-${target}`]),
  ]);
}

describe('every page', () => {
  it('makes in-page links that keep no-JS 大字版 on (a twin link and target for each)', () => {
    const files = readdirSync(inject('siteDist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((f) => missingTwins(readFileSync(join(inject('siteDist'), f), 'utf8')).map((p) => `${f}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('is Chinese, has landmarks, a skip link first and the search form (the search page: its own, only)', () => {
    for (const path of ['/', '/browse/', `/items/${FULL_CODE}/`, '/notices/', '/consultations/', '/open-data/', '/search/', '404.html']) {
      const html = page(path);
      expect(html, path).toContain('<html lang="zh-CN">');
      expect(html, path).toMatch(/<body>\s*<span id="dazi"[^>]*><\/span>\s*<a class="skip-link" href="#main">跳到主要内容<\/a>/);
      expect(html, path).toMatch(/<header[\s\S]*<nav[^>]*aria-label="主导航"[\s\S]*<main id="main"[\s\S]*<footer/);
      if (path === '/search/') {
        expect(html, path).not.toContain('id="site-search"');
        expect(html, path).toMatch(/<label for="search-q"[ >]/);
      } else {
        // Without scripts the form goes to the CMS's search page (the fixture has a CMS); dazi.js
        // points it at /search/ when they run.
        expect(html, path).toMatch(/<form[^>]*action="https:\/\/cms\.example\.gov\.cn\/api\/site-search"[^>]*data-js-action="\/search\/"[^>]*method="get"/);
        expect(html, path).toContain('<label for="site-search">');
      }
      expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
    }
  });
});

describe('home page', () => {
  const html = page('/');
  it('lists the twelve categories with counts that match the catalog', () => {
    const active = catalog().filter((c) => c.status === 'active');
    const count = active.filter((c) => c.category === 'social-security').length;
    expect(html).toContain(`href="/browse/category/social-security/">社会保障<span class="count">${count}项</span>`);
    expect(html.match(/href="\/browse\/category\/[^/]+\/"/g)).toHaveLength(12);
  });
  it('offers 个人办事 and 法人办事, themes, most viewed, recent adjustments and the hotline', () => {
    expect(html).toContain('href="/browse/object/person/">个人办事');
    expect(html).toContain('href="/browse/object/legal-person/">法人办事');
    expect(html).toContain('<h2>主题服务</h2>');
    // The fixture with the most views leads the most-viewed list.
    const mostViewed = html.split('<h2>大家常办</h2>')[1]!;
    expect(mostViewed.indexOf(`/items/${FULL_CODE}/`)).toBeGreaterThan(-1);
    expect(html).toContain('<h2>最近调整</h2>');
    expect(html).toContain('href="tel:12345"');
  });
});

describe('browse pages', () => {
  it('lists facets and paginates groups, 20 items to a page', () => {
    expect(page('/browse/')).toContain('href="/browse/unit/"');
    const facet = page('/browse/category/');
    expect(facet).toContain('href="/browse/category/social-security/"');
    const { category, count } = largestCategory(catalog());
    const first = page(`/browse/category/${category}/`);
    expect(first).toContain(`共${count}项`);
    expect(first.match(/<li><a href="\/items\//g)?.length).toBe(20);
    expect(count).toBeGreaterThan(20);
    expect(first).toContain(`href="/browse/category/${category}/2/" rel="next">下一页`);
    expect(page(`/browse/category/${category}/2/`)).toContain('<span aria-current="page">第2页</span>');
  });
  it('has unit, region, level, object and theme groups', () => {
    for (const facet of ['unit', 'region', 'level', 'object', 'theme']) expect(page(`/browse/${facet}/`)).toMatch(new RegExp(`href="/browse/${facet}/[^"]+/"`));
    expect(page('/browse/unit/unit-fixture-rsj/')).toContain('失业保险金申领');
  });
});

describe('item page', () => {
  const html = page(`/items/${FULL_CODE}/`);
  it('answers who, where and how at the top', () => {
    expect(html).toMatch(/<dt>谁来办<\/dt><dd>示例市人力资源和社会保障局（就业服务中心失业保险科）<\/dd>/);
    expect(html).toMatch(/<dt>在哪办<\/dt><dd>市民中心一楼社保窗口，示例市解放路1号<\/dd>/);
    expect(html).toMatch(/<dt>怎么办<\/dt><dd>窗口办理、网上办理<\/dd>/);
    expect(html).toContain('<dt>多久办好</dt><dd>承诺 5 个工作日</dd>');
    expect(html).toContain('<dt>跑几次</dt><dd>不用跑（全程网办）</dd>');
  });
  it('says what to bring at the top, 免提交 counted apart, with a link to the full list', () => {
    expect(html).toContain('<dt>要带什么</dt><dd>2 项：失业保险金申领登记表、本人银行卡（视情况提供）；另有 1 项免提交（部门通过数据共享获取） <a href="#materials">看全部申请材料</a><a class="dazi-twin" href="#dazi-materials">看全部申请材料</a></dd>');
  });
  it('names online entries by their host, not by the raw address', () => {
    expect(html).toContain('<a class="button" href="https://zwfw.example.gov.cn/item/0001">电脑端办理入口（zwfw.example.gov.cn）</a>');
    expect(html).toContain('<a class="button" href="https://m.example.gov.cn/item/0001">手机端办理入口（m.example.gov.cn）</a>');
    expect(html).not.toContain('>https://zwfw.example.gov.cn/item/0001<');
  });
  it('gives every in-page link a 大字版 twin whose target exists (no-JS 大字版 survives the jump)', () => {
    const links = inPageLinks(html);
    expect(links).toContain('main');
    expect(links).toContain('materials');
    expect(missingTwins(html)).toEqual([]);
  });
  it('shows where it sits: category and unit, both browsable', () => {
    expect(html).toMatch(/<nav class="breadcrumb no-print" aria-label="当前位置">[\s\S]*href="\/browse\/category\/social-security\/">社会保障<\/a>[\s\S]*href="\/browse\/unit\/unit-fixture-rsj\/">示例市人力资源和社会保障局<\/a>/);
  });
  it('shows every filled guide element', () => {
    for (const text of ['受理机构', '联办机构', '非因本人意愿中断就业', '《失业保险条例》', '第十四条', '每张10元', '《示例省行政事业性收费目录》',
      '20 个工作日', '材料齐全当场受理。', '地铁1号线市民中心站A口', '工作日 9:00—17:00', 'tel:0571-12333', 'tel:12345',
      '失业保险待遇核定结果', '辞职可以领失业金吗？', '互联网咨询、受理', '全省通办', '公示5个工作日', '也叫：领失业金']) expect(html, text).toContain(text);
    expect(html).toContain('href="https://zwfw.example.gov.cn/item/0001"');
  });
  it('has a materials table with column and row headers, downloads and notes', () => {
    const table = html.slice(html.indexOf('<caption>申请材料'), html.indexOf('</table>', html.indexOf('<caption>申请材料')));
    for (const header of ['材料名称', '是否必须提交', '原件/复印件和份数', '要求、填写说明和下载']) expect(table).toContain(`<th scope="col">${header}</th>`);
    expect(table).toContain('<th scope="row">2. 失业保险金申领登记表</th>');
    expect(table).toContain('原件、复印件，2 份');
    expect(table).toContain('视情况提供');
    expect(table).toContain('href="https://cms.example.gov.cn/api/media/file/blank.docx"');
    expect(table).toContain('href="https://example.gov.cn/files/sample.pdf"');
    expect(table).toContain('填写说明：用黑色签字笔填写。');
    expect(table).toContain('常见错误：漏填开户银行。');
    expect(table).toContain('<strong>免提交</strong>');
  });
  it('draws the process as a flowchart and gives it as ordered text steps', () => {
    expect(html).toMatch(/<figure class="flowchart" aria-hidden="true"><svg [^>]*role="img"[\s\S]*?<title id="flow-title">「失业保险金申领」办理流程图<\/title>[\s\S]*?<\/svg><\/figure>/);
    const steps = html.slice(html.indexOf('<ol class="steps">'), html.indexOf('</ol>', html.indexOf('<ol class="steps">')));
    expect([...steps.matchAll(/<strong>([^<]+)<\/strong>/g)].map((m) => m[1])).toEqual(['申请', '受理', '审核', '办结']);
  });
  it('shows last update and change history in Chinese dates', () => {
    expect(html).toContain('最后更新：<time datetime="2026-11-20T10:00:00+08:00">2026年11月20日 10:00</time>');
    expect(html).toMatch(/2026年11月20日<\/time> 指南调整：压减承诺时限/);
    expect(html).toContain('承诺办结时限：由“10”改为“5”');
  });
  it('carries a QR code, share metadata and Pagefind markers', () => {
    expect(html).toMatch(/<svg role="img" aria-label="本页二维码"[^>]*>[\s\S]*?<path/);
    expect(html).toContain('短地址：<a href="/c/330100-FX-0001/">https://fuwu.example.gov.cn/c/330100-FX-0001/</a>');
    expect(html).toContain(`<meta property="og:title" content="失业保险金申领 - 示例市公共服务事项目录">`);
    expect(html).toMatch(/<meta property="og:description" content="失业保险金申领：示例市人力资源和社会保障局办理，办结时限承诺 5 个工作日，需3项材料。">/);
    expect(html).toMatch(new RegExp(`<meta property="og:image" content="https://fuwu.example.gov.cn/items/${FULL_CODE}/share.png\\?v=[0-9a-f]{10}">`));
    expect(html).toContain('<meta property="og:image:alt" content="失业保险金申领（示例市人力资源和社会保障局）办事指南">');
    expect(html).toContain(`<link rel="canonical" href="https://fuwu.example.gov.cn/items/${FULL_CODE}/">`);
    expect(html).toContain('data-pagefind-body');
    expect(html).toContain('data-pagefind-filter="category:社会保障"');
    expect(html).toContain('data-pagefind-meta="title:失业保险金申领"');
  });
  it('needs no client JavaScript beyond the tiny 大字版 switch (a file, so the CSP allows no inline script)', () => {
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script src="/dazi.js"></script>'.replace('></script>', '>')]);
    expect(html).not.toMatch(/<script>[\s\S]*?\S[\s\S]*?<\/script>/);
    expect(readFileSync(join(import.meta.dirname, '../../site/public/dazi.js'), 'utf8').length).toBeLessThan(1200);
  });
  it('links to a printable one-time checklist (一次性告知单)', () => {
    expect(html).toContain(`href="/items/${FULL_CODE}/checklist/"`);
    const checklist = page(`/items/${FULL_CODE}/checklist/`);
    expect(textOf(checklist, 'h1')).toBe('一次性告知单：失业保险金申领');
    expect(checklist).toContain('<th scope="col">核对</th>');
    expect(checklist).toContain('<th scope="row">1. 失业保险金申领登记表</th>');
    expect(checklist).toContain('办理地点：市民中心一楼社保窗口，示例市解放路1号');
    const css = readFileSync(join(inject('siteDist'), hrefs(checklist).find((h) => h.endsWith('.css'))!), 'utf8');
    expect(css).toMatch(/@media print\{[^}]*\.site-header/);
  });
});

describe('short address by basic code', () => {
  it('redirects when one item has the code', () => {
    const html = page('/c/330100-FX-0001/');
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=/items/${FULL_CODE}/">`);
    expect(html).toContain(`<link rel="canonical" href="https://fuwu.example.gov.cn/items/${FULL_CODE}/">`);
    expect(html).toContain(`<a href="/items/${FULL_CODE}/">失业保险金申领</a>`);
  });
  it('lists the implementations when several share it', () => {
    const html = page(`/c/${SHARED_BASIC_CODE}/`);
    expect(html).not.toContain('http-equiv="refresh"');
    for (const code of SHARED_CODES) expect(html).toContain(`href="/items/${code}/"`);
  });
});

describe('notices, consultations and open data', () => {
  it('lists adjustment notices and publishes them as Atom', () => {
    expect(page('/notices/')).toContain(`<a href="/items/${FULL_CODE}/">失业保险金申领</a> 指南调整`);
    const feed = page('/notices/feed.xml');
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    expect(feed).toContain('<title>失业保险金申领（指南调整）</title>');
    expect(feed).toContain(`<link rel="related" type="text/html" href="https://fuwu.example.gov.cn/items/${FULL_CODE}/"/>`);
  });
  it('offers a comment form that works without JavaScript', () => {
    const html = page('/consultations/');
    // The action is the endpoint derived from CMS_PUBLIC_URL, never the static host; the CMS's reply page links back to `return`.
    expect(html).toContain('<form class="comment" method="post" action="https://cms.example.gov.cn/api/feedback">');
    expect(html).toContain('<input type="hidden" name="return" value="https://fuwu.example.gov.cn/consultations/">');
    expect(html).toMatch(/<textarea id="comment-0" name="comment" rows="5" required maxlength="2000">/);
    expect(html).toMatch(/<label for="name-0">您的称呼（选填）<\/label>/);
    expect(html).toMatch(/<input id="contact-0" name="contact"/);
    expect(html).toMatch(/<div class="hp" aria-hidden="true">[\s\S]*name="website" type="text" tabindex="-1"/);
    expect(html).toContain('name="adjustmentId" value="adj-fx-draft"');
    expect(html).toContain('<th scope="row">承诺办结时限</th><td>5</td><td>3</td>');
    expect(html).toContain('<summary>查看征求意见稿的申请材料（3项）</summary>');
    // The generated snapshot proposes a new item: there is no current guide to link to.
    expect(html).toContain('这是拟新增的事项，目前还没有现行办事指南。');
  });
  it('offers a 好差评 form on item pages that works without JavaScript, and none on cancelled ones', () => {
    const html = page(`/items/${FULL_CODE}/`);
    expect(html).toContain('<form class="comment rating" method="post" action="https://cms.example.gov.cn/api/feedback">');
    expect(html).toContain(`<input type="hidden" name="implementationCode" value="${FULL_CODE}">`);
    expect(html).toContain(`<input type="hidden" name="return" value="https://fuwu.example.gov.cn/items/${FULL_CODE}/">`);
    expect(html).toMatch(/<fieldset>\s*<legend>您对本办事指南的评价（必选）<\/legend>\s*<label class="choice"><input type="radio" name="verdict" value="good" required>好评<\/label>/);
    expect(html).toMatch(/<label for="rate-reason">差评原因（选择差评时填写）<\/label>\s*<select id="rate-reason" name="reason">\s*<option value="">不选择<\/option>\s*<option value="inaccurate-guide">办事指南不准确<\/option>/);
    expect(html).toContain('<button type="submit">提交评价</button>');
    expect(page(`/items/${CANCELLED_CODE}/`)).not.toContain('name="verdict"');
  });
  it('exports the catalog as JSON and CSV with documented fields and a licence', () => {
    const json = JSON.parse(page('/open-data/catalog.json')) as { licence: string; fields: Record<string, string>; items: { implementationCode: string; url: string }[] };
    expect(json.items).toHaveLength(catalog().length);
    expect(json.items.find((i) => i.implementationCode === FULL_CODE)?.url).toBe(`https://fuwu.example.gov.cn/items/${FULL_CODE}/`);
    const csv = page('/open-data/catalog.csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF实施编码,基本编码,事项名称/);
    expect(lines).toHaveLength(catalog().length + 1);
    expect(csv).toContain('"<script>alert(""x"")</script>恶意事项"');
    const doc = page('/open-data/');
    expect(doc).toContain('<th scope="row"><code>implementationCode</code></th><td>实施编码</td>');
    expect(doc).toContain('<h2>使用许可</h2>');
    expect(doc).toContain('CC BY 4.0');
    // A snapshot without a law register (generated, or older) still publishes its files, empty.
    expect(doc).toContain('<a href="/open-data/laws.csv">');
    expect(page('/open-data/laws.csv')).toBe('\uFEFF匹配键（与事项设定依据的 key 对应）,名称,文号,效力级别,时效性,施行日期,废止日期,原文链接\r\n');
    expect(JSON.parse(page('/open-data/laws.json'))).toMatchObject({ items: [] });
  });
});

describe('robots, sitemap, search and 404', () => {
  it('points robots.txt at the sitemap, which lists item pages', () => {
    expect(page('/robots.txt')).toContain('Sitemap: https://fuwu.example.gov.cn/sitemap-index.xml');
    const sitemap = page('/sitemap-0.xml');
    expect(sitemap).toContain(`<loc>https://fuwu.example.gov.cn/items/${FULL_CODE}/</loc>`);
    expect(sitemap).not.toContain(`/items/${RENAMED_FORMER_CODE}/`);
    expect(sitemap).not.toContain('/checklist/');
    expect(sitemap).not.toContain('/c/');
  });
  it('has a search page with the search panel, browse links for no-JS visitors, and a 404 that helps', () => {
    // The panel stays hidden until its script runs; without JavaScript a plain form asks the CMS's
    // search page (the fixture has a CMS), and the browse links show.
    expect(page('/search/')).toMatch(/<section[^>]*data-search-panel[^>]*hidden/);
    expect(page('/search/')).toMatch(/<noscript><form class="search-noscript" action="https:\/\/cms\.example\.gov\.cn\/api\/site-search" method="get" role="search">/);
    expect(page('/search/')).toContain('href="/browse/category/social-security/"');
    const notFound = page('404.html');
    expect(textOf(notFound, 'h1')).toBe('找不到这个页面');
    expect(notFound).toContain('href="/browse/category/social-security/"');
  });
  it('renders a 1200×630 share picture through sharp, and pages give its size and alt text', () => {
    const png = readFileSync(join(inject('siteDist'), 'share.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width and height as big-endian integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const home = page('/');
    expect(home).toContain('<meta property="og:image:width" content="1200">');
    expect(home).toContain('<meta property="og:image:height" content="630">');
    expect(home).toMatch(/<meta property="og:image:alt" content="[^"]+标志">/);
  });
});
