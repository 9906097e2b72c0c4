import { beijingDateTime, periodLabel, type CatalogRow, type GroupRow, type RankedUnit, type ReasonCount, type StageRow, type Statistics } from '@catalog/content-models';

/** A table as people read it: a Chinese title, header and rows; shared by the workbook, the 通报 and the admin view. */
export interface Table {
  title: string; // also the sheet name (≤ 31 characters)
  header: string[];
  rows: (string | number)[][];
}

/** Unknown stays unknown, visibly: no waiting time without a step taken. */
export const noData = '无数据';

const dayValue = (days: number | undefined) => (days === undefined ? noData : days);
export const rate = (part: number, whole: number) => (whole === 0 ? noData : `${((part / whole) * 100).toFixed(1)}%`);

const countHeader = ['报送（件）', '通过（件）', '退回（次）', '不予通过（件）', '超期（次）'];
const countCells = (row: Omit<GroupRow, 'key' | 'name'>) => [row.submitted, row.approved, row.returned, row.rejected, row.overdue];

export function summaryTable(stats: Statistics): Table {
  const { totals, catalog } = stats;
  return {
    title: '汇总',
    header: ['指标', '数值'],
    rows: [
      ['统计区间', periodLabel(stats.period)],
      ['统计时间（北京时间）', beijingDateTime(stats.asOf)],
      ['报送（件）', totals.submitted],
      ['通过（件，终审）', totals.approved],
      ['退回（次）', totals.returned],
      ['不予通过（件）', totals.rejected],
      ['超期（次）', totals.overdue],
      ['已发布办事指南（件）', catalog.totals.guides],
      ['一次性告知要素齐全（件）', catalog.totals.complete],
      ['一次性告知齐全率', rate(catalog.totals.complete, catalog.totals.guides)],
      ['已过复核日期（件）', catalog.totals.pastReview],
    ],
  };
}

export const unitTable = (rows: GroupRow[]): Table => ({ title: '按单位', header: ['单位', ...countHeader], rows: rows.map((r) => [r.name, ...countCells(r)]) });
export const regionTable = (rows: GroupRow[]): Table => ({ title: '按区划', header: ['行政区划', ...countHeader], rows: rows.map((r) => [r.name, ...countCells(r)]) });

export const stageTable = (rows: StageRow[]): Table => ({
  title: '按环节',
  header: ['审核环节', '办理（次）', '通过（次）', '退回（次）', '不予通过（次）', '超期（次）', '等待时长中位数（工作日）', '等待时长90%分位（工作日）'],
  rows: rows.map((r) => [r.name, r.handled, r.approved, r.returned, r.rejected, r.overdue, dayValue(r.medianDays), dayValue(r.p90Days)]),
});

export const reasonTable = (reasons: ReasonCount[]): Table => ({
  title: '退回原因',
  header: ['序号', '退回原因（审核意见）', '次数'],
  rows: reasons.map((r, i) => [i + 1, r.reason, r.count]),
});

export const catalogTable = (rows: CatalogRow[], title = '目录完整度'): Table => ({
  title,
  header: ['单位', '已发布办事指南（件）', '一次性告知齐全（件）', '齐全率', '已过复核日期（件）', '未设复核日期（件）'],
  rows: rows.map((r) => [r.name, r.guides, r.complete, rate(r.complete, r.guides), r.pastReview, r.withoutReviewDate]),
});

export const rankingTable = (ranked: RankedUnit[]): Table => ({
  title: '单位排名',
  header: ['名次', '单位', '一次性告知齐全率', '退回（次）', '超期（次）', '已过复核日期（件）'],
  rows: ranked.map((r) => [r.rank, r.name, r.completeRate === undefined ? noData : rate(r.completeRate, 1), r.returned, r.overdue, r.pastReview]),
});

/** Every table of the statistics, in the order the workbook's sheets and the admin view show them. */
export function statisticsTables(stats: Statistics): Table[] {
  return [
    summaryTable(stats),
    unitTable(stats.byUnit),
    regionTable(stats.byRegion),
    stageTable(stats.byStage),
    reasonTable(stats.returnReasons),
    catalogTable(stats.catalog.byUnit),
  ];
}
