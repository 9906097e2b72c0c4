import type { Guide, Material } from '../guide/guide-schema.ts';
import { normalisedMaterialName } from '../quality/rules/duplicate-materials.ts';
import { isDemandedFromApplicant } from '../quality/rules/material.ts';
import { copyUnits, dayKinds, materialForms, materialNecessities, onlineDepths } from '../vocabularies/index.ts';
import { ordinaryFeeYuan } from './fee-amount.ts';

/**
 * 标准化 comparison: the implementations of one 基本编码 side by side, one row per element a citizen
 * weighs (materials, time limits, visits, fees, online depth, 即办), so that differences between
 * regions show and the best practice can be copied (同一事项、同一标准).
 *
 * - A cell the guide does not state is unknown: shown as 「未填写」, never compared, never best.
 * - A row **differs** when its known cells hold more than one value.
 * - The **best** cells of a row are those with the lowest rank (fewest materials, shortest promised
 *   limit, fewest visits, lowest fee, deepest online handling, 即办), marked only when some known
 *   cell ranks worse: a row where everyone is equal has no winner. Values that cannot be ranked
 *   against the others (a calendar-day limit beside working days, a fee without a plain amount)
 *   are never best.
 */

export const UNKNOWN_TEXT = '未填写';

/** One implementation (实施清单) of the compared 基本编码. */
export interface ComparedPlace {
  implementationCode: string;
  regionCode: string;
  regionName: string;
  unitName: string;
}

/**
 * A column: the implementations whose every compared cell is the same share one, so a 基本编码
 * that 1,000 villages implement alike is one column, not 1,000 (and the page stays light).
 */
export interface ComparedColumn {
  places: ComparedPlace[];
}

export interface ComparedCell {
  /** What the page shows. */
  text: string;
  known: boolean;
  best: boolean;
  /** Identity of the value: equal keys are the same value. Undefined when unknown. */
  key?: string;
  /** Lower is better; undefined when this value cannot be ranked against the row's others. */
  rank?: number;
}

export type RowKind = 'summary' | 'material';

export interface ComparedRow {
  /** Stable identity, e.g. `promisedDays` or `material:身份证`. */
  id: string;
  label: string;
  kind: RowKind;
  cells: ComparedCell[];
  differs: boolean;
}

export interface Comparison {
  basicCode: string;
  name: string;
  columns: ComparedColumn[];
  rows: ComparedRow[];
  /** How far the implementations diverge (see divergenceScore). */
  divergence: number;
}

type CellValue = { text: string; key: string; rank?: number } | undefined;

export function compareImplementations(guides: readonly Guide[]): Comparison {
  const sorted = [...guides].sort((a, b) => a.region.code.localeCompare(b.region.code) || a.unit.name.localeCompare(b.unit.name, 'zh-CN') || a.implementationCode.localeCompare(b.implementationCode));
  const specs: RowSpec[] = [
    { id: 'materialCount', label: '申请材料（项）', kind: 'summary', values: sorted.map(materialCount) },
    ...materialRows(sorted),
    { id: 'statutoryDays', label: '法定办结时限', kind: 'summary', values: rankedIfSameKind(sorted.map((g) => days(g.statutoryDays, g.statutoryDayKind, false))), rankable: false },
    { id: 'promisedDays', label: '承诺办结时限', kind: 'summary', values: rankedIfSameKind(sorted.map((g) => days(g.promisedDays, g.promisedDayKind, true))) },
    { id: 'instant', label: '即办', kind: 'summary', values: sorted.map(instant) },
    { id: 'visits', label: '到办事现场次数', kind: 'summary', values: sorted.map((g) => (g.visits === undefined ? undefined : { text: `${g.visits}次`, key: String(g.visits), rank: g.visits })) },
    { id: 'fee', label: '收费', kind: 'summary', values: sorted.map(fee) },
    { id: 'onlineDepth', label: '网上办理深度', kind: 'summary', values: sorted.map(onlineDepth) },
  ];
  // Divergence counts places (each implementation), the table shows each distinct variant once.
  const divergence = divergenceScore(specs.map((spec) => row(spec.id, spec.label, spec.kind, spec.values, spec.rankable)));
  const groups = new Map<string, number[]>();
  sorted.forEach((_, i) => {
    const signature = JSON.stringify(specs.map((spec) => spec.values[i]?.key ?? null));
    const members = groups.get(signature);
    if (members) members.push(i);
    else groups.set(signature, [i]);
  });
  const columns = [...groups.values()];
  const first = sorted[0];
  return {
    basicCode: first?.basicCode ?? '',
    name: first?.name ?? '',
    columns: columns.map((members) => ({
      places: members.map((i) => sorted[i]!).map((g) => ({ implementationCode: g.implementationCode, regionCode: g.region.code, regionName: g.region.name, unitName: g.unit.name })),
    })),
    rows: specs.map((spec) => row(spec.id, spec.label, spec.kind, columns.map((members) => spec.values[members[0]!]), spec.rankable)),
    divergence,
  };
}

interface RowSpec {
  id: string;
  label: string;
  kind: RowKind;
  values: CellValue[];
  rankable?: boolean;
}

/**
 * Divergence of a comparison, for ranking 基本编码 by how much their implementations differ:
 * the sum over rows of (k − m) / (k − 1), where k is the number of known cells of the row and m
 * the number holding its most common value. A row counts 0 when everyone agrees (or fewer than two
 * state it) and 1 when every known cell differs from every other; each material is a row of its
 * own, so a material some regions demand and others do not weighs as much as a different time
 * limit. Rounded to two decimals.
 */
export function divergenceScore(rows: readonly ComparedRow[]): number {
  let score = 0;
  for (const r of rows) {
    const counts = new Map<string, number>();
    for (const cell of r.cells) if (cell.key !== undefined) counts.set(cell.key, (counts.get(cell.key) ?? 0) + 1);
    const known = [...counts.values()].reduce((a, b) => a + b, 0);
    if (known < 2) continue;
    score += (known - Math.max(...counts.values())) / (known - 1);
  }
  return Math.round(score * 100) / 100;
}

function row(id: string, label: string, kind: RowKind, values: CellValue[], rankable = true): ComparedRow {
  const cells: ComparedCell[] = values.map((v) => (v ? { text: v.text, known: true, best: false, key: v.key, rank: rankable ? v.rank : undefined } : { text: UNKNOWN_TEXT, known: false, best: false }));
  const differs = new Set(cells.filter((c) => c.known).map((c) => c.key)).size > 1;
  const ranks = cells.map((c) => c.rank).filter((r): r is number => r !== undefined);
  if (differs && ranks.length >= 2) {
    const min = Math.min(...ranks);
    if (Math.max(...ranks) > min) for (const c of cells) c.best = c.rank === min;
  }
  return { id, label, kind, cells, differs };
}

/** A guide that lists no material has not said what it needs: unknown, not "none". */
function demanded(guide: Guide): Material[] | undefined {
  if (guide.materials.length === 0) return undefined;
  return guide.materials.filter(isDemandedFromApplicant);
}

function materialCount(guide: Guide): CellValue {
  const list = demanded(guide);
  return list && { text: `${list.length}项`, key: String(list.length), rank: list.length };
}

function materialRows(guides: readonly Guide[]): RowSpec[] {
  const byName = new Map<string, { label: string; order: number; perGuide: (Material | undefined)[] }>();
  guides.forEach((guide, g) => {
    for (const material of demanded(guide) ?? []) {
      const key = normalisedMaterialName(material.name);
      let entry = byName.get(key);
      if (!entry) byName.set(key, (entry = { label: material.name.trim(), order: byName.size, perGuide: guides.map(() => undefined) }));
      entry.perGuide[g] ??= material;
    }
  });
  return [...byName.entries()]
    .map(([key, entry]) => ({ key, entry, holders: entry.perGuide.filter(Boolean).length }))
    .sort((a, b) => b.holders - a.holders || a.entry.order - b.entry.order)
    .map(({ key, entry }) => ({
      id: `material:${key}`,
      label: entry.label,
      kind: 'material' as const,
      rankable: false,
      values: guides.map((guide, g): CellValue => {
        if (!demanded(guide)) return undefined;
        const material = entry.perGuide[g];
        return material ? { text: materialText(material), key: `需要 ${materialText(material)}` } : { text: '不需要', key: '不需要' };
      }),
    }));
}

/** 「需要：原件、复印件 各1份（容缺）」: forms, copies and a necessity other than 必需, as stated. */
function materialText(material: Material): string {
  const forms = material.forms.map((f) => materialForms.label(f)).join('、');
  const copies = material.copies === undefined ? '' : `${material.forms.length > 1 ? ' 各' : ' '}${material.copies}${copyUnits.label(material.copyUnit ?? 'set')}`;
  const necessity = material.necessity === 'required' ? '' : `（${materialNecessities.label(material.necessity)}）`;
  const what = `${forms}${copies}`.trim();
  return `需要${what ? `：${what}` : ''}${necessity}`;
}

type DaysValue = (CellValue & { kind: string }) | undefined;

function days(value: number | undefined, kind: string | undefined, instantIfZero: boolean): DaysValue {
  if (value === undefined) return undefined;
  const dayKind = kind ?? 'working';
  const text = value === 0 && instantIfZero ? '即办' : `${value}个${dayKinds.label(dayKind as 'working')}`;
  return { text, key: `${value} ${dayKind}`, rank: value, kind: dayKind };
}

/** Working and calendar days cannot be ranked against each other: only a row of one kind is ranked. */
function rankedIfSameKind(values: DaysValue[]): CellValue[] {
  const kinds = new Set(values.filter(Boolean).map((v) => v!.kind));
  return values.map((v) => v && { text: v.text, key: v.key, rank: kinds.size === 1 ? v.rank : undefined });
}

function instant(guide: Guide): CellValue {
  if (guide.caseType === 'instant' || guide.promisedDays === 0) return { text: '是（即办件）', key: 'yes', rank: 0 };
  if (guide.caseType === 'promised' || (guide.promisedDays ?? 0) > 0) return { text: '否（承诺件）', key: 'no', rank: 1 };
  return undefined;
}

function fee(guide: Guide): CellValue {
  if (guide.charged === false) return { text: '不收费', key: '0', rank: 0 };
  if (guide.charged !== true) return undefined;
  const amount = guide.fees.length ? ordinaryFeeYuan(guide.fees) : undefined;
  if (amount === undefined || amount === 0) return { text: '收费（标准见办事指南）', key: `charged ${guide.fees.map((f) => f.standard ?? '').join('|')}` };
  return { text: `收费 ${amount}元`, key: String(amount), rank: amount };
}

/** The deepest stage of 1–7 handled online (8 其他 says nothing about depth). */
function onlineDepth(guide: Guide): CellValue {
  if (guide.onlineDepths.length === 0) return undefined;
  const depth = Math.max(0, ...guide.onlineDepths.map(Number).filter((n) => n >= 1 && n <= 7));
  if (depth === 0) return { text: onlineDepths.label('8'), key: 'other' };
  return { text: `网上可办至「${onlineDepths.label(String(depth) as '1')}」`, key: String(depth), rank: -depth };
}
