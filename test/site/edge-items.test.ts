import { describe, expect, it } from 'vitest';
import { page, hrefs } from './support/html.ts';

/** One section of an item page, from its heading to its end. */
const section = (html: string, id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</section>', html.indexOf(`id="${id}"`)));
import { CANCELLED_CODE, DISTRICT_PHONES, EMPTY_CODE, IMPORTED_CODE, MALICIOUS_CODE, RENAMED_CODE, RENAMED_FORMER_CODE, REPLACEMENT_CODE } from './fixtures/fixture-items.ts';

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
  const ask = '未公布，请咨询 <a href="tel:0571-85123456">0571-85123456</a>';
  it('invents nothing: no 不收费, no time limit, no place', () => {
    expect(html).not.toContain('不收费');
    expect(html).toContain(`<dt>要不要钱</dt><dd>${ask}</dd>`);
    expect(html).toContain(`<dt>多久办好</dt><dd>${ask}</dd>`);
    expect(html).toContain(`<dt>在哪办</dt><dd>${ask}</dd>`);
    expect(html).toContain('发布以来没有调整。');
  });
  it('says 未公布，请咨询 with a number for each core element of 一次性告知 and leaves the others out', () => {
    for (const id of ['materials', 'time', 'fees', 'locations', 'phones', 'basis']) expect(section(html, id), id).toContain(ask);
    for (const id of ['conditions', 'process', 'online', 'result', 'faq', 'more']) expect(html, id).not.toContain(`id="${id}"`);
    expect(html).not.toContain('undefined');
    expect(html).not.toContain('<table');
  });
  it('has a checklist that says the materials are not published instead of none needed', () => {
    const checklist = page(`/items/${EMPTY_CODE}/checklist/`);
    expect(checklist).toContain(`申请材料${ask}`);
    expect(checklist).toContain(`是否收费：${ask}`);
    expect(checklist).not.toContain('不需要提交材料');
    expect(checklist).not.toContain('不收费');
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

describe('a guide as imported from a county portal', () => {
  const html = page(`/items/${IMPORTED_CODE}/`);
  it('shows an unstated necessity as 未说明, never 必需, and copies in 张', () => {
    const materials = section(html, 'materials');
    expect(materials.match(/<td><span class=\"cell-label\">是否必须提交：<\/span>未说明<\/td>/g)).toHaveLength(2);
    expect(materials).not.toContain('必需</td>');
    expect(materials).toContain('原件，3 张');
    // Not even the column header says 必需 on a page where nothing is required.
    expect(html).not.toContain('必需');
  });
  it('gives every time limit its unit, and the per-case limits', () => {
    expect(html).toContain('<dt>多久办好</dt><dd>承诺 30 个自然日</dd>');
    expect(section(html, 'time')).toContain('<dt>法定办结时限</dt><dd>20 个工作日</dd>');
    expect(section(html, 'time')).toContain('<dt>承诺办结时限</dt><dd>30 个自然日</dd>');
    expect(section(html, 'time')).toContain('<li>需评定残疾等级的：45 个自然日（含医院评定时间）</li>');
  });
  it('shows a fee for one case on an item that is otherwise free', () => {
    expect(html).toContain('<dt>要不要钱</dt><dd>收费（仅限：遗失补领）</dd>');
    const fees = section(html, 'fees');
    expect(fees).toContain('本事项不收费，下列情形除外。');
    expect(fees).toContain('<th scope="col">适用情形</th>');
    expect(fees).toContain('<td>遗失补领</td>');
  });
  it('renders the new elements: service object note, phone and fax handling, apps without address, result delivery', () => {
    expect(html).toContain('<dt>服务对象说明</dt><dd>本市户籍的视力、听力、言语、肢体残疾人</dd>');
    expect(html).toContain('<dt>怎么办</dt><dd>窗口办理、电话办理、传真办理</dd>');
    const online = section(html, 'online');
    expect(online).toContain('<dt>「浙里办」APP</dt><dd>进入路径：首页—残疾人服务—残疾人证办理</dd>');
    expect(online).not.toMatch(/<a[^>]*>「浙里办」APP/);
    expect(online).toContain('<a href="https://cdpf.example.gov.cn/apply">残联网上服务厅</a>');
    expect(html).toContain('<dt>结果送达方式</dt><dd>邮寄送达或窗口领取</dd>');
  });
  it('makes every phone number its own link, names each district, and never dials words or a fax', () => {
    const phones = section(html, 'phones');
    const links = [...phones.matchAll(/<a href="tel:([^"]+)"( aria-label="([^"]+)")?>/g)];
    const districts = DISTRICT_PHONES.split('；');
    expect(links.filter((l) => l[1]!.startsWith('8888'))).toHaveLength(14);
    expect(links.slice(0, 14).map((l) => l[3])).toEqual(districts);
    expect(phones).toContain('<a href="tel:0577-88886666">0577-88886666</a>、<a href="tel:0577-88887777">88887777</a>');
    expect(phones).toContain('<dt>部门电话</dt><dd>无</dd>');
    expect(section(html, 'locations')).toContain('传真：0577-88886667');
    expect(html).not.toContain('tel:0577-88886667');
    expect(html).not.toMatch(/tel:[^0-9+"]/);
  });
  it('keeps the public 更新记录 to public elements: a new item is newly published, no internal field appears', () => {
    const history = section(html, 'history');
    expect(history).toMatch(/2026年12月1日<\/time> 新增：梳理新增<p>本事项新发布。<\/p>/);
    expect(history).toContain('承诺办结时限：由“30 个工作日”改为“30 个自然日”');
    for (const internal of ['单位编号', '材料编号', '区划代码', '区划层级', '性质', '办结时限单位']) expect(history, internal).not.toContain(internal);
    const notices = page('/notices/');
    const notice = notices.slice(notices.indexOf('梳理新增'), notices.indexOf('</article>', notices.indexOf('梳理新增')));
    expect(notice).toContain('本事项新发布。');
    expect(notices).not.toContain('单位编号');
    expect(page('/notices/feed.xml')).not.toContain('单位编号');
  });
  it('writes every time in Beijing time, a late UTC evening as the next day', () => {
    expect(html).toContain('最后更新：<time datetime="2026-12-07T22:49:46.274Z">2026年12月8日 06:49</time>（第1版，首次发布于2026年11月30日 23:10）');
    expect(html).not.toContain('2026年12月7日');
    expect(page('/notices/')).toContain('发布时间：<time datetime="2026-12-07T22:49:46.274Z">2026年12月8日 06:49</time>');
    expect(page('/notices/feed.xml')).toContain('生效日期：2026年12月8日');
    const csvRow = page('/open-data/catalog.csv').split('\r\n').find((row) => row.startsWith(IMPORTED_CODE))!;
    expect(csvRow).toContain(',2026-12-08T06:49:46+08:00,');
  });
  it('prints a checklist with the same facts', () => {
    const checklist = page(`/items/${IMPORTED_CODE}/checklist/`);
    expect(checklist).toContain('是否收费：收费（仅限：遗失补领）');
    expect(checklist).toContain('办结时限：承诺 30 个自然日');
    expect(checklist).toMatch(/<td><span class=\"cell-label\">是否必须提交：<\/span>未说明<\/td>/);
    expect(checklist).not.toContain('必需</td>');
    // Fourteen district numbers are not repeated at every unpublished element: it points to them.
    expect(checklist).toContain('办公时间：未公布，请咨询（电话见<a href="#phones">咨询电话</a><a class="dazi-twin" href="#dazi-phones">咨询电话</a>）');
    expect(checklist).toContain('<h2 id="phones">咨询</h2>');
  });
});

describe('open data', () => {
  it('says 未公布 where 是否收费 was not stated, and gives the day unit', () => {
    const lines = page('/open-data/catalog.csv').split('\r\n');
    const header = lines[0]!.replace('\uFEFF', '').split(',');
    const row = lines.find((l) => l.startsWith(EMPTY_CODE))!.split(',');
    expect(row[header.indexOf('是否收费（是/否/未公布）')]).toBe('未公布');
    const imported = lines.find((l) => l.startsWith(IMPORTED_CODE))!.split(',');
    expect(imported[header.indexOf('是否收费（是/否/未公布）')]).toBe('否');
    expect(header).toContain('承诺办结时限单位（工作日/自然日）');
  });
});
