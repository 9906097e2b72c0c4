import { describe, expect, it } from 'vitest';
import { twoReportsTwoReviews as procedure } from './procedures.ts';
import { decide, submit, withdraw } from './transitions.ts';
import type { Actor, TransitionResult, WorkflowState } from './types.ts';
import {
  at,
  colleague,
  deepFreeze,
  editor,
  housingSupervisor,
  legalReviewer,
  plainItem,
  reviewer,
  soeHead,
  soeItem,
  transportSupervisor,
  unitHead,
} from './__fixtures__/cases.ts';

const inReview = (stageId: string, extra: Partial<WorkflowState> = {}): WorkflowState =>
  deepFreeze({ status: 'in-review', stageId, round: 1, submittedBy: editor.id, submittedAt: at(0).toISOString(), ...extra });
const draft: WorkflowState = deepFreeze({ status: 'draft', round: 1 });
const subject = deepFreeze({ ...plainItem });

function refused(result: TransitionResult): { code: string; reason: string } {
  if (result.ok) throw new Error(`expected a refusal, got state ${JSON.stringify(result.state)}`);
  return { code: result.code, reason: result.reason };
}

describe('wrong role (角色不符)', () => {
  it('refuses a specialist acting at the lead review stage and names both role sets', () => {
    const r = refused(decide(procedure, inReview('first-review'), subject, legalReviewer, { decision: 'approve' }, at(1)));
    expect(r.code).toBe('wrong-role');
    expect(r.reason).toContain('角色不符');
    expect(r.reason).toContain('审核员（编办/审改办）');
    expect(r.reason).toContain('专项审核（法制办·合法性）');
  });

  it('refuses a reviewer submitting a unit’s draft', () => {
    expect(refused(submit(procedure, draft, subject, reviewer, at(0))).code).toBe('wrong-role');
  });
});

describe('wrong unit', () => {
  it('refuses an editor submitting another unit’s case', () => {
    const outsider: Actor = { id: 'editor-qian', roles: ['editor'], unitId: 'unit-education' };
    const r = refused(submit(procedure, draft, subject, outsider, at(0)));
    expect(r.code).toBe('wrong-unit');
    expect(r.reason).toContain(plainItem.unitId);
  });

  it('refuses a unit head confirming another unit’s case', () => {
    expect(refused(decide(procedure, inReview('unit-head'), subject, soeHead, { decision: 'approve' }, at(0))).code).toBe('wrong-unit');
  });

  it('refuses a supervisor-reviewer on a unit it does not supervise', () => {
    const r = refused(decide(procedure, inReview('supervisor'), soeItem, transportSupervisor, { decision: 'approve' }, at(1)));
    expect(r.code).toBe('wrong-unit');
    expect(r.reason).toContain(soeItem.supervisorUnitId);
  });

  it('refuses every supervisor when the SOE has no supervisor on record, and says so', () => {
    const orphan = { ...soeItem, supervisorUnitId: undefined };
    const r = refused(decide(procedure, inReview('supervisor'), orphan, housingSupervisor, { decision: 'approve' }, at(1)));
    expect(r.code).toBe('wrong-unit');
    expect(r.reason).toContain('未登记主管部门');
  });
});

describe('own submission (不得审核本人提交的事项)', () => {
  it('refuses a head confirming what they submitted themselves', () => {
    const headWhoDrafts: Actor = { id: 'head-chen', roles: ['editor', 'unit-head'], unitId: plainItem.unitId };
    const state = inReview('unit-head', { submittedBy: headWhoDrafts.id });
    const r = refused(decide(procedure, state, subject, headWhoDrafts, { decision: 'approve' }, at(0)));
    expect(r).toEqual({ code: 'own-submission', reason: expect.stringContaining('不得审核本人提交的事项') });
  });

  it('refuses a reviewer deciding on an item they created', () => {
    const ownItem = { ...plainItem, createdBy: reviewer.id };
    expect(refused(decide(procedure, inReview('first-review'), ownItem, reviewer, { decision: 'approve' }, at(1))).code).toBe('own-submission');
  });
});

describe('opinion required', () => {
  it('refuses 退回修改 without an opinion', () => {
    const r = refused(decide(procedure, inReview('first-review'), subject, reviewer, { decision: 'return' }, at(1)));
    expect(r.code).toBe('opinion-required');
    expect(r.reason).toContain('退回修改须填写审核意见');
  });

  it('refuses 不予通过 with a blank opinion', () => {
    const r = refused(decide(procedure, inReview('first-review'), subject, reviewer, { decision: 'reject', opinion: '  \n ' }, at(1)));
    expect(r.code).toBe('opinion-required');
    expect(r.reason).toContain('不予通过须填写审核意见');
  });
});

describe('out of order', () => {
  it('refuses deciding on a draft and on a returned case', () => {
    expect(refused(decide(procedure, draft, subject, reviewer, { decision: 'approve' }, at(1)))).toEqual({
      code: 'not-in-review',
      reason: '该事项当前状态为「草稿」，不在审核中，不能作出审核决定',
    });
    const returned = deepFreeze({ status: 'returned', stageId: 'first-review', round: 1 } as const);
    expect(refused(decide(procedure, returned, subject, reviewer, { decision: 'approve' }, at(1))).code).toBe('not-in-review');
  });

  it('refuses deciding on, or resubmitting, an approved or rejected case', () => {
    const approved = deepFreeze({ status: 'approved', round: 1 } as const);
    const rejected = deepFreeze({ status: 'rejected', stageId: 'first-review', round: 1 } as const);
    expect(refused(decide(procedure, approved, subject, reviewer, { decision: 'approve' }, at(1))).code).toBe('case-closed');
    expect(refused(submit(procedure, approved, subject, editor, at(1))).code).toBe('case-closed');
    expect(refused(submit(procedure, rejected, subject, editor, at(1))).code).toBe('case-closed');
  });

  it('refuses submitting twice', () => {
    const r = refused(submit(procedure, inReview('first-review'), subject, colleague, at(1)));
    expect(r.code).toBe('already-submitted');
    expect(r.reason).toContain('一审（编办审核）');
  });

  it('refuses a decision meant for a stage the case has left', () => {
    const r = refused(decide(procedure, inReview('second-review'), subject, reviewer, { decision: 'approve', stageId: 'first-review' }, at(30)));
    expect(r.code).toBe('stage-not-current');
    expect(r.reason).toContain('操作针对环节「一审（编办审核）」，但该事项当前处于「二审（征求意见后审核）」环节');
  });

  it('refuses a state naming a stage the procedure does not have', () => {
    expect(refused(decide(procedure, inReview('expert-review'), subject, reviewer, { decision: 'approve' }, at(1))).code).toBe('unknown-stage');
  });

  it('refuses withdrawing a case that is not under review', () => {
    expect(refused(withdraw(procedure, draft, subject, editor, at(1))).code).toBe('not-in-review');
  });
});

describe('decision not allowed at this stage', () => {
  it('refuses 不予通过 by the unit head and by a specialist', () => {
    expect(refused(decide(procedure, inReview('unit-head'), subject, unitHead, { decision: 'reject', opinion: '不报' }, at(0))).code).toBe(
      'decision-not-allowed',
    );
    const legal = { ...plainItem, hasNormativeDocuments: true };
    const r = refused(decide(procedure, inReview('legal'), legal, legalReviewer, { decision: 'reject', opinion: '违法' }, at(1)));
    expect(r.code).toBe('decision-not-allowed');
    expect(r.reason).toContain('可选：通过、退回修改');
  });
});
