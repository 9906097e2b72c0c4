import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDateTime, beijingFieldsForTest, beijingIso } from './beijing-time.ts';

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

  it('reads moments since 1992 by arithmetic exactly as Intl reads them, and earlier ones (summer time 1986–1991) through Intl', () => {
    const { fields, intlFields } = beijingFieldsForTest;
    const from = Date.UTC(1985, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    const step = Math.floor((to - from) / 20_000) + 7_919; // not a whole number of hours or days
    for (let t = from; t < to; t += step) expect(fields(t)).toEqual(intlFields(new Date(t)));
    for (const at of ['1991-12-31T15:59:59Z', '1991-12-31T16:00:00Z', '1988-07-01T12:00:00Z', '2026-12-31T16:00:00.000Z', '2027-02-28T15:59:59.999Z']) {
      expect(fields(at)).toEqual(intlFields(new Date(at)));
    }
    // Summer time is real in the fallback: 1988-07-01 12:00 UTC was 21:00 in Beijing (UTC+9).
    expect(beijingDateTime('1988-07-01T12:00:00Z')).toBe('1988年7月1日 21:00');
  });
});
