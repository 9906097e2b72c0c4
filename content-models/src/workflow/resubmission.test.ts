import { describe, expect, it } from 'vitest';
import { contactUpdate, twoReportsTwoReviews } from './procedures.ts';
import { decide, submit, withdraw } from './transitions.ts';
import type { Procedure, Stage, WorkflowState } from './types.ts';
import { approver, at, CaseFile, colleague, deepFreeze, editor, feeItem, plainItem, reviewer, unitHead } from './__fixtures__/cases.ts';

/** A plain item of 两报两审 at 二审, entered on day `entered`, one round through 一审 and 二报 behind it. */
function atSecondReview(entered: number): CaseFile {
  const file = new CaseFile();
  file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(0)));
  file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'approve' }, at(0)));
  file.apply(decide(twoReportsTwoReviews, file.state, plainItem, reviewer, { decision: 'approve', disposition: 'retain' }, at(1)));
  file.apply(submit(twoReportsTwoReviews, file.state, plainItem, colleague, at(entered)));
  expect(file.state.stageId).toBe('second-review');
  return file;
}

describe('a case returned by a review stage continues there after the unit confirms again', () => {
  it('resumes a 二审 return at 二审, without repeating 一审 or the consultation already held', () => {
    const file = atSecondReview(2); // consultation closes at midnight Beijing, 12 March (at(10))
    file.apply(decide(twoReportsTwoReviews, deepFreeze(file.state), plainItem, reviewer, { decision: 'return', opinion: '请按征求意见修改材料' }, at(10)));
    expect(file.state).toMatchObject({ status: 'returned', stageId: 'second-review', round: 1, consulted: ['second-review'] });

    file.apply(submit(twoReportsTwoReviews, deepFreeze(file.state), plainItem, editor, at(11)));
    expect(file.state).toMatchObject({ status: 'in-review', stageId: 'unit-head', round: 2, resumeStageId: 'second-review' });
    file.apply(decide(twoReportsTwoReviews, deepFreeze(file.state), plainItem, unitHead, { decision: 'approve' }, at(11, 10)));
    expect(file.state).toMatchObject({ stageId: 'second-review', stageEnteredAt: at(11, 10).toISOString() });
    expect(file.state.resumeStageId).toBeUndefined();

    // Held in full in round 1: approval on the same day as the resumption.
    file.apply(decide(twoReportsTwoReviews, deepFreeze(file.state), plainItem, reviewer, { decision: 'approve' }, at(11, 15)));
    file.apply(decide(twoReportsTwoReviews, deepFreeze(file.state), plainItem, approver, { decision: 'approve' }, at(12)));
    expect(file.state.status).toBe('approved');
    expect(file.records.map((r) => `${r.stageId}:${r.decision}:${r.round}`)).toEqual([
      'draft:submit:1',
      'unit-head:confirm:1',
      'first-review:approve:1',
      'second-report:submit:1',
      'second-review:return:1',
      'draft:submit:2',
      'unit-head:confirm:2',
      'second-review:approve:2',
      'approval:approve:2',
    ]);
  });

  it('repeats the consultation when 二审 returned the case before the window closed', () => {
    const file = atSecondReview(2);
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, reviewer, { decision: 'return', opinion: '材料有误，先改正再征求意见' }, at(3)));
    expect(file.state.consulted).toBeUndefined();
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(4)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'approve' }, at(4)));
    expect(file.state).toMatchObject({ stageId: 'second-review', stageEnteredAt: at(4).toISOString() });
    // A new window from Friday 6 March: 9, 10, 11, 12, 13 March.
    const refused = decide(twoReportsTwoReviews, file.state, plainItem, reviewer, { decision: 'approve' }, at(11));
    expect(refused).toMatchObject({ ok: false, code: 'consultation-open' });
    expect(refused.ok ? '' : refused.reason).toContain('2026年3月14日 00:00');
  });

  it('resumes a 一审 return at 一审 and then goes on to 二报 as planned', () => {
    const file = new CaseFile();
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(0)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'approve' }, at(0)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, reviewer, { decision: 'return', opinion: '受理条件表述不清', disposition: 'simplify-materials' }, at(1)));
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(2)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'approve' }, at(2)));
    expect(file.state).toMatchObject({ stageId: 'first-review', round: 2 });
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, reviewer, { decision: 'approve', disposition: 'retain' }, at(3)));
    expect(file.state).toMatchObject({ stageId: 'second-report', round: 2 });
  });

  it('restarts at the first review stage when the procedure says resubmitTo first-review', () => {
    const procedure: Procedure = deepFreeze({ ...structuredClone(twoReportsTwoReviews), resubmitTo: 'first-review' });
    const returned: WorkflowState = deepFreeze({ status: 'returned', stageId: 'second-review', round: 1, submittedBy: editor.id });
    const file = new CaseFile();
    file.apply(submit(procedure, returned, plainItem, editor, at(5)));
    expect(file.state.resumeStageId).toBeUndefined();
    file.apply(decide(procedure, file.state, plainItem, unitHead, { decision: 'approve' }, at(5)));
    expect(file.state).toMatchObject({ stageId: 'first-review', round: 2 });
  });

  it('resumes at the next applicable stage when the returning stage no longer applies', () => {
    // 发改委 returned a fee item; the unit removed the fee, so 发改委 and 财政局 no longer apply.
    const returned: WorkflowState = { status: 'returned', stageId: 'price', round: 1, submittedBy: editor.id };
    const file = new CaseFile();
    file.apply(submit(twoReportsTwoReviews, returned, plainItem, editor, at(5)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'approve' }, at(5)));
    expect(file.state.stageId).toBe('second-report');
    const stillCharged = new CaseFile();
    stillCharged.apply(submit(twoReportsTwoReviews, returned, feeItem, editor, at(5)));
    stillCharged.apply(decide(twoReportsTwoReviews, stillCharged.state, feeItem, unitHead, { decision: 'approve' }, at(5)));
    expect(stillCharged.state.stageId).toBe('price');
  });

  it('keeps the pending resumption through a return by the unit head and a withdrawal', () => {
    const returned: WorkflowState = { status: 'returned', stageId: 'second-review', round: 1, submittedBy: editor.id };
    const file = new CaseFile().apply(submit(twoReportsTwoReviews, returned, plainItem, editor, at(5)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'return', opinion: '再核对一遍' }, at(5)));
    expect(file.state).toMatchObject({ status: 'returned', stageId: 'unit-head', round: 2, resumeStageId: 'second-review' });
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(6)));
    expect(file.state).toMatchObject({ stageId: 'unit-head', round: 2, resumeStageId: 'second-review' });
    file.apply(withdraw(twoReportsTwoReviews, file.state, plainItem, colleague, at(6)));
    expect(file.state).toMatchObject({ status: 'withdrawn', round: 2, resumeStageId: 'second-review' });
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(7)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'approve' }, at(7)));
    expect(file.state).toMatchObject({ stageId: 'second-review', round: 2 });
  });

  it('brings a case withdrawn at 二报 back to 二报, not to 一审', () => {
    const atReport: WorkflowState = { status: 'in-review', stageId: 'second-report', round: 1, submittedBy: editor.id };
    const file = new CaseFile().apply(withdraw(twoReportsTwoReviews, atReport, plainItem, editor, at(3)));
    expect(file.state).toMatchObject({ status: 'withdrawn', resumeStageId: 'second-report' });
    file.apply(submit(twoReportsTwoReviews, file.state, plainItem, editor, at(4)));
    file.apply(decide(twoReportsTwoReviews, file.state, plainItem, unitHead, { decision: 'approve' }, at(4)));
    expect(file.state).toMatchObject({ status: 'in-review', stageId: 'second-report', round: 1 });
  });

  it('goes straight back to the returning stage when the procedure has no unit stages', () => {
    const returned: WorkflowState = { status: 'returned', stageId: 'review', round: 1, submittedBy: editor.id };
    const result = submit(contactUpdate, returned, plainItem, editor, at(1));
    expect(result).toMatchObject({ ok: true, state: { status: 'in-review', stageId: 'review', round: 2 } });
    expect(result.ok && result.state.resumeStageId).toBeUndefined();
  });

  it('still refuses a second submission at a review stage', () => {
    const inReview: WorkflowState = { status: 'in-review', stageId: 'second-review', round: 1, submittedBy: editor.id };
    expect(submit(twoReportsTwoReviews, inReview, plainItem, editor, at(3))).toMatchObject({ ok: false, code: 'already-submitted' });
  });

  it('has the unit head confirm a 二报 where the procedure puts a unit stage after the report stage', () => {
    const headAfterReport: Stage = { id: 'second-head', name: '单位负责人确认二报', roles: ['unit-head'], decisions: ['approve', 'return'], scope: 'own-unit' };
    const procedure: Procedure = structuredClone(twoReportsTwoReviews);
    procedure.stages.splice(9, 0, headAfterReport);
    const atReport: WorkflowState = { status: 'in-review', stageId: 'second-report', round: 1, submittedBy: editor.id };
    const file = new CaseFile().apply(submit(procedure, atReport, plainItem, colleague, at(3)));
    expect(file.state).toMatchObject({ stageId: 'second-head', round: 1 });
    file.apply(decide(procedure, file.state, plainItem, unitHead, { decision: 'approve' }, at(3)));
    expect(file.records.at(-1)?.decision).toBe('confirm');
    expect(file.state.stageId).toBe('second-review');
  });
});
