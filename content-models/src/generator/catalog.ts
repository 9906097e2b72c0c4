import type { Guide, UnitRef } from '../guide/guide-schema.ts';
import type { Consultation, PublicAdjustment, PublicItem, Region, SiteSettings } from '../snapshot/snapshot-schema.ts';
import { isCancelled, slotStory, formerNameOf } from './history.ts';
import { buildGuide, buildItem } from './items.ts';
import { planCatalog, type Slot } from './plan.ts';
import { regionList, CITY } from './regions.ts';

export interface GenerateOptions {
  items: number;
  seed?: number;
  /** The moment the catalog is generated "at"; fixed by default so output is reproducible. */
  now?: Date;
}

/** Everything `writeSnapshot` needs; `items` is lazy so 100,000 items stream. */
export interface GeneratedCatalog {
  items: Iterable<PublicItem>;
  units: UnitRef[];
  regions: Region[];
  adjustments: PublicAdjustment[];
  consultations: Consultation[];
  settings: SiteSettings;
  siteVersion: string;
  now: Date;
}

export const DEFAULT_NOW = new Date('2026-11-01T02:00:00.000Z');
const DAY = 86_400_000;

export const DEMO_SETTINGS: SiteSettings = {
  siteName: `${CITY.name}公共服务事项目录`,
  regionName: CITY.name,
  hotline: '12345',
  footer: `主办：${CITY.name}人民政府办公室　承办：${CITY.name}大数据发展管理局`,
  icp: '浙ICP备00000000号-1',
  publicSecurityFiling: '浙公网安备 33910002000001号',
  siteCode: '3391000001',
  baseUrl: 'https://catalog.oujiang.example.cn',
  // No commentEndpoint: a generated catalog has no CMS to take comments (its consultations are not
  // CMS adjustments), so the site says so instead of showing a form that cannot be sent.
};

/** A cancelled item merged into another points at a live item of the same unit, when there is one. */
function successors(slots: Slot[], seed: number): Map<number, string> {
  const liveByUnit = new Map<string, Slot>();
  for (const slot of slots) {
    if (!isCancelled(slot.index, seed) && !liveByUnit.has(slot.unit.ref.id)) liveByUnit.set(slot.unit.ref.id, slot);
  }
  const result = new Map<number, string>();
  for (const slot of slots) {
    if (!isCancelled(slot.index, seed) || slot.index % 2 === 1) continue;
    const successor = liveByUnit.get(slot.unit.ref.id);
    if (successor) result.set(slot.index, successor.implementationCode);
  }
  return result;
}

function consultations(plan: ReturnType<typeof planCatalog>, seed: number, now: Date): Consultation[] {
  const opensAt = new Date(now.getTime() - 3 * DAY).toISOString();
  const closesAt = new Date(now.getTime() + 12 * DAY).toISOString();
  const result: Consultation[] = [];
  const first = plan.slots[0];
  if (first) {
    const draft = buildGuide(first, seed, { name: first.template.name });
    const before = draft.promisedDays ?? 0;
    const after = Math.max(0, before - 1);
    result.push({
      adjustmentId: `draft-${first.implementationCode}-guide`,
      kind: 'guide',
      reason: '进一步压缩承诺办结时限，征求社会公众意见',
      opensAt,
      closesAt,
      draft: { ...draft, promisedDays: after },
      changes: [{ path: 'promisedDays', label: '承诺办结时限（工作日）', kind: 'changed', before: String(before), after: String(after) }],
    });
  }
  const spare = plan.spare;
  const draft: Guide = buildGuide(spare, seed, { name: spare.template.name });
  result.push({
    adjustmentId: `draft-${spare.implementationCode}-add`,
    kind: 'add',
    reason: `拟由${spare.unit.ref.name}新增实施“${spare.template.name}”`,
    basis: spare.template.law.instrument,
    opensAt,
    closesAt,
    draft,
    changes: [],
  });
  const second = plan.slots[1];
  if (second) {
    const renamed = formerNameOf(second.template.name);
    const current = buildGuide(second, seed, { name: second.template.name });
    result.push({
      adjustmentId: `draft-${second.implementationCode}-change`,
      kind: 'change',
      reason: '按省级事项目录规范事项名称',
      opensAt: new Date(now.getTime() - 1 * DAY).toISOString(),
      closesAt: new Date(now.getTime() + 14 * DAY).toISOString(),
      draft: { ...current, name: renamed },
      changes: [{ path: 'name', label: '事项名称', kind: 'changed', before: current.name, after: renamed }],
    });
  }
  return result;
}

/**
 * A realistic demo catalog of one fictional city. Deterministic: the same options give
 * byte-identical snapshots.
 */
export function generateCatalog(options: GenerateOptions): GeneratedCatalog {
  const seed = options.seed ?? 1;
  const now = options.now ?? DEFAULT_NOW;
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`随机种子应为非负整数，收到「${seed}」`);
  if (Number.isNaN(now.getTime())) throw new Error('生成时间无效');
  const plan = planCatalog(options.items);
  const replacedBy = successors(plan.slots, seed);
  const adjustments = plan.slots
    .flatMap((slot) => slotStory(slot, seed, now, replacedBy.get(slot.index)).history)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
  function* items(): Generator<PublicItem> {
    for (const slot of plan.slots) yield buildItem(slot, seed, slotStory(slot, seed, now, replacedBy.get(slot.index)));
  }
  return {
    items: { [Symbol.iterator]: items },
    units: plan.units.map((u) => u.ref),
    regions: regionList(plan.tree),
    adjustments,
    consultations: consultations(plan, seed, now),
    settings: DEMO_SETTINGS,
    siteVersion: `demo-${options.items}-${seed}`,
    now,
  };
}
