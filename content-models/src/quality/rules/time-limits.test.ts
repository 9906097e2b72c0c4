import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { timeLimitsRule } from './time-limits.ts';

describe('time-limits rule', () => {
  it('passes a promise within the statutory limit, equality included', () => {
    expect(timeLimitsRule.check(completeGuide)).toEqual([]);
    expect(timeLimitsRule.check(guideWith((g) => (g.promisedDays = 20)))).toEqual([]);
  });

  it('refuses a promise longer than the statutory limit', () => {
    expect(timeLimitsRule.check(guideWith((g) => (g.promisedDays = 21)))).toEqual([
      {
        rule: 'time-limits',
        severity: 'error',
        path: 'promisedDays',
        message: '承诺办结时限 21 个工作日超过法定办结时限 20 个工作日：承诺时限应不超过法定时限',
      },
    ]);
  });

  it('warns about a missing statutory limit unless the note explains it', () => {
    expect(timeLimitsRule.check(guideWith((g) => (g.statutoryDays = undefined)))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'statutoryDays' }),
    ]);
    const explained = guideWith((g) => {
      g.statutoryDays = undefined;
      g.timeLimitNote = '无法定时限';
    });
    expect(timeLimitsRule.check(explained)).toEqual([]);
  });

  it('warns when the process steps add up to more than the promise', () => {
    expect(timeLimitsRule.check(guideWith((g) => (g.process[1]!.days = 4)))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'process', message: expect.stringContaining('合计 6 个工作日，超过承诺办结时限 5 个工作日') }),
    ]);
  });
});
