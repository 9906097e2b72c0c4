import type { DayKind } from '../vocabularies/index.ts';

export type { DayKind } from '../vocabularies/index.ts';

/**
 * The official calendar of non-standard days, published each year by the State Council:
 * `holidays` are weekdays off (法定节假日), `workdays` are weekend days worked (调休上班).
 * Dates are 'YYYY-MM-DD', Beijing days.
 */
export interface HolidayCalendar {
  holidays: string[];
  workdays: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact for any
// date this system handles, and cheaper than Intl for the day-by-day walks below.
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
// A calendar that declares years of holidays in a row is a data error, not a period to wait out.
const MAX_SKIPPED_DAYS = 3 * 366;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function dayNumber(date: string): number {
  if (!isoDay.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new RangeError(`日期“${date}”格式不正确，应为 YYYY-MM-DD，如 2026-10-01`);
  }
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' of an instant in Beijing time; a plain date string is that day itself. */
export function beijingDay(date: Date | string | number): string {
  if (typeof date === 'string' && isoDay.test(date)) return date;
  const instant = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`不是有效的时间：${String(date)}`);
  return new Date(instant.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

function workingDayTest(calendar: HolidayCalendar): (day: number) => boolean {
  const holidays = new Set(calendar.holidays);
  const workdays = new Set(calendar.workdays);
  return (day) => {
    const date = dayString(day);
    if (workdays.has(date)) return true;
    if (holidays.has(date)) return false;
    const weekday = new Date(day * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  };
}

/** Whether a Beijing day is worked: Monday to Friday unless a holiday, or a 调休 weekend day. */
export function isWorkingDay(date: string, calendar: HolidayCalendar): boolean {
  return workingDayTest(calendar)(dayNumber(date));
}

/**
 * The end of a period of `days` working or calendar days starting at `start`, as a UTC ISO string.
 * As in Chinese legal periods (期间开始之日不计算在内) the starting day is not counted, and the
 * period runs to the end of its last day in Beijing (00:00 Beijing of the following day).
 * `days` = 0 is no period at all: `start` itself.
 */
export function addDays(start: Date | string, days: number, kind: DayKind, calendar: HolidayCalendar): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`天数应为不小于 0 的整数，收到 ${String(days)}`);
  const startInstant = new Date(start);
  if (Number.isNaN(startInstant.getTime())) throw new RangeError(`不是有效的时间：${String(start)}`);
  if (days === 0) return startInstant.toISOString();
  const counts = kind === 'calendar' ? () => true : workingDayTest(calendar);
  let day = dayNumber(beijingDay(startInstant));
  let counted = 0;
  let skipped = 0;
  while (counted < days) {
    day += 1;
    if (counts(day)) {
      counted += 1;
      skipped = 0;
    } else if (++skipped > MAX_SKIPPED_DAYS) {
      throw new RangeError(`节假日安排有误：自 ${dayString(day - skipped + 1)} 起连续三年没有工作日，请检查节假日设置`);
    }
  }
  return new Date((day + 1) * DAY_MS - BEIJING_OFFSET_MS).toISOString();
}

/**
 * Working days elapsed from `start` to `end`, counted as `addDays` counts a period: the starting
 * day is not counted, the day of `end` is. A step taken the day it arrived took 0 days; one that
 * arrived on Friday and was taken on Monday took 1. So a stage with a limit of n working days
 * (entered without consultation) was handled in time exactly when this is at most n.
 */
export function workingDaysBetween(start: Date | string, end: Date | string, calendar: HolidayCalendar): number {
  const first = dayNumber(beijingDay(new Date(start)));
  const last = dayNumber(beijingDay(new Date(end)));
  const counts = workingDayTest(calendar);
  let worked = 0;
  for (let day = first + 1; day <= last; day += 1) if (counts(day)) worked += 1;
  return worked;
}
