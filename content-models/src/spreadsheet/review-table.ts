import type { GuideDraft } from '../guide/guide-schema.ts';
import type { DayKind } from '../vocabularies/index.ts';
import { dayKinds, handlingForms, itemTypes } from '../vocabularies/index.ts';
import { neutraliseCell } from './cells.ts';

/**
 * The printable per-unit review table (审核表) for the paper review rounds (一审/二审): one table per
 * unit, one row per item, with the elements reviewers check and empty 审核意见 and 签字 cells to
 * fill in by hand. Deliberately not the import layout: it is read on paper, not re-imported.
 */
export interface ReviewTable {
  unitName: string;
  title: string;
  headers: string[];
  /** Column widths in characters, for an A4 landscape page. */
  widths: number[];
  rows: string[][];
}

/** 5 工作日, 30 自然日; blank as a dash (not stated), never a guessed number. */
function timeLimit(days: number | undefined, kind: DayKind | undefined): string {
  return days === undefined ? '—' : `${days} ${dayKinds.label(kind ?? 'working')}`;
}

/** 是否收费 has three states: a blank is 未说明, never 不收费. */
function fees(guide: GuideDraft): string {
  if (guide.charged === undefined) return '未说明是否收费';
  if (!guide.charged) return '不收费';
  return (guide.fees ?? []).map((f) => `${f.name}${f.applicableCase ? `（${f.applicableCase}）` : ''}：${f.standard ?? '未填标准'}`).join('\n') || '收费（未填项目）';
}

const columns: readonly { header: string; width: number; value: (guide: GuideDraft, index: number) => string }[] = [
  { header: '序号', width: 5, value: (_guide, index) => String(index + 1) },
  { header: '事项名称', width: 18, value: (g) => g.name ?? '' },
  { header: '实施编码', width: 17, value: (g) => g.implementationCode ?? '' },
  { header: '事项类型', width: 9, value: (g) => (g.itemType ? itemTypes.label(g.itemType) : '') },
  { header: '设定依据', width: 22, value: (g) => (g.legalBasis ?? []).map((b) => `《${b.instrument}》${b.article ?? ''}`).join('\n') },
  { header: '申请材料', width: 22, value: (g) => (g.materials ?? []).map((m, i) => `${i + 1}. ${m.name}`).join('\n') },
  { header: '时限（法定/承诺）', width: 10, value: (g) => `${timeLimit(g.statutoryDays, g.statutoryDayKind)} / ${timeLimit(g.promisedDays, g.promisedDayKind)}` },
  { header: '收费', width: 12, value: fees },
  { header: '办理形式', width: 10, value: (g) => (g.handlingForms ?? []).map((f) => handlingForms.label(f)).join('、') },
  { header: '到现场次数', width: 6, value: (g) => (g.visits === undefined ? '' : String(g.visits)) },
  { header: '审核意见', width: 24, value: () => '' },
  { header: '审核人签字', width: 9, value: () => '' },
];

/** Groups guides by implementing unit (in first-seen order) and lays out one table per unit. */
export function reviewTables(guides: Iterable<GuideDraft>, round = '审核'): ReviewTable[] {
  const byUnit = new Map<string, GuideDraft[]>();
  for (const guide of guides) {
    const unitName = guide.unit?.name ?? '未指定实施主体';
    const list = byUnit.get(unitName) ?? [];
    list.push(guide);
    byUnit.set(unitName, list);
  }
  return [...byUnit].map(([unitName, list]) => ({
    unitName,
    title: `${unitName}公共服务事项${round}表（共 ${list.length} 项）`,
    headers: columns.map((c) => c.header),
    widths: columns.map((c) => c.width),
    rows: list.map((guide, index) => columns.map((c) => neutraliseCell(c.value(guide, index)))),
  }));
}
