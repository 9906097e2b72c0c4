import { checkGuide, hasBlockingFindings, type GuideDraft } from '@catalog/content-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGuideDraft } from '../../cms/src/guide/toGuideDraft.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { realGuides, realRegions, realUnits, type RealGuide } from '../fixtures/real-guides/incomplete-guides.ts';
import { realGuideSheets } from '../fixtures/real-guides/sheets.ts';
import { upload, writeSheets } from './support.ts';

/**
 * A county's real, incomplete guides imported as its clerk would (梳理表 through POST /api/imports):
 * nothing blocks, every row lands as a draft with its adjustment, complete rows go to review (一报),
 * and what is stored is exactly what each source gave — nothing lost, nothing invented.
 */
let cms: Cms;
let token: string;
type Doc = Record<string, any>;

beforeAll(async () => {
  cms = await startCms();
  const { payload } = cms;
  await payload.create({ collection: 'users', data: { name: '县审改办管理员', email: 'admin@pingyang.test', password: 'Test-Passw0rd!', roles: ['admin'] } as never });
  const regionIds = new Map<string, unknown>();
  for (const region of realRegions) {
    const doc = await payload.create({ collection: 'regions', data: { code: region.code, name: region.name, level: region.level, parent: region.parentCode ? regionIds.get(region.parentCode) : undefined } as never });
    regionIds.set(region.code, doc.id);
  }
  for (const unit of Object.values(realUnits)) {
    const level = unit.regionCode === '330000' ? '2' : '4';
    await payload.create({ collection: 'units', data: { name: unit.name, kind: unit.kind, creditCode: unit.creditCode, region: regionIds.get(unit.regionCode), level } as never });
  }
  token = await cms.login('admin@pingyang.test', 'Test-Passw0rd!');
});

afterAll(async () => {
  await cms?.payload.destroy();
});

/** Leaves of a guide as path → value; blanks, empty lists and row ids are not values. */
function leaves(value: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value === undefined || value === null || value === '') return out;
  if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${path}.${i}`, out));
  else if (typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (key !== 'id') leaves(v, path ? `${path}.${key}` : key, out);
  } else out.set(path, value);
  return out;
}

/**
 * What the template documents for a blank cell (空白视为“否”, 必要性空白为“未说明”, …): stored as such,
 * never shown as a claim. Anything else stored must have come from the source.
 */
const documentedBlank: [RegExp, unknown][] = [
  [/^(transferableToSociety|hasNormativeDocuments|governmentPurchased)$/, false],
  [/^materials\.\d+\.necessity$/, 'unspecified'],
  [/^materials\.\d+\.obtainableBySharing$/, false],
  [/^materials\.\d+\.demandedFromApplicant$/, true],
  [/^fees\.\d+\.reducible$/, false],
];

function storedGuide(implementation: Doc): GuideDraft {
  return toGuideDraft({ implementation, catalogItem: implementation.catalogItem, unit: implementation.unit, region: implementation.region });
}

describe('importing realistic incomplete guides', () => {
  let report: Doc;

  it('imports every row: complete ones are submitted, incomplete ones wait as drafts with their findings', async () => {
    const run = await upload(cms, token, await writeSheets(realGuideSheets()), 'import', '平阳县梳理表.xlsx');
    report = run.body;
    expect(report.status, JSON.stringify(report.problems?.slice(0, 3))).toBe('imported');
    expect(report.added).toBe(realGuides.length);

    for (const { guide } of realGuides) {
      const [implementation] = (await cms.payload.find({ collection: 'implementations', where: { implementationCode: { equals: guide.implementationCode } }, draft: true, depth: 1, overrideAccess: true })).docs as Doc[];
      expect(implementation, guide.name).toBeTruthy();
      const blocking = hasBlockingFindings(checkGuide(storedGuide(implementation!)));
      const [adjustment] = (await cms.payload.find({ collection: 'adjustments', where: { implementation: { equals: implementation!.id } }, depth: 0, overrideAccess: true })).docs as Doc[];
      expect({ name: guide.name, state: adjustment!.state }).toEqual({ name: guide.name, state: blocking ? 'draft' : 'in-review' });
      // Nothing not yet reviewed is public.
      expect(implementation!._status, guide.name).toBe('draft');
    }
    const incomplete = realGuides.filter(({ guide }) => JSON.stringify(report.findings ?? report.problems).includes(guide.implementationCode!));
    expect(incomplete.length).toBeGreaterThan(0);
  });

  it.each(realGuides.map((g) => [g.guide.name!, g] as const))('stores 「%s」 exactly as its source gave it', async (_name, source: RealGuide) => {
    const [implementation] = (await cms.payload.find({ collection: 'implementations', where: { implementationCode: { equals: source.guide.implementationCode } }, draft: true, depth: 1, overrideAccess: true })).docs as Doc[];
    const stored = storedGuide(implementation!);
    expect(stored.unit?.name).toBe(realUnits[source.unit].name);
    expect(stored.region?.code).toBe(source.regionCode);

    const given = leaves({ ...source.guide });
    const kept = leaves({ ...stored, unit: undefined, region: undefined });
    for (const [path, value] of [...kept]) {
      if (!given.has(path) && documentedBlank.some(([pattern, blank]) => pattern.test(path) && blank === value)) kept.delete(path);
    }
    // Equal maps: every given value was kept, and no value was stored that the source did not give.
    expect(Object.fromEntries(kept)).toEqual(Object.fromEntries(given));
    expect(implementation!.feeStatus ?? null).toBe(source.guide.charged === undefined ? null : source.guide.charged ? 'charged' : 'free');
  });
});
