import type { Cancellation, PublicAdjustment } from '../snapshot/snapshot-schema.ts';
import { createRandom, hashString } from './random.ts';
import type { Slot } from './plan.ts';

const DAY = 86_400_000;
/** The catalogue was first published this long before `now`. */
export const CATALOG_AGE_DAYS = 730;

const CANCEL_REASONS = [
  { reason: '上位法修订，该事项设定依据已废止', basis: '《国务院关于取消和下放一批行政许可事项的决定》（国发〔2020〕13号）' },
  { reason: '与其他事项合并办理，实现“一件事”集成服务', basis: '《瓯江市推进“一件事”集成改革实施方案》' },
  { reason: '职能划转，改由其他部门实施', basis: '《瓯江市机构改革方案》' },
  { reason: '通过数据共享实现免申即享，不再需要依申请办理', basis: '《瓯江市政务服务数据共享管理办法》' },
];

/** What the generator decides about one slot's life: its dates and public history. */
export interface SlotStory {
  name: string;
  formerNames: string[];
  formerCodes: string[];
  firstPublishedAt: Date;
  updatedAt: Date;
  version: number;
  cancelled?: Cancellation;
  /** Newest first, as the schema's history is shown. */
  history: PublicAdjustment[];
}

/** An older official name, the way renames usually go (审核→审批, 发放→核发, 签约→签约服务, …). */
export function formerNameOf(name: string): string {
  const rules: [RegExp, string][] = [[/审批$/, '审核'], [/核发$/, '发放'], [/申领$/, '申请'], [/登记$/, '办理'], [/办理$/, '申请'], [/服务$/, '']];
  for (const [pattern, replacement] of rules) if (pattern.test(name)) return name.replace(pattern, replacement);
  return `${name}服务`;
}

export function isCancelled(index: number, seed: number): boolean {
  return (index + seed) % 37 === 5;
}

function isRenamed(index: number, seed: number): boolean {
  return (index + seed) % 29 === 7 && !isCancelled(index, seed);
}

function isAddedLater(index: number, seed: number): boolean {
  return (index + seed) % 11 === 3;
}

function hasGuideAdjustment(index: number, seed: number): boolean {
  return (index + seed) % 13 === 1;
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * The dates and history of a slot, from its own random stream, so the site-wide adjustment log can
 * be computed without building full items.
 */
export function slotStory(slot: Slot, seed: number, now: Date, replacedBy?: string): SlotStory {
  const random = createRandom(hashString(`${slot.implementationCode}#history`, seed));
  // Midnight in China (UTC+8) CATALOG_AGE_DAYS ago, so events fall in office hours, 09:00–17:00.
  const start = Math.floor((now.getTime() + 8 * 3_600_000) / DAY) * DAY - 8 * 3_600_000 - CATALOG_AGE_DAYS * DAY;
  const at = (dayOffset: number): Date => new Date(start + dayOffset * DAY + random.int(9, 17) * 3_600_000);
  const { template, unit } = slot;
  const renamed = isRenamed(slot.index, seed);
  const name = template.name;
  const events: { date: Date; make: (date: Date, n: number) => PublicAdjustment }[] = [];
  const base = { implementationCode: slot.implementationCode, unitName: unit.ref.name };
  const addedLater = isAddedLater(slot.index, seed);
  const firstPublishedAt = addedLater ? at(random.int(60, 560)) : at(random.int(0, 20));
  const firstDay = Math.round((firstPublishedAt.getTime() - start) / DAY);
  const entry = (kind: PublicAdjustment['kind'], date: Date, n: number, fields: Partial<PublicAdjustment>): PublicAdjustment => ({
    id: `adj-${slot.implementationCode}-${n}`,
    kind,
    ...base,
    itemName: name,
    reason: '',
    effectiveDate: isoDate(date),
    publishedAt: date.toISOString(),
    changes: [],
    ...fields,
  });
  if (addedLater) {
    events.push({ date: firstPublishedAt, make: (d, n) => entry('add', d, n, { reason: '根据部门职责调整新增公共服务事项', basis: template.law.instrument }) });
  }
  if (hasGuideAdjustment(slot.index, seed)) {
    const date = at(random.int(firstDay + 30, firstDay + 90));
    const before = String(template.promisedDays + random.int(1, 3));
    const after = String(template.promisedDays);
    events.push({
      date,
      make: (d, n) => entry('guide', d, n, {
        reason: '落实“最多跑一次”改革要求，压缩承诺办结时限',
        changes: [{ path: 'promisedDays', label: '承诺办结时限（工作日）', kind: 'changed', before, after }],
      }),
    });
  }
  const formerNames: string[] = [];
  const formerCodes: string[] = [];
  if (renamed) {
    const former = formerNameOf(name);
    formerNames.push(former);
    // The old code differs in the main-item segment (5xx is never used by a live base item).
    formerCodes.push(`${slot.implementationCode.slice(0, 25)}5${slot.implementationCode.slice(26)}`);
    const date = at(random.int(firstDay + 100, firstDay + 120));
    events.push({
      date,
      make: (d, n) => entry('change', d, n, {
        reason: '根据省级事项目录统一规范事项名称和编码',
        basis: '《浙江省政务服务事项目录（2025年版）》',
        changes: [
          { path: 'name', label: '事项名称', kind: 'changed', before: former, after: name },
          { path: 'implementationCode', label: '实施编码', kind: 'changed', before: formerCodes[0], after: slot.implementationCode },
        ],
      }),
    });
  }
  let cancelled: Cancellation | undefined;
  if (isCancelled(slot.index, seed)) {
    const date = at(random.int(Math.max(firstDay + 130, CATALOG_AGE_DAYS - 200), CATALOG_AGE_DAYS - 2));
    const why = random.pick(CANCEL_REASONS);
    cancelled = { date: isoDate(date), reason: why.reason, basis: why.basis, ...(replacedBy ? { replacedBy } : {}) };
    events.push({ date, make: (d, n) => entry('cancel', d, n, { reason: why.reason, basis: why.basis, changes: [{ path: 'status', label: '事项状态', kind: 'changed', before: '在用', after: '已取消' }] }) });
  }
  events.sort((a, b) => a.date.getTime() - b.date.getTime());
  const history = events.map((event, n) => event.make(event.date, n + 1)).reverse();
  const changes = history.filter((h) => h.kind !== 'add').length;
  const updatedAt = events.length > 0 ? (events[events.length - 1] as (typeof events)[number]).date : firstPublishedAt;
  return {
    name,
    formerNames,
    formerCodes,
    firstPublishedAt,
    updatedAt,
    version: 1 + changes,
    ...(cancelled ? { cancelled } : {}),
    history,
  };
}
