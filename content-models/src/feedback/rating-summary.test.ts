import { describe, expect, it } from 'vitest';
import { goodRate, tally, tallyByItem, tallyByUnit, type RatingRecord } from './rating-summary.ts';
import { ratingProblem } from './rating-vocabulary.ts';

/** A small catalog with known counts: item A1 and A2 of unit A, item B1 of unit B. */
const ratings: RatingRecord[] = [
  ...Array.from({ length: 7 }, () => ({ implementationCode: 'A1', unitId: 'A', verdict: 'good' as const })),
  { implementationCode: 'A1', unitId: 'A', verdict: 'bad', reason: 'unclear-materials', followUp: 'done' },
  { implementationCode: 'A1', unitId: 'A', verdict: 'bad', reason: 'unclear-materials', followUp: 'in-progress' },
  { implementationCode: 'A1', unitId: 'A', verdict: 'bad', reason: 'too-slow' },
  { implementationCode: 'A2', unitId: 'A', verdict: 'bad', reason: 'too-slow', followUp: 'not-needed' },
  { implementationCode: 'A2', unitId: 'A', verdict: 'bad' },
  { implementationCode: 'B1', unitId: 'B', verdict: 'good' },
];

describe('rating aggregates', () => {
  it('counts 好评, 差评 and 好评率 per item', () => {
    const byItem = tallyByItem(ratings);
    expect([...byItem.keys()].sort()).toEqual(['A1', 'A2', 'B1']);
    expect(byItem.get('A1')).toMatchObject({ good: 7, bad: 3, total: 10, goodRate: 70 });
    expect(byItem.get('A2')).toMatchObject({ good: 0, bad: 2, total: 2, goodRate: 0 });
    expect(byItem.get('B1')).toMatchObject({ good: 1, bad: 0, total: 1, goodRate: 100 });
  });

  it('counts per unit over all its items', () => {
    const byUnit = tallyByUnit(ratings);
    expect(byUnit.get('A')).toMatchObject({ good: 7, bad: 5, total: 12, goodRate: 58.3 });
    expect(byUnit.get('B')).toMatchObject({ good: 1, bad: 0, total: 1, goodRate: 100 });
  });

  it('ranks 差评 reasons by count, ties in the vocabulary order, and leaves out reasonless ones', () => {
    expect(tallyByUnit(ratings).get('A')!.topReasons).toEqual([
      { reason: 'unclear-materials', count: 2 },
      { reason: 'too-slow', count: 2 },
    ]);
    expect(tallyByItem(ratings).get('A1')!.topReasons[0]).toEqual({ reason: 'unclear-materials', count: 2 });
  });

  it('counts 整改 states of 差评 only, a 差评 without a state as 待整改', () => {
    expect(tallyByUnit(ratings).get('A')!.followUp).toEqual({ open: 2, 'in-progress': 1, done: 1, 'not-needed': 1 });
    expect(tallyByItem(ratings).get('B1')!.followUp).toEqual({ open: 0, 'in-progress': 0, done: 0, 'not-needed': 0 });
  });

  it('leaves 好评率 unknown when nobody rated, instead of 0 %', () => {
    expect(tally([])).toMatchObject({ total: 0, goodRate: undefined });
    expect(goodRate(2, 3)).toBe(66.7);
  });
});

describe('ratingProblem', () => {
  it('accepts 好评 alone and 差评 with or without a category', () => {
    expect(ratingProblem('good', undefined)).toBeUndefined();
    expect(ratingProblem('bad', '')).toBeUndefined();
    expect(ratingProblem('bad', 'poor-attitude')).toBeUndefined();
  });

  it('refuses a reason with 好评, an unknown reason and an unknown verdict, in Chinese', () => {
    expect(ratingProblem('good', 'too-slow')).toMatch(/只有差评可以选择原因/);
    expect(ratingProblem('bad', 'rude')).toMatch(/差评原因（reason）的值“rude”无效，可接受：inaccurate-guide（办事指南不准确）/);
    expect(ratingProblem('meh', undefined)).toMatch(/评价（verdict）的值“meh”无效/);
  });
});
