import { describe, expect, it } from 'vitest';
import { page, hrefs } from './support/html.ts';
import { CANCELLED_CODE, EMPTY_CODE, MALICIOUS_CODE, RENAMED_CODE, RENAMED_FORMER_CODE, REPLACEMENT_CODE } from './fixtures/fixture-items.ts';

describe('a cancelled item', () => {
  const html = page(`/items/${CANCELLED_CODE}/`);
  it('keeps its page and says when, why and what replaces it', () => {
    expect(html).toMatch(/<h1>就业困难人员认定 <span class="badge cancelled">已取消<\/span><\/h1>/);
    expect(html).toContain('取消日期：2026年10月1日');
    expect(html).toContain('取消原因：与其他事项合并办理');
    expect(html).toContain('取消依据：示例市政府令第8号');
    expect(html).toContain(`现在请办理：<a href="/items/${REPLACEMENT_CODE}/">就业困难人员认定（新）</a>`);
  });
  it('is left out of browse lists and has no checklist', () => {
    expect(page('/browse/category/employment/')).not.toContain(`/items/${CANCELLED_CODE}/`);
    expect(() => page(`/items/${CANCELLED_CODE}/checklist/`)).toThrow();
  });
});

describe('a renamed item', () => {
  it('redirects its former code and shows its former name', () => {
    const redirect = page(`/items/${RENAMED_FORMER_CODE}/`);
    expect(redirect).toContain(`<meta http-equiv="refresh" content="0; url=/items/${RENAMED_CODE}/">`);
    expect(redirect).toContain(`<link rel="canonical" href="https://fuwu.example.gov.cn/items/${RENAMED_CODE}/">`);
    expect(redirect).toContain('<meta name="robots" content="noindex">');
    expect(redirect).toContain(`<a href="/items/${RENAMED_CODE}/">灵活就业人员参保登记</a>`);
    expect(page(`/items/${RENAMED_CODE}/`)).toContain('原名：个体参保登记');
  });
});

describe('an item with every optional element empty', () => {
  const html = page(`/items/${EMPTY_CODE}/`);
  it('shows what is known and plain fallbacks, without empty sections', () => {
    expect(html).toContain('<dt>在哪办</dt><dd>请咨询办理部门</dd>');
    expect(html).toContain('<dt>要不要钱</dt><dd>不收费</dd>');
    expect(html).toContain('<p>不收费。</p>');
    expect(html).toContain('发布以来没有调整。');
    for (const id of ['conditions', 'materials', 'process', 'time', 'online', 'locations', 'result', 'faq', 'basis', 'more']) expect(html, id).not.toContain(`id="${id}"`);
    expect(html).not.toContain('undefined');
    expect(html).not.toContain('<table');
  });
});

describe('malicious content in the snapshot', () => {
  const html = page(`/items/${MALICIOUS_CODE}/`);
  it('is rendered as text, never as markup', () => {
    // Attribute values may hold "<" safely; what matters is the markup outside them.
    const markup = html.replace(/="[^"]*"/g, '=""');
    const body = markup.slice(markup.indexOf('<main'));
    expect(body).not.toMatch(/<script>alert/);
    expect(body).not.toMatch(/<img src=x/);
    expect(body).not.toMatch(/<b>材料/);
    expect(body).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;恶意事项');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;条件');
    // The only script is the site's own 大字版 file.
    expect(markup.match(/<script\b[^>]*>/g)).toEqual(['<script src="">']);
    expect(html).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;恶意事项');
  });
  it('never links javascript: or data: addresses', () => {
    const links = hrefs(html);
    expect(links.some((h) => /^\s*(javascript|data):/i.test(h))).toBe(false);
    expect(html).toContain('网上办理地址暂不可用');
    expect(html).toContain('恶意下载（暂无可用下载地址）');
  });
});
