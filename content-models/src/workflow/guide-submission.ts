import { adjustmentKinds, type AdjustmentKind } from '../vocabularies/index.ts';
import type { WorkflowStatus } from './types.ts';

/** A case (动态调整) already filed for the guide, newest first as the caller found them. */
export interface GuideCase {
  id: string | number;
  state: WorkflowStatus;
}

/**
 * What 「提交审核」 on a guide's own page does: a guide has at most one open case. A case under review
 * is continued (the workflow itself decides whether the unit may act on it now — e.g. 二报 — and
 * refuses otherwise); a draft, returned or withdrawn case is resubmitted rather than filed twice;
 * only when none is open is a new case created. Approved and rejected cases are history.
 */
export type GuideSubmissionPlan = { action: 'create' } | { action: 'continue'; caseId: string | number; inReview: boolean };

const reopenable: ReadonlySet<WorkflowStatus> = new Set(['draft', 'returned', 'withdrawn']);

export function planGuideSubmission(cases: readonly GuideCase[]): GuideSubmissionPlan {
  const reviewing = cases.find((c) => c.state === 'in-review');
  if (reviewing) return { action: 'continue', caseId: reviewing.id, inReview: true };
  const open = cases.find((c) => reopenable.has(c.state));
  return open ? { action: 'continue', caseId: open.id, inReview: false } : { action: 'create' };
}

/**
 * The catalog item's own elements (目录清单要素): a change to any of them is a 变更 of the item;
 * everything else belongs to the guide (实施清单 and 办事指南 elements), a 指南调整.
 */
const catalogElements: ReadonlySet<string> = new Set([
  'name', 'aliases', 'basicCode', 'itemType', 'category', 'status', 'serviceObjects', 'themes', 'levels',
  'transferableToSociety', 'hasNormativeDocuments', 'legalBasis',
]);

/** The element a diff path (content-models' diffGuides: `legalBasis[…]`, `unit.name`) belongs to. */
const elementOf = (path: string): string => path.split(/[.[]/)[0]!;

/**
 * The kind 提交审核 proposes: 新增 for a guide never published; once public, 变更 when the diff
 * touches the catalog item's elements, else 指南调整 (the everyday case).
 */
export function defaultGuideKind(published: boolean, changedPaths: readonly string[] = []): AdjustmentKind {
  if (!published) return 'add';
  return changedPaths.some((path) => catalogElements.has(elementOf(path))) ? 'change' : 'guide';
}

/** Why this kind of adjustment does not fit the guide (Chinese), or undefined when it does. */
export function checkGuideKind(kind: string, published: boolean): string | undefined {
  if (!adjustmentKinds.has(kind)) {
    return `调整类型（kind）的值“${kind}”无效，可接受：${adjustmentKinds.codes.map((c) => `${c}（${adjustmentKinds.label(c)}）`).join('、')}。`;
  }
  if (published && kind === 'add') return '该办事指南已经发布，不能按“新增”提交：请选择“指南调整”“变更”或“取消”。';
  if (!published && kind !== 'add') return `该办事指南尚未发布，只能按“新增”提交，不能按“${adjustmentKinds.label(kind as AdjustmentKind)}”提交。`;
  return undefined;
}
