import { workingDaysBetween, type HolidayCalendar } from '../time/working-days.ts';
import type { RecordedDecision, WorkflowStatus } from '../workflow/types.ts';
import { percentile } from './percentile.ts';
import { inPeriod, type StatisticsPeriod } from './period.ts';
import { topReasons, type ReasonCount } from './return-reasons.ts';

/** A case (动态调整) as statistics need it; its unit and region stand for all its records. */
export interface CaseFact {
  id: string;
  unitId: string;
  /** 行政区划代码 of the unit's own division; unknown stays unknown (grouped as 「未填写」). */
  regionCode?: string;
  status: WorkflowStatus;
  /** in-review: the stage that must act now, when it was entered and its 办理期限. */
  stageId?: string;
  stageEnteredAt?: string;
  stageDueAt?: string;
}

/** One review record (审核记录): a step taken on a case. */
export interface RecordFact {
  caseId: string;
  stageId: string;
  stageName?: string;
  decision: RecordedDecision;
  opinion?: string;
  at: string;
  /** The stage's 办理期限 when the step was taken (none for records written before it was kept). */
  dueAt?: string;
}

/** A guide (实施清单 / 办事指南) as the catalog completeness counts need it. */
export interface GuideFact {
  unitId: string;
  regionCode?: string;
  /** All 一次性告知 elements present (see `hasAllOneTimeNoticeElements`). */
  complete: boolean;
  /** 复核日期; none yet (never published) is counted apart, not as due. */
  reviewDate?: string;
}

export interface StatisticsInput {
  period: StatisticsPeriod;
  /** The moment the statistics are taken: open cases past their 办理期限 by now are overdue. */
  asOf: string;
  calendar: HolidayCalendar;
  cases: readonly CaseFact[];
  records: readonly RecordFact[];
  guides: readonly GuideFact[];
  /** Names, in the order the tables list them; units and regions without activity get zero rows. */
  units: readonly { id: string; name: string }[];
  regions: readonly { code: string; name: string }[];
  stages: readonly { id: string; name: string }[];
}

export interface CaseCounts {
  submitted: number; // 报送件数: cases submitted (一报 or 二报) in the period, each case once
  approved: number; // 通过: per unit/region cases finally approved; per stage approvals at the stage
  returned: number; // 退回（次）
  rejected: number; // 不予通过
  overdue: number; // 超期: stage visits whose 办理期限 fell in the period and passed before they were handled
}

export interface GroupRow extends CaseCounts {
  key: string;
  name: string;
}

export interface StageRow extends GroupRow {
  handled: number; // steps taken at the stage in the period (the waiting times' sample)
  medianDays?: number; // 等待时长中位数（工作日）
  p90Days?: number; // 90% 分位（工作日）
}

export interface CatalogCounts {
  guides: number;
  complete: number; // 一次性告知要素齐全
  incomplete: number;
  pastReview: number; // 已过复核日期（待复核）
  withoutReviewDate: number;
}

export interface CatalogRow extends CatalogCounts {
  key: string;
  name: string;
}

export interface Statistics {
  period: StatisticsPeriod;
  asOf: string;
  totals: CaseCounts;
  byUnit: GroupRow[];
  byRegion: GroupRow[];
  byStage: StageRow[];
  returnReasons: ReasonCount[];
  returnReasonsByUnit: Record<string, ReasonCount[]>;
  catalog: { totals: CatalogCounts; byUnit: CatalogRow[]; byRegion: CatalogRow[] };
}

export const unknownRegion = { key: '', name: '未填写' };

const zero = (): CaseCounts => ({ submitted: 0, approved: 0, returned: 0, rejected: 0, overdue: 0 });
const zeroCatalog = (): CatalogCounts => ({ guides: 0, complete: 0, incomplete: 0, pastReview: 0, withoutReviewDate: 0 });

/** Rows keyed in the given order, created on first use for keys not listed. */
class Rows<T> {
  private readonly rows = new Map<string, T>();
  constructor(
    listed: readonly { key: string; name: string }[],
    private readonly make: (key: string, name: string) => T,
  ) {
    for (const { key, name } of listed) this.rows.set(key, make(key, name));
  }
  get(key: string, name = key): T {
    let row = this.rows.get(key);
    if (!row) this.rows.set(key, (row = this.make(key, name)));
    return row;
  }
  list(): T[] {
    return [...this.rows.values()];
  }
}

/** A step that ends a stage visit by deciding it (the unit's 提交 and 撤回 are the unit's own time). */
const handles = (decision: RecordedDecision) => decision === 'approve' || decision === 'return' || decision === 'reject' || decision === 'confirm';

/**
 * The oversight statistics of one period (监督统计). Definitions, each applied the same way to the
 * totals, units, regions and stages:
 * - A case's records, in time order, are its stage visits: a step at a stage ends the visit that
 *   began with the case's previous step. Waiting time (等待时长) is that visit's length in working
 *   days on the holiday calendar, counted as 办理时限 are (`workingDaysBetween`: the day of arrival
 *   not counted, the day of the step counted), for the steps taken in the period.
 * - Overdue (超期) is `dueStatus`'s rule — at or past the stage's 办理期限 — applied to every stage
 *   visit: one decided at or after the due time recorded with it, or still open at `asOf` past the
 *   case's `stageDueAt`. A visit counts in the period its due time falls in, so each late visit is
 *   counted once across consecutive periods, whether it was decided since or not.
 * - Approved per unit and region is final approval (the case's last step, the case approved);
 *   per stage it is every 通过 at that stage.
 * Records of cases not in `cases` (filtered out by unit or region) are ignored.
 */
export function computeStatistics(input: StatisticsInput): Statistics {
  const { period, calendar } = input;
  const asOf = Date.parse(input.asOf);
  const caseById = new Map(input.cases.map((c) => [c.id, c]));
  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  const regionName = new Map(input.regions.map((r) => [r.code, r.name]));
  const totals = zero();
  const byUnit = new Rows<GroupRow>(input.units.map((u) => ({ key: u.id, name: u.name })), (key, name) => ({ key, name, ...zero() }));
  const byRegion = new Rows<GroupRow>(input.regions.map((r) => ({ key: r.code, name: r.name })), (key, name) => ({ key, name, ...zero() }));
  const byStage = new Rows<StageRow & { waits: number[] }>(input.stages.map((s) => ({ key: s.id, name: s.name })), (key, name) => ({ key, name, ...zero(), handled: 0, waits: [] }));
  const unitRow = (c: CaseFact) => byUnit.get(c.unitId, unitName.get(c.unitId) ?? `单位 ${c.unitId}`);
  const regionRow = (c: CaseFact) => (c.regionCode ? byRegion.get(c.regionCode, regionName.get(c.regionCode) ?? c.regionCode) : byRegion.get(unknownRegion.key, unknownRegion.name));
  const countFor = (c: CaseFact, field: keyof CaseCounts) => {
    totals[field] += 1;
    unitRow(c)[field] += 1;
    regionRow(c)[field] += 1;
  };
  const returnOpinions: string[] = [];
  const returnOpinionsByUnit = new Map<string, string[]>();

  const recordsByCase = new Map<string, RecordFact[]>();
  for (const record of input.records) {
    if (!caseById.has(record.caseId)) continue;
    const list = recordsByCase.get(record.caseId) ?? [];
    list.push(record);
    recordsByCase.set(record.caseId, list);
  }

  for (const [caseId, list] of recordsByCase) {
    const theCase = caseById.get(caseId)!;
    list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    if (list.some((r) => r.decision === 'submit' && inPeriod(period, r.at))) countFor(theCase, 'submitted');
    const last = list.at(-1)!;
    if (theCase.status === 'approved' && last.decision === 'approve' && inPeriod(period, last.at)) countFor(theCase, 'approved');
    list.forEach((record, index) => {
      // The unit's 提交 and 撤回 are not a stage's work: no stage row for the drafting stage.
      if (!handles(record.decision)) return;
      const stage = byStage.get(record.stageId, record.stageName ?? record.stageId);
      if (record.dueAt !== undefined && Date.parse(record.at) >= Date.parse(record.dueAt) && inPeriod(period, record.dueAt)) {
        countFor(theCase, 'overdue');
        stage.overdue += 1;
      }
      if (!inPeriod(period, record.at)) return;
      if (record.decision === 'approve') stage.approved += 1;
      if (record.decision === 'return' || record.decision === 'reject') {
        const field = record.decision === 'return' ? 'returned' : 'rejected';
        countFor(theCase, field);
        stage[field] += 1;
      }
      if (record.decision === 'return') {
        returnOpinions.push(record.opinion ?? '');
        returnOpinionsByUnit.set(theCase.unitId, [...(returnOpinionsByUnit.get(theCase.unitId) ?? []), record.opinion ?? '']);
      }
      if (index > 0) {
        stage.handled += 1;
        stage.waits.push(workingDaysBetween(list[index - 1]!.at, record.at, calendar));
      }
    });
  }

  for (const theCase of input.cases) {
    if (theCase.status !== 'in-review' || theCase.stageDueAt === undefined || theCase.stageId === undefined) continue;
    if (asOf >= Date.parse(theCase.stageDueAt) && inPeriod(period, theCase.stageDueAt)) {
      countFor(theCase, 'overdue');
      byStage.get(theCase.stageId).overdue += 1;
    }
  }

  const stages = byStage.list().map(({ waits, ...row }) => ({ ...row, medianDays: percentile(waits, 50), p90Days: percentile(waits, 90) }));

  return {
    period,
    asOf: input.asOf,
    totals,
    byUnit: byUnit.list(),
    byRegion: byRegion.list(),
    byStage: stages,
    returnReasons: topReasons(returnOpinions),
    returnReasonsByUnit: Object.fromEntries([...returnOpinionsByUnit].map(([unit, opinions]) => [unit, topReasons(opinions, 3)])),
    catalog: catalogCompleteness(input),
  };
}

/** 目录完整度 as of `asOf`: guides with every 一次性告知 element, and guides past their 复核日期. */
export function catalogCompleteness(input: Pick<StatisticsInput, 'asOf' | 'guides' | 'units' | 'regions'>): Statistics['catalog'] {
  const asOf = Date.parse(input.asOf);
  const totals = zeroCatalog();
  const unitName = new Map(input.units.map((u) => [u.id, u.name]));
  const regionName = new Map(input.regions.map((r) => [r.code, r.name]));
  const byUnit = new Rows<CatalogRow>(input.units.map((u) => ({ key: u.id, name: u.name })), (key, name) => ({ key, name, ...zeroCatalog() }));
  const byRegion = new Rows<CatalogRow>(input.regions.map((r) => ({ key: r.code, name: r.name })), (key, name) => ({ key, name, ...zeroCatalog() }));
  for (const guide of input.guides) {
    const rows = [
      totals,
      byUnit.get(guide.unitId, unitName.get(guide.unitId) ?? `单位 ${guide.unitId}`),
      guide.regionCode ? byRegion.get(guide.regionCode, regionName.get(guide.regionCode) ?? guide.regionCode) : byRegion.get(unknownRegion.key, unknownRegion.name),
    ];
    for (const row of rows) {
      row.guides += 1;
      row[guide.complete ? 'complete' : 'incomplete'] += 1;
      // As the 待复核 list: due on the review date itself (reviewDueWhere: reviewDate ≤ now).
      if (guide.reviewDate === undefined) row.withoutReviewDate += 1;
      else if (Date.parse(guide.reviewDate) <= asOf) row.pastReview += 1;
    }
  }
  return { totals, byUnit: byUnit.list(), byRegion: byRegion.list() };
}
