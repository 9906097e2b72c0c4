import { describe, expect, it } from 'vitest';
import { checkGuideKind, defaultGuideKind, planGuideSubmission } from './guide-submission.ts';

describe('planGuideSubmission', () => {
  it('creates a case when none is open', () => {
    expect(planGuideSubmission([])).toEqual({ action: 'create' });
    expect(planGuideSubmission([{ id: 1, state: 'approved' }, { id: 2, state: 'rejected' }])).toEqual({ action: 'create' });
  });

  it('continues the case under review before any other', () => {
    expect(planGuideSubmission([{ id: 3, state: 'draft' }, { id: 4, state: 'in-review' }])).toEqual({ action: 'continue', caseId: 4, inReview: true });
  });

  it('resubmits the newest draft, returned or withdrawn case instead of filing another', () => {
    expect(planGuideSubmission([{ id: 5, state: 'approved' }, { id: 6, state: 'returned' }, { id: 7, state: 'draft' }])).toEqual({ action: 'continue', caseId: 6, inReview: false });
    expect(planGuideSubmission([{ id: 8, state: 'withdrawn' }])).toEqual({ action: 'continue', caseId: 8, inReview: false });
  });
});

describe('guide kinds', () => {
  it('defaults to 新增 before the first publication and 指南调整 after', () => {
    expect(defaultGuideKind(false)).toBe('add');
    expect(defaultGuideKind(true)).toBe('guide');
  });

  it('proposes 变更 when the diff touches the catalog item, 指南调整 when only the guide changed', () => {
    expect(defaultGuideKind(true, ['promisedDays', 'materials[abc]', 'unit.name'])).toBe('guide');
    expect(defaultGuideKind(true, ['promisedDays', 'legalBasis[《社会保险法》|第八条]'])).toBe('change');
    expect(defaultGuideKind(true, ['name'])).toBe('change');
    expect(defaultGuideKind(false, ['name'])).toBe('add');
  });

  it('refuses kinds that do not fit, in Chinese', () => {
    expect(checkGuideKind('add', true)).toMatch(/已经发布/);
    expect(checkGuideKind('guide', false)).toMatch(/尚未发布.*指南调整/);
    expect(checkGuideKind('publish', true)).toMatch(/无效.*add（新增）/);
    expect(checkGuideKind('guide', true)).toBeUndefined();
    expect(checkGuideKind('cancel', true)).toBeUndefined();
    expect(checkGuideKind('add', false)).toBeUndefined();
  });
});
