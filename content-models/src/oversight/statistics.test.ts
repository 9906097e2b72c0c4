import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../quality/test-fixtures/complete-guide.ts';
import type { HolidayCalendar } from '../time/working-days.ts';
import { hasAllOneTimeNoticeElements } from './completeness.ts';
import { percentile } from './percentile.ts';
import { monthLabel, monthPeriod, parsePeriod, periodLabel, type StatisticsPeriod } from './period.ts';
import { rankUnits } from './ranking.ts';
import { normalizeReason, topReasons } from './return-reasons.ts';
import { computeStatistics, type CaseFact, type GuideFact, type RecordFact, type StatisticsInput } from './statistics.ts';

/** A moment in Beijing time, as the UTC ISO string the database keeps. */
const bj = (day: string, hour: number) => new Date(`2026-${day}T${String(hour).padStart(2, '0')}:00:00+08:00`).toISOString();
/** The end of a Beijing day (00:00 of the next), as addDays writes a 办理期限. */
const endOf = (day: string) => new Date(Date.parse(`2026-${day}T00:00:00+08:00`) + 24 * 3600 * 1000).toISOString();

const november = (monthPeriod('2026-11') as { ok: true; period: StatisticsPeriod }).period;
const noHolidays: HolidayCalendar = { holidays: [], workdays: [] };
const names = { confirm: '单位负责人确认', 'first-review': '一审', approval: '审定' } as const;
type StageId = keyof typeof names;

function steps(caseId: string, list: [StageId | 'draft', RecordFact['decision'], string, { opinion?: string; dueAt?: string }?][]): RecordFact[] {
  return list.map(([stageId, decision, at, extra]) => ({ caseId, stageId, stageName: stageId === 'draft' ? '单位填报' : names[stageId], decision, at, ...extra }));
}

/**
 * November 2026 (Nov 2 is a Monday), no holidays. Unit A (鹿城区) and B (龙湾区) act; C (鹿城区) does not.
 * c1 A: approved in Nov, 一审 decided a day after its 办理期限 (overdue).
 * c2 A: submitted Oct, returned Nov 3 「材料不全。」, resubmitted Nov 9, still at 一审 past its due (overdue, open).
 * c3 B: returned Nov 17 「材料不全」, resubmitted, rejected Nov 20 「无设定依据」.
 * c4 B: submitted Nov 30, at 一审 due Dec 3 (not overdue, not November's).
 * c5 A: all in October: nothing counts in November.
 * c6 B: returned Nov 25 「流程图缺失」.
 */
const cases: CaseFact[] = [
  { id: 'c1', unitId: 'A', regionCode: '330302', status: 'approved' },
  { id: 'c2', unitId: 'A', regionCode: '330302', status: 'in-review', stageId: 'first-review', stageEnteredAt: bj('11-09', 11), stageDueAt: endOf('11-11') },
  { id: 'c3', unitId: 'B', regionCode: '330303', status: 'rejected' },
  { id: 'c4', unitId: 'B', regionCode: '330303', status: 'in-review', stageId: 'first-review', stageEnteredAt: bj('11-30', 10), stageDueAt: endOf('12-02') },
  { id: 'c5', unitId: 'A', regionCode: '330302', status: 'approved' },
  { id: 'c6', unitId: 'B', regionCode: '330303', status: 'returned', stageId: 'first-review' },
];
const records: RecordFact[] = [
  ...steps('c1', [
    ['draft', 'submit', bj('11-02', 9)],
    ['confirm', 'confirm', bj('11-02', 15)],
    ['first-review', 'approve', bj('11-05', 10), { dueAt: endOf('11-04') }],
    ['approval', 'approve', bj('11-06', 10), { dueAt: endOf('11-09') }],
  ]),
  ...steps('c2', [
    ['draft', 'submit', bj('10-28', 9)],
    ['confirm', 'confirm', bj('10-28', 10)],
    ['first-review', 'return', bj('11-03', 10), { opinion: '材料不全。', dueAt: endOf('11-03') }],
    ['draft', 'submit', bj('11-09', 9)],
    ['confirm', 'confirm', bj('11-09', 11)],
  ]),
  ...steps('c3', [
    ['draft', 'submit', bj('11-16', 9)],
    ['confirm', 'confirm', bj('11-16', 10)],
    ['first-review', 'return', bj('11-17', 10), { opinion: '材料不全' }],
    ['draft', 'submit', bj('11-18', 9)],
    ['confirm', 'confirm', bj('11-18', 10)],
    ['first-review', 'reject', bj('11-20', 10), { opinion: '无设定依据' }],
  ]),
  ...steps('c4', [
    ['draft', 'submit', bj('11-30', 9)],
    ['confirm', 'confirm', bj('11-30', 10)],
  ]),
  ...steps('c5', [
    ['draft', 'submit', bj('10-05', 9)],
    ['confirm', 'confirm', bj('10-05', 10)],
    ['first-review', 'approve', bj('10-06', 10)],
    ['approval', 'approve', bj('10-07', 10)],
  ]),
  ...steps('c6', [
    ['draft', 'submit', bj('11-24', 9)],
    ['confirm', 'confirm', bj('11-24', 10)],
    ['first-review', 'return', bj('11-25', 10), { opinion: ' 流程图缺失 ' }],
  ]),
  // A case filtered out (another unit's, outside the requested region): ignored.
  ...steps('elsewhere', [['draft', 'submit', bj('11-10', 9)]]),
];
const guides: GuideFact[] = [
  { unitId: 'A', regionCode: '330302', complete: true, reviewDate: bj('11-20', 0) },
  { unitId: 'A', regionCode: '330302', complete: true, reviewDate: bj('12-01', 10) }, // due exactly at asOf
  { unitId: 'A', regionCode: '330302', complete: false, reviewDate: bj('12-20', 0) },
  { unitId: 'B', regionCode: '330303', complete: false },
];
const input: StatisticsInput = {
  period: november,
  asOf: bj('12-01', 10),
  calendar: noHolidays,
  cases,
  records,
  guides,
  units: [{ id: 'A', name: '甲局' }, { id: 'B', name: '乙局' }, { id: 'C', name: '丙局' }],
  regions: [{ code: '330302', name: '鹿城区' }, { code: '330303', name: '龙湾区' }],
  stages: [{ id: 'confirm', name: names.confirm }, { id: 'first-review', name: names['first-review'] }, { id: 'approval', name: names.approval }],
};

describe('computeStatistics on a month with known outcomes', () => {
  const stats = computeStatistics(input);
  const counts = (row: { submitted: number; approved: number; returned: number; rejected: number; overdue: number }) =>
    [row.submitted, row.approved, row.returned, row.rejected, row.overdue];

  it('counts submitted, finally approved, returned, rejected and overdue in total', () => {
    expect(stats.totals).toEqual({ submitted: 5, approved: 1, returned: 3, rejected: 1, overdue: 2 });
  });

  it('counts per unit, listing the unit without activity with zeros', () => {
    expect(stats.byUnit.map((row) => [row.name, ...counts(row)])).toEqual([
      ['甲局', 2, 1, 1, 0, 2],
      ['乙局', 3, 0, 2, 1, 0],
      ['丙局', 0, 0, 0, 0, 0],
    ]);
  });

  it('counts per region of the unit', () => {
    expect(stats.byRegion.map((row) => [row.name, ...counts(row)])).toEqual([
      ['鹿城区', 2, 1, 1, 0, 2],
      ['龙湾区', 3, 0, 2, 1, 0],
    ]);
  });

  it('counts per stage with median and 90th-percentile waiting in working days', () => {
    // 一审 waits: c1 3 (Nov 2→5), c2 4 (Oct 28→Nov 3), c3 1 and 2, c6 1 → sorted 1 1 2 3 4.
    expect(stats.byStage.map((row) => [row.name, row.approved, row.returned, row.rejected, row.overdue, row.handled, row.medianDays, row.p90Days])).toEqual([
      ['单位负责人确认', 0, 0, 0, 0, 6, 0, 0],
      ['一审', 1, 3, 1, 2, 5, 2, 4],
      ['审定', 1, 0, 0, 0, 1, 1, 1],
    ]);
  });

  it('lists the most frequent return reasons, overall and per unit', () => {
    expect(stats.returnReasons).toEqual([{ reason: '材料不全', count: 2 }, { reason: '流程图缺失', count: 1 }]);
    expect(stats.returnReasonsByUnit).toEqual({ A: [{ reason: '材料不全', count: 1 }], B: [{ reason: '材料不全', count: 1 }, { reason: '流程图缺失', count: 1 }] });
  });

  it('counts catalog completeness and guides past their review date as of the moment taken', () => {
    expect(stats.catalog.totals).toEqual({ guides: 4, complete: 2, incomplete: 2, pastReview: 2, withoutReviewDate: 1 });
    expect(stats.catalog.byUnit.map((r) => [r.name, r.guides, r.complete, r.pastReview, r.withoutReviewDate])).toEqual([
      ['甲局', 3, 2, 2, 0],
      ['乙局', 1, 0, 0, 1],
      ['丙局', 0, 0, 0, 0],
    ]);
  });

  it('counts a late visit once, in the period its due time fell in, decided since or not', () => {
    const december = (monthPeriod('2026-12') as { ok: true; period: StatisticsPeriod }).period;
    const later = computeStatistics({ ...input, period: december, asOf: bj('12-05', 10) });
    // c4's 一审 was due Dec 3 and is still open on Dec 5: December's, not November's.
    expect(later.totals.overdue).toBe(1);
    const decided = computeStatistics({ ...input, records: [...records, ...steps('c2', [['first-review', 'approve', bj('12-02', 9), { dueAt: endOf('11-11') }]])], cases: cases.map((c) => (c.id === 'c2' ? { ...c, status: 'in-review' as const, stageId: 'approval', stageDueAt: endOf('12-07') } : c)) });
    expect(decided.totals.overdue).toBe(2);
  });

  it('is not overdue before the due time has passed at the moment taken', () => {
    const early = computeStatistics({ ...input, asOf: endOf('11-10') });
    expect(early.byStage.find((s) => s.key === 'first-review')!.overdue).toBe(1); // c1 only: c2 due at the end of Nov 11
  });
});

describe('ranking of units for the 月度通报', () => {
  it('orders by completeness rate, then fewer returns; units without guides last', () => {
    const stats = computeStatistics(input);
    expect(rankUnits(stats.byUnit, stats.catalog.byUnit).map((r) => [r.rank, r.name, r.completeRate])).toEqual([
      [1, '甲局', 2 / 3],
      [2, '乙局', 0],
      [3, '丙局', undefined],
    ]);
  });

  it('gives equal units the same rank', () => {
    const row = (key: string, name: string) => ({ key, name, submitted: 0, approved: 0, returned: 1, rejected: 0, overdue: 0 });
    const guides = (key: string, name: string, complete: number) => ({ key, name, guides: 2, complete, incomplete: 2 - complete, pastReview: 0, withoutReviewDate: 0 });
    const ranked = rankUnits([row('1', '丁'), row('2', '戊'), row('3', '己')], [guides('1', '丁', 1), guides('2', '戊', 2), guides('3', '己', 1)]);
    expect(ranked.map((r) => [r.rank, r.name])).toEqual([[1, '戊'], [2, '丁'], [2, '己']]);
  });
});

describe('statistics periods', () => {
  it('reads whole Beijing days, the last one excluded', () => {
    expect(november).toEqual({ from: '2026-11-01', to: '2026-12-01', fromInstant: '2026-10-31T16:00:00.000Z', toInstant: '2026-11-30T16:00:00.000Z' });
    expect((monthPeriod('2026-12') as { ok: true; period: StatisticsPeriod }).period.to).toBe('2027-01-01');
    expect(monthLabel(november)).toBe('2026年11月');
    const days = parsePeriod('2026-11-03', '2026-11-10') as { ok: true; period: StatisticsPeriod };
    expect(monthLabel(days.period)).toBe('2026年11月3日至2026年11月9日');
    expect(periodLabel(november)).toBe('2026年11月1日至2026年11月30日');
  });

  it('refuses bad values in Chinese, naming the value', () => {
    expect(parsePeriod('2026-11-31', '2026-12-01')).toEqual({ ok: false, reason: expect.stringContaining('“2026-11-31”') });
    expect(parsePeriod('2026-11-01', undefined)).toEqual({ ok: false, reason: expect.stringContaining('应为 YYYY-MM-DD') });
    expect(parsePeriod('2026-12-01', '2026-11-01')).toEqual({ ok: false, reason: expect.stringContaining('应晚于') });
    expect(parsePeriod('2020-01-01', '2026-01-01')).toEqual({ ok: false, reason: expect.stringContaining('最长') });
    expect(monthPeriod('2026-13')).toEqual({ ok: false, reason: expect.stringContaining('“2026-13”') });
  });
});

describe('helpers', () => {
  it('takes the nearest-rank percentile, undefined for no values', () => {
    expect(percentile([4, 1, 3, 2, 1], 50)).toBe(2);
    expect(percentile([4, 1, 3, 2, 1], 90)).toBe(4);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([], 50)).toBeUndefined();
  });

  it('groups opinions by their text, blank ones as 未填写', () => {
    expect(normalizeReason(' 材料  不全。 ')).toBe('材料 不全');
    expect(topReasons(['', undefined, 'b', 'a', 'a'])).toEqual([{ reason: '未填写', count: 2 }, { reason: 'a', count: 2 }, { reason: 'b', count: 1 }]);
  });

  it('judges 一次性告知 completeness by the rules that block submission', () => {
    expect(hasAllOneTimeNoticeElements(completeGuide)).toBe(true);
    expect(hasAllOneTimeNoticeElements(guideWith((g) => (g.consultPhone = undefined)))).toBe(false);
    expect(hasAllOneTimeNoticeElements(guideWith((g) => (g.legalBasis = [])))).toBe(false);
    expect(hasAllOneTimeNoticeElements(guideWith((g) => (g.complaintPhone = undefined)))).toBe(true); // a warning only
  });
});
