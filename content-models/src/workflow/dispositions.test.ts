import { describe, expect, it } from 'vitest';
import { twoReportsTwoReviews as procedure } from './procedures.ts';
import { decide } from './transitions.ts';
import type { Disposition } from '../vocabularies/index.ts';
import type { WorkflowState } from './types.ts';
import { at, deepFreeze, editor, plainItem, reviewer, unitHead } from './__fixtures__/cases.ts';

const inReview = (stageId: string): WorkflowState => deepFreeze({ status: 'in-review', stageId, round: 1, submittedBy: editor.id });

describe('处置意见 at a stage that records one (一审)', () => {
  it('refuses 通过 without a 处置意见 and lists the choices', () => {
    const result = decide(procedure, inReview('first-review'), plainItem, reviewer, { decision: 'approve' }, at(1));
    expect(result).toEqual({
      ok: false,
      code: 'disposition-required',
      reason:
        '「一审（编办审核）」环节通过时须选择处置意见，可选：retain（保留）、cancel（取消）、merge（合并）、simplify-materials（精简材料）、delegate（下放）、transfer（转移）、government-purchase（政府购买）',
    });
  });

  it('records the 处置意见 with the decision', () => {
    const result = decide(procedure, inReview('first-review'), plainItem, reviewer, { decision: 'approve', disposition: 'delegate' }, at(1));
    expect(result).toMatchObject({ ok: true, record: { decision: 'approve', disposition: 'delegate' } });
  });

  it('lets a return go without one', () => {
    expect(decide(procedure, inReview('first-review'), plainItem, reviewer, { decision: 'return', opinion: '请补充依据' }, at(1)).ok).toBe(true);
  });

  it('refuses a code outside the vocabulary', () => {
    const input = { decision: 'approve' as const, disposition: 'abolish' as Disposition };
    const result = decide(procedure, inReview('first-review'), plainItem, reviewer, input, at(1));
    expect(result).toMatchObject({ ok: false, code: 'unknown-disposition', reason: expect.stringContaining('处置意见「abolish」不是可接受的值') });
  });
});

describe('处置意见 at a stage that does not record one', () => {
  it('refuses it at the unit head and at 二审', () => {
    expect(decide(procedure, inReview('unit-head'), plainItem, unitHead, { decision: 'approve', disposition: 'retain' }, at(0))).toMatchObject({
      ok: false,
      code: 'disposition-not-allowed',
      reason: '「单位负责人确认」环节不记录处置意见，请不要选择处置意见',
    });
    expect(decide(procedure, inReview('second-review'), plainItem, reviewer, { decision: 'approve', disposition: 'cancel' }, at(30))).toMatchObject({
      ok: false,
      code: 'disposition-not-allowed',
    });
  });
});
