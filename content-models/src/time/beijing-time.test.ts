import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDateTime, beijingIso } from './beijing-time.ts';

describe('Beijing time', () => {
  it('writes a moment in Asia/Shanghai as 2026年11月30日 22:41', () => {
    expect(beijingDateTime('2026-11-30T14:41:09.000Z')).toBe('2026年11月30日 22:41');
    expect(beijingDateTime(new Date('2026-01-05T01:02:00+08:00'))).toBe('2026年1月5日 01:02');
  });

  it('moves an instant late in the UTC day to the next Beijing day', () => {
    expect(beijingDateTime('2026-12-07T22:49:46.274Z')).toBe('2026年12月8日 06:49');
    expect(beijingDate('2026-12-31T16:30:00Z')).toBe('2027年1月1日');
  });

  it('adds seconds for audit logs and writes ISO with +08:00 for exports', () => {
    expect(beijingDateTime('2026-11-30T14:41:09.000Z', { seconds: true })).toBe('2026年11月30日 22:41:09');
    expect(beijingIso('2026-11-30T22:41:09.000Z')).toBe('2026-12-01T06:41:09+08:00');
  });

  it('keeps a calendar date as that day', () => {
    expect(beijingDate('2026-11-30')).toBe('2026年11月30日');
  });

  it('refuses what is not a time instead of printing "Invalid Date"', () => {
    expect(() => beijingDateTime('soon')).toThrow('不是有效的时间');
  });
});
