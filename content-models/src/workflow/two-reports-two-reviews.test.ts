import { describe, expect, it } from 'vitest';
import { availableActions } from './actions.ts';
import { applicableStages } from './conditions.ts';
import { contactUpdate, dynamicAdjustment, jointReview, threeUpsThreeDowns, twoReportsTwoReviews } from './procedures.ts';
import { decide, submit } from './transitions.ts';
import type { Actor, Procedure, WorkflowSubject } from './types.ts';
import {
  approver,
  at,
  CaseFile,
  colleague,
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
 * Submits and then lets whoever the engine offers 通过/确认 approve each stage (with a 处置意见 where
 * asked), and the drafter submit at report stages, a month apart so consultation windows are over.
 * Returns the ids of the stages the case went through.
 */
function walkToApproval(procedure: Procedure, subject: WorkflowSubject, drafter: Actor): string[] {
  const file = new CaseFile().apply(submit(procedure, { status: 'draft', round: 1 }, subject, drafter, at(0)));
  const visited: string[] = [];
  for (let day = 30; file.state.status === 'in-review'; day += 30) {
    visited.push(file.state.stageId ?? '');
    if (availableActions(procedure, file.state, subject, drafter).some((a) => a.kind === 'submit')) {
      file.apply(submit(procedure, file.state, subject, drafter, at(day)));
      continue;
    }
    const actor = everyone.find((a) => availableActions(procedure, file.state, subject, a).some((x) => x.decision === 'approve'));
    if (actor === undefined) throw new Error(`nobody may approve at ${file.state.stageId}`);
    const approve = availableActions(procedure, file.state, subject, actor).find((x) => x.decision === 'approve');
    const disposition = approve?.requiresDisposition ? 'retain' : undefined;
    file.apply(decide(procedure, file.state, subject, actor, { decision: 'approve', disposition }, at(day)));
  }
  expect(file.state.status).toBe('approved');
  return visited;
}

describe('两报两审: 一报 → 一审 → 二报 → 二审 with consultation → 审定', () => {
  it('runs the planned 二报 as a submission in the same round, then consults the public before 二审', () => {
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
    file.apply(decide(procedure, deepFreeze(file.state), subject, reviewer, { decision: 'approve', opinion: '保留，精简表述', disposition: 'retain' }, at(1)));
    // Not charged, no normative documents, a government department: every specialist is skipped.
    expect(file.state).toMatchObject({ status: 'in-review', stageId: 'second-report', round: 1 });

    // 二报 by a colleague of the same unit: same round, the case moves on to 二审.
    file.apply(submit(procedure, deepFreeze(file.state), subject, colleague, at(2)));
    expect(file.state).toMatchObject({ status: 'in-review', stageId: 'second-review', round: 1, submittedBy: colleague.id, stageEnteredAt: at(2).toISOString() });

    // Entered Wednesday 4 March: five working days (5, 6, 9, 10, 11 March) end at midnight Beijing on the 12th.
    const early = decide(procedure, deepFreeze(file.state), subject, reviewer, { decision: 'approve' }, at(9));
    expect(early).toMatchObject({ ok: false, code: 'consultation-open' });
    // The refusal names the end in Beijing time, never as a raw UTC timestamp.
    expect(early.ok ? '' : early.reason).toContain('征求意见期至 2026年3月12日 00:00（北京时间）结束');

    file.apply(decide(procedure, deepFreeze(file.state), subject, reviewer, { decision: 'approve', opinion: '征求意见无异议' }, at(10)));
    expect(file.state).toMatchObject({ stageId: 'approval', consulted: ['second-review'] });
    file.apply(decide(procedure, deepFreeze(file.state), subject, approver, { decision: 'approve' }, at(11)));
    expect(file.state).toEqual({
      status: 'approved',
      round: 1,
      submittedBy: colleague.id,
      submittedAt: at(2).toISOString(),
      consulted: ['second-review'],
    });

    expect(file.records.map((r) => [r.stageId, r.decision, r.round, r.actorId])).toEqual([
      ['draft', 'submit', 1, editor.id],
      ['unit-head', 'confirm', 1, unitHead.id],
      ['first-review', 'approve', 1, reviewer.id],
      ['second-report', 'submit', 1, colleague.id],
      ['second-review', 'approve', 1, reviewer.id],
      ['approval', 'approve', 1, approver.id],
    ]);
    expect(file.records[2]).toMatchObject({ stageName: '一审（编办审核）', opinion: '保留，精简表述', disposition: 'retain', at: at(1).toISOString() });
    expect(file.records[3]).toMatchObject({ stageName: '二报（单位按一审意见修改后报送）' });
  });

  it('refuses a 二报 from another unit, and a reviewer deciding at the report stage', () => {
    const state = deepFreeze({ status: 'in-review', stageId: 'second-report', round: 1, submittedBy: editor.id } as const);
    expect(submit(twoReportsTwoReviews, state, plainItem, soeEditor, at(2))).toMatchObject({ ok: false, code: 'wrong-unit' });
    expect(submit(twoReportsTwoReviews, state, plainItem, reviewer, at(2))).toMatchObject({ ok: false, code: 'wrong-role' });
    expect(decide(twoReportsTwoReviews, state, plainItem, reviewer, { decision: 'approve' }, at(2))).toMatchObject({ ok: false, code: 'wrong-role' });
  });

  it('keeps the round when the unit head returns the case: nothing reached the reviewers', () => {
    const file = new CaseFile()
      .apply(submit(twoReportsTwoReviews, { status: 'draft', round: 1 }, plainItem, editor, at(0)))
      .apply(decide(twoReportsTwoReviews, { status: 'in-review', stageId: 'unit-head', round: 1, submittedBy: editor.id }, plainItem, unitHead, { decision: 'return', opinion: '请补充收费说明' }, at(0)));
    expect(file.state).toMatchObject({ status: 'returned', stageId: 'unit-head', round: 1 });
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(1)));
    expect(file.state).toMatchObject({ stageId: 'unit-head', round: 1 });
    expect(file.state.resumeStageId).toBeUndefined();
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
      'second-report',
      'second-review',
      'approval',
    ]);
  });

  it('skips 发改委 and 财政局 for an item without fees', () => {
    expect(walkToApproval(twoReportsTwoReviews, plainItem, editor)).toEqual(['unit-head', 'first-review', 'second-report', 'second-review', 'approval']);
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
    const needsService = applicableStages(dynamicAdjustment, { ...plainItem, requiresIntermediaryService: true }).map((s) => s.id);
    expect(needsService).toContain('intermediary');
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

  it('runs 三上三下 through two report stages, and the simple procedure through 编办 alone', () => {
    expect(walkToApproval(threeUpsThreeDowns, plainItem, editor)).toEqual([
      'unit-head',
      'first-review',
      'second-report',
      'second-review',
      'third-report',
      'approval',
    ]);
    expect(walkToApproval(contactUpdate, plainItem, editor)).toEqual(['review']);
  });
});
