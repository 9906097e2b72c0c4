import { describe, expect, it } from 'vitest';
import { availableActions } from './actions.ts';
import { applicableStages } from './conditions.ts';
import { dynamicAdjustment, jointReview, twoReportsTwoReviews } from './procedures.ts';
import { decide, submit } from './transitions.ts';
import type { Actor, Procedure, WorkflowSubject } from './types.ts';
import { beijingDateTime } from '../time/beijing-time.ts';
import {
  approver,
  at,
  CaseFile,
  deepFreeze,
  editor,
  feeItem,
  financeReviewer,
  housingSupervisor,
  legalReviewer,
  plainItem,
  priceReviewer,
  reviewer,
  soeEditor,
  soeHead,
  soeItem,
  transportSupervisor,
  unitHead,
} from './__fixtures__/cases.ts';

const everyone: Actor[] = [unitHead, soeHead, reviewer, priceReviewer, financeReviewer, legalReviewer, housingSupervisor, approver];

/**
 * Submits and then lets whoever the engine offers 通过/确认 to approve each stage, a month apart so
 * consultation windows are over. Returns the ids of the stages the case went through.
 */
function walkToApproval(procedure: Procedure, subject: WorkflowSubject, drafter: Actor): string[] {
  const file = new CaseFile().apply(submit(procedure, { status: 'draft', round: 1 }, subject, drafter, at(0)));
  const visited: string[] = [];
  for (let day = 30; file.state.status === 'in-review'; day += 30) {
    visited.push(file.state.stageId ?? '');
    const actor = everyone.find((a) => availableActions(procedure, file.state, subject, a).some((x) => x.decision === 'approve'));
    if (actor === undefined) throw new Error(`nobody may approve at ${file.state.stageId}`);
    file.apply(decide(procedure, file.state, subject, actor, { decision: 'approve' }, at(day)));
  }
  expect(file.state.status).toBe('approved');
  return visited;
}

describe('两报两审: the full path with one return', () => {
  it('goes 一报 → 一审 returns → 二报 → 一审 → 二审 after consultation → 审定', () => {
    const procedure = deepFreeze(structuredClone(twoReportsTwoReviews));
    const subject = deepFreeze({ ...plainItem });
    const file = new CaseFile();

    file.apply(submit(procedure, deepFreeze(file.state), subject, editor, at(0)));
    expect(file.state).toEqual({
      status: 'in-review',
      stageId: 'unit-head',
      round: 1,
      submittedBy: editor.id,
      submittedAt: at(0).toISOString(),
      stageEnteredAt: at(0).toISOString(),
    });
    file.apply(decide(procedure, deepFreeze(file.state), subject, unitHead, { decision: 'approve' }, at(0, 10)));
    expect(file.state.stageId).toBe('first-review');

    file.apply(decide(procedure, deepFreeze(file.state), subject, reviewer, { decision: 'return', opinion: '受理条件表述不清，请细化' }, at(1)));
    expect(file.state).toMatchObject({ status: 'returned', stageId: 'first-review', round: 1 });

    // 二报: the unit resubmits; its head confirms again, then the reviewers start over.
    file.apply(submit(procedure, deepFreeze(file.state), subject, editor, at(2)));
    expect(file.state).toMatchObject({ status: 'in-review', stageId: 'unit-head', round: 2 });
    file.apply(decide(procedure, deepFreeze(file.state), subject, unitHead, { decision: 'approve' }, at(2, 10)));
    file.apply(decide(procedure, deepFreeze(file.state), subject, reviewer, { decision: 'approve' }, at(3)));
    // Not charged, no normative documents, a government department: every specialist is skipped.
    expect(file.state).toMatchObject({ stageId: 'second-review', stageEnteredAt: at(3).toISOString() });

    const early = decide(procedure, deepFreeze(file.state), subject, reviewer, { decision: 'approve' }, at(9));
    expect(early).toMatchObject({ ok: false, code: 'consultation-open' });
    // The refusal names the end in Beijing time, never as a raw UTC timestamp.
    expect(early.ok ? '' : early.reason).toContain(`${beijingDateTime(at(10))}（北京时间）`);
    expect(early.ok ? '' : early.reason).not.toContain(at(10).toISOString());

    file.apply(decide(procedure, deepFreeze(file.state), subject, reviewer, { decision: 'approve', opinion: '征求意见无异议' }, at(10)));
    expect(file.state.stageId).toBe('approval');
    file.apply(decide(procedure, deepFreeze(file.state), subject, approver, { decision: 'approve' }, at(11)));
    expect(file.state).toEqual({ status: 'approved', round: 2, submittedBy: editor.id, submittedAt: at(2).toISOString() });

    expect(file.records.map((r) => [r.stageId, r.decision, r.round, r.actorId])).toEqual([
      ['draft', 'submit', 1, editor.id],
      ['unit-head', 'confirm', 1, unitHead.id],
      ['first-review', 'return', 1, reviewer.id],
      ['draft', 'submit', 2, editor.id],
      ['unit-head', 'confirm', 2, unitHead.id],
      ['first-review', 'approve', 2, reviewer.id],
      ['second-review', 'approve', 2, reviewer.id],
      ['approval', 'approve', 2, approver.id],
    ]);
    expect(file.records[2]).toMatchObject({ stageName: '一审（编办审核）', opinion: '受理条件表述不清，请细化', at: at(1).toISOString() });
    expect(file.records[6]?.opinion).toBe('征求意见无异议');
  });

  it('keeps the round when the unit head returns the case: nothing reached the reviewers', () => {
    const file = new CaseFile()
      .apply(submit(twoReportsTwoReviews, { status: 'draft', round: 1 }, plainItem, editor, at(0)))
      .apply(decide(twoReportsTwoReviews, { status: 'in-review', stageId: 'unit-head', round: 1, submittedBy: editor.id }, plainItem, unitHead, { decision: 'return', opinion: '请补充收费说明' }, at(0)));
    expect(file.state).toMatchObject({ status: 'returned', stageId: 'unit-head', round: 1 });
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(1)));
    expect(file.state).toMatchObject({ stageId: 'unit-head', round: 1 });
  });

  it('ends the case on 不予通过', () => {
    const state = { status: 'in-review', stageId: 'first-review', round: 1, submittedBy: editor.id } as const;
    const result = decide(twoReportsTwoReviews, state, plainItem, reviewer, { decision: 'reject', opinion: '无法定依据，不予纳入' }, at(1));
    expect(result).toMatchObject({ ok: true, state: { status: 'rejected', stageId: 'first-review' }, record: { decision: 'reject' } });
  });
});

describe('specialist stages follow the facts of the case', () => {
  it('sends a fee item through 发改委 and 财政局', () => {
    expect(walkToApproval(twoReportsTwoReviews, feeItem, editor)).toEqual([
      'unit-head',
      'first-review',
      'price',
      'finance',
      'second-review',
      'approval',
    ]);
  });

  it('skips 发改委 and 财政局 for an item without fees', () => {
    expect(walkToApproval(twoReportsTwoReviews, plainItem, editor)).toEqual(['unit-head', 'first-review', 'second-review', 'approval']);
  });

  it('sends an item with normative documents to 法制办', () => {
    const ids = applicableStages(twoReportsTwoReviews, { ...plainItem, hasNormativeDocuments: true }).map((s) => s.id);
    expect(ids).toContain('legal');
    expect(ids).not.toContain('price');
  });

  it('has an SOE item reviewed by its own supervisor and by no other supervisor', () => {
    expect(walkToApproval(dynamicAdjustment, soeItem, soeEditor)).toEqual(['unit-head', 'review', 'supervisor', 'approval']);
    const state = { status: 'in-review', stageId: 'supervisor', round: 1, submittedBy: soeEditor.id } as const;
    expect(availableActions(dynamicAdjustment, state, soeItem, transportSupervisor)).toEqual([]);
    expect(decide(dynamicAdjustment, state, soeItem, transportSupervisor, { decision: 'approve' }, at(5))).toMatchObject({ ok: false, code: 'wrong-unit' });
    expect(decide(dynamicAdjustment, state, soeItem, housingSupervisor, { decision: 'approve' }, at(5))).toMatchObject({
      ok: true,
      state: { stageId: 'approval' },
    });
  });

  it('sends an intermediary item to 审管办 in dynamic adjustment', () => {
    const ids = applicableStages(dynamicAdjustment, { ...plainItem, unitKind: 'intermediary' }).map((s) => s.id);
    expect(ids).toEqual(['draft', 'unit-head', 'review', 'intermediary', 'approval']);
  });

  it('runs the Qianjiang joint review through 编办, 法制办 and 行管办, adding 发改委 for fee items', () => {
    expect(applicableStages(jointReview, plainItem).map((s) => s.id)).toEqual([
      'draft',
      'unit-head',
      'joint-establishment',
      'joint-legal',
      'joint-service',
      'approval',
    ]);
    expect(applicableStages(jointReview, feeItem).map((s) => s.id)).toContain('joint-price');
  });
});
