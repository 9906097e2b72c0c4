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

/** 新增 for a guide never published, 指南调整 (the everyday case) for one already public. */
export function defaultGuideKind(published: boolean): AdjustmentKind {
  return published ? 'guide' : 'add';
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
