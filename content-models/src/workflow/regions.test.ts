import { describe, expect, it } from 'vitest';
import { availableActions } from './actions.ts';
import { twoReportsTwoReviews as procedure } from './procedures.ts';
import { withinRegions } from './regions.ts';
import { decide, submit } from './transitions.ts';
import type { Actor, WorkflowState, WorkflowSubject } from './types.ts';
import { at, deepFreeze, editor, plainItem, reviewer, unitHead } from './__fixtures__/cases.ts';

const pingyangItem: WorkflowSubject = deepFreeze({ ...plainItem, regionCode: '330326' }); // 平阳县
const inReview = (stageId: string): WorkflowState => deepFreeze({ status: 'in-review', stageId, round: 1, submittedBy: editor.id });
const scoped = (actor: Actor, regionCodes: string[]): Actor => deepFreeze({ ...actor, regionCodes });

describe('withinRegions', () => {
  it('places a county within its city and province, written with or without trailing zeros', () => {
    expect(withinRegions('330326', ['330300'])).toBe(true); // 温州市
    expect(withinRegions('330326', ['3303'])).toBe(true);
    expect(withinRegions('330326', ['330000'])).toBe(true); // 浙江省
    expect(withinRegions('330326', ['330326'])).toBe(true);
    expect(withinRegions('330326000000', ['330326'])).toBe(true);
  });

  it('places a town and a village within their county, and nothing within a sibling', () => {
    expect(withinRegions('330326101000', ['330326'])).toBe(true);
    expect(withinRegions('330326101203', ['330326101000'])).toBe(true);
    expect(withinRegions('330326', ['330327'])).toBe(false); // 苍南县
    expect(withinRegions('330300', ['330326'])).toBe(false); // the city is not within one of its counties
    expect(withinRegions('330100', ['3303'])).toBe(false);
  });

  it('places an unknown or malformed code nowhere', () => {
    expect(withinRegions(undefined, ['33'])).toBe(false);
    expect(withinRegions('3303x6', ['33'])).toBe(false);
    expect(withinRegions('330326', ['abc'])).toBe(false);
  });
});

describe('reviewers limited to their 辖区', () => {
  it('refuses a reviewer outside the case’s region and names both', () => {
    const result = decide(procedure, inReview('first-review'), pingyangItem, scoped(reviewer, ['3303']), { decision: 'approve', disposition: 'retain' }, at(1));
    expect(result.ok).toBe(true);
    const outsider = scoped(reviewer, ['330100']);
    expect(decide(procedure, inReview('first-review'), pingyangItem, outsider, { decision: 'approve', disposition: 'retain' }, at(1))).toEqual({
      ok: false,
      code: 'wrong-region',
      reason: '辖区不符：「一审（编办审核）」环节只能由辖区内的审核人员办理，该事项属于区划「330326」，当前用户的辖区为：330100',
    });
    expect(availableActions(procedure, inReview('first-review'), pingyangItem, outsider)).toEqual([]);
  });

  it('refuses a scoped reviewer a case without a region, and lets an unscoped one act', () => {
    const result = decide(procedure, inReview('first-review'), plainItem, scoped(reviewer, ['3303']), { decision: 'return', opinion: '退回' }, at(1));
    expect(result).toMatchObject({ ok: false, code: 'wrong-region', reason: expect.stringContaining('该事项未登记行政区划') });
    expect(decide(procedure, inReview('first-review'), plainItem, scoped(reviewer, []), { decision: 'return', opinion: '退回' }, at(1)).ok).toBe(true);
  });

  it('ignores regions at the unit’s own stages', () => {
    expect(submit(procedure, { status: 'draft', round: 1 }, pingyangItem, scoped(editor, ['330100']), at(0)).ok).toBe(true);
    expect(decide(procedure, inReview('unit-head'), pingyangItem, scoped(unitHead, ['330100']), { decision: 'approve' }, at(0)).ok).toBe(true);
  });
});
