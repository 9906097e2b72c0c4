import { describe, expect, it } from 'vitest';
import { availableActions, nextActors } from './actions.ts';
import { consultationWindow, consultationWindowFor, isConsultationStage } from './consultation.ts';
import { dynamicAdjustment, twoReportsTwoReviews as procedure } from './procedures.ts';
import { decide, submit, withdraw } from './transitions.ts';
import type { Action, Actor, WorkflowState } from './types.ts';
import {
  approver,
  at,
  CaseFile,
  colleague,
  editor,
  financeReviewer,
  housingSupervisor,
  legalReviewer,
  plainItem,
  priceReviewer,
  reviewer,
  soeHead,
  soeItem,
  transportSupervisor,
  unitHead,
} from './__fixtures__/cases.ts';

const cast: Actor[] = [editor, colleague, unitHead, soeHead, reviewer, priceReviewer, financeReviewer, legalReviewer, transportSupervisor, approver];
const inReview = (stageId: string): WorkflowState => ({ status: 'in-review', stageId, round: 1, submittedBy: editor.id, stageEnteredAt: at(0).toISOString() });
const labels = (actions: Action[]) => actions.map((a) => `${a.kind}:${a.label}`);

describe('availableActions', () => {
  it('offers 提交审核 on a draft to the unit’s editors only', () => {
    const draft: WorkflowState = { status: 'draft', round: 1 };
    expect(availableActions(procedure, draft, plainItem, editor)).toEqual([{ kind: 'submit', label: '提交审核', stageId: 'draft' }]);
    expect(availableActions(procedure, draft, plainItem, reviewer)).toEqual([]);
    expect(availableActions(procedure, draft, soeItem, editor)).toEqual([]);
  });

  it('offers 重新提交 on a returned case', () => {
    expect(labels(availableActions(procedure, { status: 'returned', stageId: 'first-review', round: 1 }, plainItem, editor))).toEqual([
      'submit:重新提交',
    ]);
  });

  it('offers the unit head 确认上报 and 退回修改, and the submitter only 撤回', () => {
    expect(labels(availableActions(procedure, inReview('unit-head'), plainItem, unitHead))).toEqual(['confirm:确认上报', 'decide:退回修改']);
    expect(labels(availableActions(procedure, inReview('unit-head'), plainItem, editor))).toEqual(['withdraw:撤回']);
  });

  it('offers the lead reviewer all three decisions', () => {
    expect(availableActions(procedure, inReview('first-review'), plainItem, reviewer)).toEqual([
      { kind: 'decide', decision: 'approve', label: '通过', stageId: 'first-review', requiresDisposition: true },
      { kind: 'decide', decision: 'return', label: '退回修改', stageId: 'first-review' },
      { kind: 'decide', decision: 'reject', label: '不予通过', stageId: 'first-review' },
    ]);
  });

  it('hides 通过 while the public consultation is open, when told the time and the holidays', () => {
    // Entered Monday 2 March: five working days run to the end of Monday 9 March.
    const state = inReview('second-review');
    expect(labels(availableActions(procedure, state, plainItem, reviewer, at(7)))).toEqual(['decide:退回修改', 'decide:不予通过']);
    expect(labels(availableActions(procedure, state, plainItem, reviewer, at(8)))).toContain('decide:通过');
    const dayOff = { holidays: ['2026-03-04'], workdays: [] };
    expect(labels(availableActions(procedure, state, plainItem, reviewer, at(8), dayOff))).not.toContain('decide:通过');
  });

  it('offers the unit’s editors 提交 and 撤回 at a report stage (二报), and reviewers nothing', () => {
    expect(availableActions(procedure, inReview('second-report'), plainItem, colleague)).toEqual([
      { kind: 'submit', label: '提交（二报（单位按一审意见修改后报送））', stageId: 'second-report' },
      { kind: 'withdraw', label: '撤回', stageId: 'second-report' },
    ]);
    for (const actor of [reviewer, unitHead, approver, soeHead]) expect(availableActions(procedure, inReview('second-report'), plainItem, actor)).toEqual([]);
  });

  it('offers nothing on a closed case', () => {
    for (const actor of cast) expect(availableActions(procedure, { status: 'approved', round: 2 }, plainItem, actor)).toEqual([]);
  });

  it('offers exactly what the transitions accept', () => {
    const states = ['unit-head', 'first-review', 'price', 'finance', 'legal', 'second-review', 'approval'].map(inReview);
    for (const state of states) {
      for (const actor of cast) {
        const offered = availableActions(procedure, state, plainItem, actor, at(30));
        for (const decision of ['approve', 'return', 'reject'] as const) {
          const disposition = offered.some((a) => a.decision === decision && a.requiresDisposition) ? 'retain' : undefined;
          const result = decide(procedure, state, plainItem, actor, { decision, opinion: '意见', disposition }, at(30));
          expect(result.ok, `${actor.id} ${decision} at ${state.stageId}`).toBe(offered.some((a) => a.decision === decision));
        }
        expect(withdraw(procedure, state, plainItem, actor, at(30)).ok).toBe(offered.some((a) => a.kind === 'withdraw'));
      }
    }
  });
});

describe('withdraw', () => {
  it('takes the case back to the unit, which resubmits in the same round', () => {
    const file = new CaseFile().apply(submit(procedure, { status: 'draft', round: 1 }, plainItem, editor, at(0)));
    file.apply(decide(procedure, file.state, plainItem, unitHead, { decision: 'approve' }, at(0)));
    file.apply(withdraw(procedure, file.state, plainItem, colleague, at(1)));
    expect(file.state).toEqual({ status: 'withdrawn', round: 1, submittedBy: editor.id, submittedAt: at(0).toISOString() });
    expect(file.records.at(-1)).toMatchObject({ stageId: 'first-review', decision: 'withdraw', actorId: colleague.id });
    file.apply(submit(procedure, file.state, plainItem, editor, at(2)));
    expect(file.state).toMatchObject({ status: 'in-review', stageId: 'unit-head', round: 1 });
  });
});

describe('nextActors', () => {
  it('names the drafting unit while the case is with it', () => {
    expect(nextActors(procedure, { status: 'returned', stageId: 'first-review', round: 1 }, plainItem)).toMatchObject({
      stage: { id: 'draft' },
      roles: ['editor'],
      unitId: plainItem.unitId,
    });
  });

  it('names the current stage’s roles, and the supervising unit for SOE review', () => {
    const lead = nextActors(procedure, inReview('first-review'), plainItem);
    expect(lead).toMatchObject({ stage: { id: 'first-review' }, roles: ['reviewer'] });
    expect(lead && 'unitId' in lead).toBe(false);
    expect(nextActors(dynamicAdjustment, inReview('supervisor'), soeItem)).toMatchObject({
      roles: ['supervisor-reviewer'],
      unitId: housingSupervisor.unitId,
    });
  });

  it('names the unit’s editors at a report stage', () => {
    expect(nextActors(procedure, inReview('second-report'), plainItem)).toMatchObject({
      stage: { id: 'second-report' },
      roles: ['editor'],
      unitId: plainItem.unitId,
    });
  });

  it('names nobody on a closed case', () => {
    expect(nextActors(procedure, { status: 'rejected', stageId: 'approval', round: 1 }, plainItem)).toBeUndefined();
  });
});

describe('consultation window', () => {
  const secondReview = procedure.stages.find((s) => s.id === 'second-review')!;

  it('opens when the stage is entered and closes at the end of the last working day, Beijing time', () => {
    expect(isConsultationStage(secondReview)).toBe(true);
    expect(consultationWindow(secondReview, '2026-03-02T01:00:00.000Z')).toEqual({
      opensAt: '2026-03-02T01:00:00.000Z',
      closesAt: '2026-03-09T16:00:00.000Z', // 00:00 Beijing, Tuesday 10 March
    });
    expect(consultationWindow(secondReview, '2026-03-02T01:00:00.000Z', { holidays: ['2026-03-09'], workdays: [] })?.closesAt).toBe(
      '2026-03-10T16:00:00.000Z',
    );
  });

  it('has no window for 0 days, nor once the consultation was held in an earlier round', () => {
    expect(consultationWindow({ ...secondReview, consultation: { days: 0, dayKind: 'working' } }, at(0))).toBeUndefined();
    expect(consultationWindowFor(secondReview, inReview('second-review'))).toEqual(consultationWindow(secondReview, at(0)));
    expect(consultationWindowFor(secondReview, { ...inReview('second-review'), consulted: ['second-review'] })).toBeUndefined();
  });

  it('has no window on a stage without consultation', () => {
    const stage = procedure.stages[2];
    if (stage === undefined) throw new Error('no stage');
    expect(isConsultationStage(stage)).toBe(false);
    expect(consultationWindow(stage, at(0))).toBeUndefined();
  });
});
