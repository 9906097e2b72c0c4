import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { PublicItem } from '@catalog/content-models';
import { launchBrowser } from './support/browser.ts';
import { serveDist } from './support/static-server.ts';
import { page } from './support/html.ts';
import { REPO } from './support/build-site.ts';
import { EMPTY_CODE, FULL_CODE } from './fixtures/fixture-items.ts';

/**
 * The printable 一次性告知单 on the shared test build: every fee the guide states, 免提交 materials
 * apart from the ones to bring, the way back to the guide (QR code and short address), one A4 sheet;
 * and cancelled items, which have neither a checklist nor a button to apply online.
 */
const BASE_URL = 'https://fuwu.example.gov.cn';
/** The site's own QR encoder (untyped, so required as the site resolves it), to know what the code says. */
const QRCode = createRequire(join(REPO, 'site/package.json'))('qrcode') as { toString(text: string, options: object): Promise<string> };

const items = (): PublicItem[] => {
  const dir = inject('snapshotDir');
  const catalog = JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as { implementationCode: string }[];
  return catalog.map((e) => JSON.parse(readFileSync(join(dir, 'items', `${e.implementationCode}.json`), 'utf8')) as PublicItem);
};
const all = items();
const active = all.filter((i) => i.status === 'active');
const cancelled = all.filter((i) => i.status === 'cancelled');
const checklistOf = (code: string) => page(`/items/${code}/checklist/`);
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The body of the section headed `<h2 id="…">`, up to its end. */
const section = (html: string, id: string) => html.split(`<h2 id="${id}">`)[1]?.split('</section>')[0];
const isSharedOnly = (m: PublicItem['materials'][number]) => m.obtainableBySharing && !m.demandedFromApplicant;

describe('fees on the checklist', () => {
  it('prints every fee of a charged item: name, standard and basis (「每件200元起」 included)', () => {
    const charged = active.filter((i) => i.charged === true && i.fees.some((f) => f.standard));
    expect(charged.some((i) => i.fees.some((f) => f.standard?.includes('每件200元起')))).toBe(true);
    for (const item of charged) {
      const fees = section(checklistOf(item.implementationCode), 'fees');
      expect(fees, item.implementationCode).toContain('是否收费：收费');
      for (const fee of item.fees) {
        expect(fees, item.implementationCode).toContain(`<strong>${escaped(fee.name)}</strong>`);
        if (fee.standard) expect(fees, item.implementationCode).toContain(escaped(fee.standard));
        if (fee.basis) expect(fees, item.implementationCode).toContain(`收费依据：${escaped(fee.basis)}`);
        if (fee.reducible) expect(fees, item.implementationCode).toContain('可减免');
      }
    }
    expect(section(checklistOf(FULL_CODE), 'fees')).toContain('<strong>工本费</strong>：每张10元；收费依据：《示例省行政事业性收费目录》；可减免（低保对象免收）');
  });
  it('says 不收费 for a free item and leaves an unstated one visibly unknown', () => {
    const free = active.filter((i) => i.charged === false && i.fees.length === 0);
    expect(free.length).toBeGreaterThan(0);
    for (const item of free) expect(checklistOf(item.implementationCode), item.implementationCode).toContain('是否收费：不收费');
    const unstated = active.filter((i) => i.charged === undefined && i.fees.length === 0);
    expect(unstated.map((i) => i.implementationCode)).toContain(EMPTY_CODE);
    for (const item of unstated) {
      const fees = section(checklistOf(item.implementationCode), 'fees')!;
      expect(fees, item.implementationCode).toContain('是否收费：未公布，请咨询');
      expect(fees, item.implementationCode).not.toContain('不收费');
    }
  });
});

describe('materials on the checklist', () => {
  it('lists 免提交 materials apart, without tick boxes, and ticks only what to bring', () => {
    const withShared = active.filter((i) => i.materials.some(isSharedOnly));
    expect(withShared.map((i) => i.implementationCode)).toContain(FULL_CODE);
    for (const item of withShared) {
      const html = checklistOf(item.implementationCode);
      const shared = section(html, 'shared')!;
      const bring = section(html, 'bring')!;
      expect(html).toContain('<h2 id="shared">无需提交（部门通过共享获取）</h2>');
      expect(shared).not.toContain('□');
      for (const m of item.materials) {
        const name = escaped(m.name);
        if (isSharedOnly(m)) {
          expect(shared, `${item.implementationCode} ${m.name}`).toContain(`<li>${name}</li>`);
          expect(bring, `${item.implementationCode} ${m.name}`).not.toContain(`. ${name}</th>`);
        } else {
          expect(bring, `${item.implementationCode} ${m.name}`).toContain(`. ${name}</th>`);
        }
      }
      expect(bring.match(/<td><span class=\"cell-label\">核对：<\/span>□<\/td>/g)?.length ?? 0, item.implementationCode).toBe(item.materials.filter((m) => !isSharedOnly(m)).length);
    }
    const full = checklistOf(FULL_CODE);
    expect(section(full, 'bring')).toContain('<caption>需要带的材料（共2项）</caption>');
    expect(section(full, 'shared')).toContain('<li>居民身份证</li>');
  });
  it('has no 免提交 heading when every material is to be brought', () => {
    const item = active.find((i) => i.materials.length > 0 && !i.materials.some(isSharedOnly))!;
    expect(checklistOf(item.implementationCode)).not.toContain('id="shared"');
  });
});

describe('the way back to the guide', () => {
  it('shows a QR code of the item page and the short address', async () => {
    for (const item of active.slice(0, 20).concat(active.filter((i) => i.implementationCode === FULL_CODE))) {
      const html = checklistOf(item.implementationCode);
      const guideUrl = `${BASE_URL}/items/${item.implementationCode}/`;
      const svg = await QRCode.toString(guideUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      expect(html, item.implementationCode).toContain(svg.replace('<svg ', '<svg role="img" aria-label="办事指南二维码" ').trim());
      expect(html, item.implementationCode).toContain(`<span class="muted">${guideUrl}</span>`);
      const shortPath = `/c/${encodeURIComponent(item.basicCode)}/`;
      expect(html, item.implementationCode).toContain(`短地址：<a href="${shortPath}">${BASE_URL}${shortPath}</a>`);
      expect(existsSync(join(inject('siteDist'), shortPath, 'index.html')), shortPath).toBe(true);
    }
  });
});

describe('cancelled items', () => {
  it('have no checklist, no link to one and no button to apply online', () => {
    expect(cancelled.length).toBeGreaterThan(0);
    // The generated catalog cancels items that had an online address, so the button check bites.
    expect(cancelled.some((i) => i.onlineUrl)).toBe(true);
    for (const item of cancelled) {
      const html = page(`/items/${item.implementationCode}/`);
      expect(html, item.implementationCode).toContain('本事项已取消');
      expect(html, item.implementationCode).not.toContain('/checklist/');
      expect(html, item.implementationCode).not.toContain('去网上办理');
      expect(existsSync(join(inject('siteDist'), 'items', item.implementationCode, 'checklist')), item.implementationCode).toBe(false);
    }
  });
  it('leave no internal link in the built site pointing to a missing checklist', () => {
    const dist = inject('siteDist');
    const htmlFiles = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.html'));
    const linked = new Set<string>();
    for (const file of htmlFiles) {
      for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/href="(?:https:\/\/fuwu\.example\.gov\.cn)?(\/items\/[^"/]+\/checklist\/)"/g)) linked.add(m[1]!);
    }
    expect(linked.size).toBe(active.length);
    for (const path of linked) expect(existsSync(join(dist, decodeURIComponent(path), 'index.html')), path).toBe(true);
  });
});

describe('printed', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDist>>;
  beforeAll(async () => {
    server = await serveDist(inject('siteDist'), 0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('fits one A4 sheet for a typical item, the one with the most materials and the 200元起 one', async () => {
    const most = [...active].sort((a, b) => b.materials.length - a.materials.length)[0]!;
    const notary = active.find((i) => i.fees.some((f) => f.standard?.includes('每件200元起')))!;
    const tab = await browser.newPage();
    await tab.emulateMedia({ media: 'print' });
    for (const code of [FULL_CODE, most.implementationCode, notary.implementationCode]) {
      await tab.goto(`${server.url}/items/${code}/checklist/`);
      const pdf = Buffer.from(await tab.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, code).toBe(1);
      // No site chrome on paper: header, navigation, search and footer are hidden in print.
      for (const chrome of ['.site-header', '.site-footer', '.no-print']) expect(await tab.locator(chrome).first().isVisible(), `${code} ${chrome}`).toBe(false);
      expect(await tab.locator('.checklist-guide svg').isVisible(), code).toBe(true);
    }
    await tab.close();
  });
});
