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

  it('states the day kinds and compares calendar statutory limits conservatively', () => {
    // 20 working days take at least 26 calendar days: certainly over a 20-day calendar limit.
    expect(timeLimitsRule.check(guideWith((g) => { g.statutoryDayKind = 'calendar'; g.promisedDays = 20; }))).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'promisedDays',
        message: '承诺办结时限 20 个工作日（至少 26 个自然日）超过法定办结时限 20 个自然日：承诺时限应不超过法定时限',
      }),
    ]);
    // 15 working days take at least 19 calendar days: within 20.
    expect(timeLimitsRule.check(guideWith((g) => { g.statutoryDayKind = 'calendar'; g.promisedDays = 15; }))).toEqual([]);
    expect(timeLimitsRule.check(guideWith((g) => { g.statutoryDayKind = 'calendar'; g.promisedDayKind = 'calendar'; g.promisedDays = 21; }))).toEqual([
      expect.objectContaining({ severity: 'error', message: '承诺办结时限 21 个自然日超过法定办结时限 20 个自然日：承诺时限应不超过法定时限' }),
    ]);
  });

  it('only warns when calendar promises meet working-day statutory limits, as the span is unknown', () => {
    expect(timeLimitsRule.check(guideWith((g) => { g.promisedDayKind = 'calendar'; g.promisedDays = 20; }))).toEqual([]);
    expect(timeLimitsRule.check(guideWith((g) => { g.promisedDayKind = 'calendar'; g.promisedDays = 25; }))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'promisedDayKind', message: expect.stringContaining('两者计算单位不同') }),
    ]);
  });

  it('warns about a per-case limit over the statutory one', () => {
    expect(timeLimitsRule.check(guideWith((g) => (g.caseTimeLimits = [{ case: '遗失补证', days: 5 }])))).toEqual([]);
    expect(timeLimitsRule.check(guideWith((g) => (g.caseTimeLimits = [{ case: '需现场核查的', days: 30 }])))).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'caseTimeLimits.0.days',
        message: expect.stringContaining('情形“需现场核查的”的办结时限 30 个工作日超过法定办结时限 20 个工作日'),
      }),
    ]);
    expect(timeLimitsRule.check(guideWith((g) => (g.caseTimeLimits = [{ case: '延续', days: 25, dayKind: 'calendar' }])))).toEqual([
      expect.objectContaining({ path: 'caseTimeLimits.0.days', message: expect.stringContaining('多于法定办结时限') }),
    ]);
  });
});
