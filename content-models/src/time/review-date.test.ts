import { describe, expect, it } from 'vitest';
import { reviewDateAfter } from './review-date.ts';

describe('reviewDateAfter', () => {
  it('is the same Beijing day a year later, at 00:00 Beijing', () => {
    expect(reviewDateAfter('2026-12-01T03:00:00.000Z', 12)).toBe('2027-11-30T16:00:00.000Z');
  });
  it('counts from the Beijing day, not the UTC one', () => {
    // 2026-11-30 20:00 UTC is already 12月1日 in Beijing.
    expect(reviewDateAfter('2026-11-30T20:00:00.000Z', 6)).toBe('2027-05-31T16:00:00.000Z');
  });
  it('ends on the last day of a shorter month', () => {
    expect(reviewDateAfter('2027-01-31T02:00:00.000Z', 1)).toBe('2027-02-27T16:00:00.000Z');
  });
});
