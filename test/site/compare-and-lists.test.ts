import { existsSync, readFileSync } from 'node:fs';
import type { CatalogEntry } from '@catalog/content-models';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { comparedEntries } from '../../site/src/lib/compare.ts';
import { hrefs, page } from './support/html.ts';
import { FULL_CODE, SHARED_BASIC_CODE, SHARED_CODES } from './fixtures/fixture-items.ts';

/**
 * 标准化比对 pages and the public lists of issue 18, read from the shared site build: the two
 * fixture implementations of SHARED_BASIC_CODE differ in known ways (promised limit 10 vs 5
 * working days, 2 vs 0 visits, 户口簿 demanded only by 示例区, an intermediary service only there).
 */
const compareUrl = `/c/${SHARED_BASIC_CODE}/compare/`;
const rowOf = (html: string, header: string) => new RegExp(`<tr[^>]*>\\s*<th scope="row">${header}[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
const cells = (row: string) => [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

describe('标准化比对 page', () => {
  const html = page(compareUrl);

  it('puts the regions side by side in a real table, linked to their guides', () => {
    expect(html).toMatch(/<caption id="compare-summary-caption">时限、跑动次数、收费和网上办理<\/caption>/);
    expect(html).toContain('<th scope="col">比对项目</th>');
    expect(html).toMatch(new RegExp(`<th scope="col">\\s*<a href="/items/${SHARED_CODES[0]}/">示例市</a>`));
    expect(html).toMatch(new RegExp(`<th scope="col">\\s*<a href="/items/${SHARED_CODES[1]}/">示例区</a>`));
  });

  it('marks a difference and the best value in text', () => {
    const promised = rowOf(html, '承诺办结时限');
    expect(promised).toContain('class="differs"');
    expect(promised).toContain('<span class="mark-differs">不同</span>');
    expect(cells(promised)).toEqual(['10个工作日', '5个工作日 最优']);
    expect(cells(rowOf(html, '到办事现场次数'))).toEqual(['2次', '0次 最优']);
    expect(cells(rowOf(html, '申请材料（项）'))).toEqual(['1项 最优', '2项']);
    // Both free: the same, so neither is marked.
    const fee = rowOf(html, '收费');
    expect(fee).not.toContain('不同');
    expect(cells(fee)).toEqual(['不收费', '不收费']);
  });

  it('matches materials by name and keeps what no guide states unknown', () => {
    expect(cells(rowOf(html, '户口簿'))).toEqual(['不需要', '需要：复印件 1份']);
    expect(cells(rowOf(html, '居民身份证'))).toEqual(['需要：原件 1份', '需要：原件 1份']);
    expect(cells(rowOf(html, '法定办结时限'))).toEqual(['未填写', '未填写']);
  });

  it('is linked from the chooser, and exists only where two or more implementations are active', () => {
    expect(hrefs(page(`/c/${SHARED_BASIC_CODE}/`))).toContain(compareUrl);
    const catalog = JSON.parse(readFileSync(join(inject('snapshotDir'), 'catalog.json'), 'utf8')) as CatalogEntry[];
    const byBasicCode = new Map<string, CatalogEntry[]>();
    for (const entry of catalog) byBasicCode.set(entry.basicCode, [...(byBasicCode.get(entry.basicCode) ?? []), entry]);
    for (const [basicCode, entries] of byBasicCode) {
      const built = existsSync(join(inject('siteDist'), 'c', basicCode, 'compare', 'index.html'));
      expect(built, basicCode).toBe(Boolean(comparedEntries(entries)));
    }
    expect(() => page('/c/330100-FX-0001/compare/')).toThrow();
  });
});

describe('public lists', () => {
  it('中介服务事项清单 names the service, its item, basis, provider and unit, and says 未填写 for what is not stated', () => {
    const html = page('/lists/intermediary/');
    expect(html).toContain('<h1>中介服务事项清单</h1>');
    const row = rowOf(html, '\\d+\\. 参保资格评估');
    expect(row).toContain(`<a href="/items/${SHARED_CODES[1]}/">城乡居民养老保险参保登记</a>`);
    expect(row).toContain('《示例省社会保险条例》第十二条');
    expect(row).toContain('具备资质的评估机构');
    expect(row).toContain('示例市人力资源和社会保障局（示例区）');
    // A real guide's service without a basis: shown as not filled in, never invented.
    expect(rowOf(html, '\\d+\\. 公共场所卫生检测')).toContain('未填写');
  });

  it('可向社会组织转移的事项 lists each transferable 基本编码 once, linked to its chooser', () => {
    const html = page('/lists/transferable/');
    const row = rowOf(html, `\\d+\\. <a href="/c/${SHARED_BASIC_CODE}/">`);
    expect(row).toContain('城乡居民养老保险参保登记');
    expect(row).toContain('2个（示例市、示例区）');
    expect(html).not.toContain(`/items/${FULL_CODE}/`);
  });

  it('are in the footer of every page and on the open-data page', () => {
    for (const path of ['/', `/items/${FULL_CODE}/`]) expect(page(path).split('<footer')[1]).toContain('<a href="/lists/intermediary/">中介服务事项清单</a>');
    const openData = page('/open-data/');
    for (const file of ['intermediary.csv', 'intermediary.json', 'transferable.csv', 'transferable.json']) expect(hrefs(openData)).toContain(`/open-data/${file}`);
    expect(openData).toContain('<code>serviceName</code>');
  });

  it('are open data: CSV with Chinese headers and JSON with documented fields, one row per implementation', () => {
    const csv = page('/open-data/intermediary.csv');
    expect(csv.startsWith('\uFEFF中介服务名称,服务机构（资质要求）,设定依据,实施编码,基本编码,事项名称,')).toBe(true);
    expect(csv).toContain(`参保资格评估,具备资质的评估机构,《示例省社会保险条例》第十二条,${SHARED_CODES[1]},${SHARED_BASIC_CODE},城乡居民养老保险参保登记,`);
    const json = JSON.parse(page('/open-data/transferable.json'));
    expect(json.fields.implementationCode).toBe('实施编码');
    expect(json.items.filter((i: { basicCode: string }) => i.basicCode === SHARED_BASIC_CODE).map((i: { implementationCode: string }) => i.implementationCode).sort()).toEqual([...SHARED_CODES].sort());
    const intermediary = JSON.parse(page('/open-data/intermediary.json'));
    const unstated = intermediary.items.find((i: { serviceName: string }) => i.serviceName === '公共场所卫生检测');
    expect(unstated).toBeDefined();
    expect(unstated.basis).toBeUndefined();
  });
});
