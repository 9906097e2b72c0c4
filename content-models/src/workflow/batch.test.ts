import { describe, expect, it } from 'vitest';
import { decideBatch, type BatchCase } from './batch.ts';
import { dynamicAdjustment, twoReportsTwoReviews } from './procedures.ts';
import type { WorkflowState } from './types.ts';
import { at, deepFreeze, editor, plainItem, reviewer } from './__fixtures__/cases.ts';

const inReview = (stageId: string): WorkflowState => deepFreeze({ status: 'in-review', stageId, round: 1, submittedBy: editor.id });
const reviewCase = (key: string, state = inReview('review')): BatchCase => ({ key, procedure: dynamicAdjustment, state, subject: plainItem });

describe('decideBatch (批量审核)', () => {
  it('applies the decision to every case when all accept it', () => {
    const result = decideBatch([reviewCase('a'), reviewCase('b')], reviewer, { decision: 'approve', opinion: '同意' }, at(1));
    if (!result.ok) throw new Error(JSON.stringify(result.failures));
    expect(result.results.map((r) => [r.key, r.state.stageId, r.record.decision, r.record.opinion])).toEqual([
      ['a', 'approval', 'approve', '同意'],
      ['b', 'approval', 'approve', '同意'],
    ]);
  });

  it('applies nothing when any case refuses, and reports every refusal', () => {
    const cases = [
      reviewCase('ok'),
      reviewCase('closed', deepFreeze({ status: 'approved', round: 1 })),
      { key: 'needs-disposition', procedure: twoReportsTwoReviews, state: inReview('first-review'), subject: plainItem },
    ];
    expect(decideBatch(cases, reviewer, { decision: 'approve' }, at(1))).toEqual({
      ok: false,
      failures: [
        { key: 'closed', code: 'case-closed', reason: expect.stringContaining('该事项已办结') },
        { key: 'needs-disposition', code: 'disposition-required', reason: expect.stringContaining('须选择处置意见') },
      ],
    });
  });

  it('refuses an empty batch in Chinese', () => {
    expect(decideBatch([], reviewer, { decision: 'approve' }, at(1))).toEqual({
      ok: false,
      failures: [{ key: '', code: 'empty-batch', reason: '批量审核未选择任何事项，请至少勾选一个事项' }],
    });
  });
});
