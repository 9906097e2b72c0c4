import { describe, expect, it } from 'vitest';
import { addDays, beijingDay, isWorkingDay, workingDaysBetween, type HolidayCalendar } from './working-days.ts';

const none: HolidayCalendar = { holidays: [], workdays: [] };
/** National Day week in the style of the State Council notice: Oct 1–7 off, Sep 20 (Sun) and Oct 10 (Sat) worked. */
const nationalDay2026: HolidayCalendar = {
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
  workdays: ['2026-09-20', '2026-10-10'],
};
/** 00:00 Beijing of `date` as the UTC ISO string addDays returns. */
const midnightBeijing = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

describe('isWorkingDay', () => {
  it('works Monday to Friday, rests at weekends', () => {
    expect(isWorkingDay('2026-03-06', none)).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07', none)).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08', none)).toBe(false); // Sunday
  });

  it('rests on a weekday holiday and works on a 调休 weekend day', () => {
    expect(isWorkingDay('2026-10-05', nationalDay2026)).toBe(false); // Monday, holiday
    expect(isWorkingDay('2026-10-10', nationalDay2026)).toBe(true); // Saturday, worked
    expect(isWorkingDay('2026-09-20', nationalDay2026)).toBe(true); // Sunday, worked
  });

  it('refuses a date that is not YYYY-MM-DD, in Chinese', () => {
    expect(() => isWorkingDay('2026/10/01', none)).toThrow('应为 YYYY-MM-DD');
  });
});

describe('addDays', () => {
  it('skips the National Day holidays and counts the 调休 Saturday', () => {
    // Wed 30 Sep: Oct 1–7 are off, then Thu 8, Fri 9, Sat 10 (worked) are the three working days.
    expect(addDays('2026-09-30T02:00:00Z', 3, 'working', nationalDay2026)).toBe(midnightBeijing('2026-10-11'));
  });

  it('does not count the starting day and skips a weekend', () => {
    // Friday 09:00 → Monday and Tuesday; the period ends at the end of Tuesday, Beijing time.
    expect(addDays(new Date('2026-03-06T09:00:00+08:00'), 2, 'working', none)).toBe(midnightBeijing('2026-03-11'));
    expect(midnightBeijing('2026-03-11')).toBe('2026-03-10T16:00:00.000Z');
  });

  it('counts every day in calendar days, weekends and holidays included', () => {
    expect(addDays('2026-03-02T01:00:00.000Z', 7, 'calendar', none)).toBe(midnightBeijing('2026-03-10'));
    expect(addDays('2026-09-30T02:00:00Z', 3, 'calendar', nationalDay2026)).toBe(midnightBeijing('2026-10-04'));
  });

  it('returns the start itself for 0 days', () => {
    expect(addDays('2026-03-06T09:17:00+08:00', 0, 'working', none)).toBe('2026-03-06T01:17:00.000Z');
  });

  it('starts from the Beijing day of an instant late in the UTC day', () => {
    // Sunday 17:00 UTC is already Monday 01:00 in Beijing: one working day is Tuesday, not Monday.
    expect(beijingDay('2026-03-08T17:00:00Z')).toBe('2026-03-09');
    expect(addDays('2026-03-08T17:00:00Z', 1, 'working', none)).toBe(midnightBeijing('2026-03-11'));
  });

  it('refuses negative days and a calendar without working days', () => {
    expect(() => addDays('2026-03-02', -1, 'working', none)).toThrow('不小于 0 的整数');
    const everyDayOff: HolidayCalendar = { holidays: [], workdays: [] };
    for (let day = 0; day < 4 * 366; day += 1) everyDayOff.holidays.push(new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10));
    expect(() => addDays('2026-01-01', 1, 'working', everyDayOff)).toThrow('连续三年没有工作日');
  });
});

describe('workingDaysBetween', () => {
  it('counts as addDays does: not the starting day, the last day yes, no weekends or holidays', () => {
    expect(workingDaysBetween('2026-03-06T01:00:00Z', '2026-03-06T08:00:00Z', none)).toBe(0); // same Friday
    expect(workingDaysBetween(new Date('2026-03-06T09:00:00+08:00'), new Date('2026-03-09T10:00:00+08:00'), none)).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2026-09-30T02:00:00Z', '2026-10-10T03:00:00Z', nationalDay2026)).toBe(3); // Oct 8, 9 and the 调休 Saturday
  });

  it('agrees with addDays: the end of the period is n working days after the start', () => {
    const start = '2026-09-29T02:00:00Z';
    const end = addDays(start, 4, 'working', nationalDay2026);
    expect(workingDaysBetween(start, new Date(Date.parse(end) - 1), nationalDay2026)).toBe(4);
  });

  it('is 0 when the end lies before the start', () => {
    expect(workingDaysBetween('2026-03-09T02:00:00Z', '2026-03-06T02:00:00Z', none)).toBe(0);
  });
});
