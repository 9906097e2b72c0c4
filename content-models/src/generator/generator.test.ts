import { describe, expect, it } from 'vitest';
import { validateBasicCode, validateCreditCode, validateImplementationCode, validateRegionCode, validateRegionParent } from '../codes/index.ts';
import { checkGuide } from '../quality/index.ts';
import { publicItemSchema, type PublicItem } from '../snapshot/snapshot-schema.ts';
import { itemTypes, levels, serviceCategories, unitKinds } from '../vocabularies/index.ts';
import { generateCatalog } from './catalog.ts';
import { planCatalog } from './plan.ts';
import { TEMPLATES } from './templates.ts';

const catalog = generateCatalog({ items: 400, seed: 3 });
const items: PublicItem[] = [...catalog.items];

describe('generated items', () => {
  it('all pass the published snapshot schema', () => {
    for (const item of items) {
      const result = publicItemSchema.safeParse(item);
      expect(result.success, `${item.implementationCode} ${result.error?.message}`).toBe(true);
    }
  });

  it('raise no quality findings', () => {
    const findings = items.flatMap((item) => checkGuide(item).map((f) => `${item.name}: ${f.message}`));
    expect(findings).toEqual([]);
  });

  it('cover every service category, item type, implementing level in use and unit kind', () => {
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(serviceCategories.codes));
    expect(new Set(items.map((i) => i.itemType))).toEqual(new Set(itemTypes.codes));
    expect(new Set(items.map((i) => i.level))).toEqual(new Set(levels.codes.filter((c) => c >= '3')));
    expect(new Set(items.map((i) => i.unit.kind))).toEqual(new Set(unitKinds.codes));
  });

  it('use valid and unique codes', () => {
    const codes = new Set<string>();
    for (const item of items) {
      expect(validateCreditCode(item.unit.creditCode ?? '')).toEqual({ ok: true });
      expect(validateBasicCode(item.basicCode)).toEqual({ ok: true });
      expect(validateImplementationCode(item.implementationCode)).toEqual({ ok: true });
      expect(item.implementationCode).toBe(`${item.unit.creditCode}${item.level}${item.basicCode}`);
      expect(codes.has(item.implementationCode)).toBe(false);
      codes.add(item.implementationCode);
    }
  });

  it('offer realistic names and the abbreviations citizens type', () => {
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBeGreaterThanOrEqual(150);
    const aliases = new Set(items.flatMap((i) => i.aliases));
    for (const alias of ['准生证', '低保', '社保卡补办', '医保转移', '公积金提取']) expect(aliases).toContain(alias);
    expect(items.map((i) => i.name)).toContain('出生医学证明首次签发');
  });

  it('keep time limits, fees, materials and steps consistent', () => {
    for (const item of items) {
      if (item.statutoryDays !== undefined) expect(item.promisedDays ?? 0).toBeLessThanOrEqual(item.statutoryDays);
      expect(item.process.length).toBeGreaterThanOrEqual(3);
      expect(item.process.length).toBeLessThanOrEqual(6);
      expect(item.process.reduce((n, s) => n + (s.days ?? 0), 0)).toBe(item.promisedDays);
      if (item.charged) expect(item.fees.every((f) => f.standard && f.basis)).toBe(true);
      for (const m of item.materials) if (m.obtainableBySharing) expect(m.demandedFromApplicant).toBe(false);
      expect(item.legalBasis.length).toBeGreaterThan(0);
    }
    expect(items.some((i) => i.charged)).toBe(true);
    expect(items.filter((i) => i.charged).length).toBeLessThan(items.length / 5);
  });

  it('identify materials and steps uniquely within each item (the diff and imports match by id)', () => {
    // Every template appears many times in 3,000 items, so a duplicate from any template shows up.
    for (const item of generateCatalog({ items: 3000, seed: 11 }).items) {
      const materialIds = item.materials.map((m) => m.id);
      const stepIds = item.process.map((p) => p.id);
      expect(new Set(materialIds).size, `${item.name}: ${materialIds.join(',')}`).toBe(materialIds.length);
      expect(new Set(stepIds).size, `${item.name}: ${stepIds.join(',')}`).toBe(stepIds.length);
    }
  });

  it('include cancelled and renamed items whose links resolve', () => {
    const byCode = new Map(items.map((i) => [i.implementationCode, i]));
    const cancelled = items.filter((i) => i.status === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    for (const item of cancelled) {
      expect(item.cancellation?.reason).toBeTruthy();
      expect(item.history[0]?.kind).toBe('cancel');
      if (item.cancellation?.replacedBy) expect(byCode.get(item.cancellation.replacedBy)?.status).toBe('active');
    }
    expect(cancelled.some((i) => i.cancellation?.replacedBy)).toBe(true);
    const renamed = items.filter((i) => i.formerNames.length > 0);
    expect(renamed.length).toBeGreaterThan(0);
    for (const item of renamed) {
      expect(item.formerNames[0]).not.toBe(item.name);
      expect(byCode.has(item.formerCodes[0] ?? '')).toBe(false);
      expect(validateImplementationCode(item.formerCodes[0] ?? '')).toEqual({ ok: true });
    }
  });

  it('lists the site-wide adjustments newest first, each for an item of the catalog', () => {
    const codes = new Set(items.map((i) => i.implementationCode));
    expect(catalog.adjustments.length).toBeGreaterThan(0);
    for (const adjustment of catalog.adjustments) expect(codes.has(adjustment.implementationCode)).toBe(true);
    const times = catalog.adjustments.map((a) => a.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(catalog.adjustments.map((a) => a.kind))).toEqual(new Set(['add', 'change', 'guide', 'cancel']));
  });
});

describe('generated text and links', () => {
  /** Every string in a value, with the path that leads to it (for messages). */
  function strings(value: unknown, path: string): [string, string][] {
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
    return [];
  }

  it('never doubles a two-character word (医保经办窗口窗口, 信贷申请申请表, 签约服务服务)', () => {
    // No real word of the generator's text is a doubled pair (like 常常), so every match is a slip.
    const doubled = strings({ ...catalog, items }, 'catalog').flatMap(([path, text]) =>
      [...text.matchAll(/(\p{Script=Han}{2})\1/gu)].map((m) => `${path}: ${m[0]} in ${text}`),
    );
    expect(doubled.slice(0, 20)).toEqual([]);
  });

  it('links only files it provides: none, since a snapshot carries no files and the site serves no /files/', () => {
    const provided = new Set<string>();
    const fileUrls = items.flatMap((i) => [
      ...i.materials.flatMap((m) => [m.blankForm?.url, m.sample?.url]),
      i.resultSample?.url,
      ...i.forms.map((f) => f.url),
    ]).filter((url): url is string => url !== undefined);
    expect(fileUrls.filter((url) => !provided.has(url))).toEqual([]);
    // Nor any other address inside the site (a string starting with one "/").
    const internal = strings({ ...catalog, items }, 'catalog').filter(([, text]) => /^\/(?!\/)/.test(text) && !provided.has(text));
    expect(internal.slice(0, 20)).toEqual([]);
  });
});

describe('generated regions and units', () => {
  it('forms a valid region tree', () => {
    const codes = new Set(catalog.regions.map((r) => r.code));
    for (const region of catalog.regions) {
      expect(validateRegionCode(region.code)).toEqual({ ok: true });
      if (region.parentCode) {
        expect(codes.has(region.parentCode)).toBe(true);
        expect(validateRegionParent(region.code, region.parentCode)).toEqual({ ok: true });
      }
    }
    expect(new Set(catalog.regions.map((r) => r.level))).toEqual(new Set(['city', 'county', 'town', 'village']));
  });

  it('lists every unit that implements an item, with valid unique credit codes and SOE supervisors', () => {
    const unitIds = new Set(catalog.units.map((u) => u.id));
    for (const item of items) expect(unitIds.has(item.unit.id)).toBe(true);
    expect(catalog.units.length).toBeGreaterThanOrEqual(30);
    expect(new Set(catalog.units.map((u) => u.creditCode)).size).toBe(catalog.units.length);
    for (const unit of catalog.units.filter((u) => u.kind === 'soe')) expect(unit.supervisorName).toMatch(/局$/);
    expect(catalog.units.map((u) => u.name)).toEqual(expect.arrayContaining(['瓯江市自来水有限公司', '国网瓯江市供电公司', '瓯江市燃气有限公司', '瓯江市公共交通集团有限公司']));
  });
});

describe('determinism and scale', () => {
  it('gives identical items for the same seed and different ones for another seed', () => {
    const again = [...generateCatalog({ items: 400, seed: 3 }).items];
    expect(JSON.stringify(again)).toBe(JSON.stringify(items));
    const other = [...generateCatalog({ items: 400, seed: 4 }).items];
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(items));
  });

  it('plans 100,000 distinct implementations where names repeat across regions', () => {
    const plan = planCatalog(100_000);
    expect(plan.slots).toHaveLength(100_000);
    expect(new Set(plan.slots.map((s) => s.implementationCode)).size).toBe(100_000);
    const perName = new Map<string, number>();
    for (const slot of plan.slots) perName.set(slot.template.name, (perName.get(slot.template.name) ?? 0) + 1);
    expect(Math.max(...perName.values())).toBeGreaterThan(100);
  });

  it('refuses a non-positive item count in Chinese', () => {
    expect(() => generateCatalog({ items: 0 })).toThrow(/事项数量应为正整数/);
  });
});
