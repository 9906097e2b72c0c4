/**
 * A statistics period [from, to) of whole Beijing days: `from` and `to` are 'YYYY-MM-DD' and mean
 * 00:00 Beijing of those days, so 2026-11-01 … 2026-12-01 is November as a person in China reads it.
 */
export interface StatisticsPeriod {
  from: string; // 'YYYY-MM-DD', first day included
  to: string; // 'YYYY-MM-DD', first day not included
  fromInstant: string; // UTC ISO of 00:00 Beijing on `from`
  toInstant: string;
}

export type StatisticsPeriodResult = { ok: true; period: StatisticsPeriod } | { ok: false; reason: string };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^(\d{4})-(\d{2})$/;
// Long enough for a yearly review, short enough that one request cannot ask for decades of records.
const MAX_DAYS = 366 * 2;
const DAY_MS = 24 * 60 * 60 * 1000;

function validDay(value: string): boolean {
  if (!isoDay.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const midnightBeijing = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();

/** The period from two query values, refused in Chinese with the value at fault and what is accepted. */
export function parsePeriod(from: unknown, to: unknown): StatisticsPeriodResult {
  if (typeof from !== 'string' || !validDay(from)) return { ok: false, reason: `统计起始日期“${String(from ?? '')}”格式不正确，应为 YYYY-MM-DD，如 2026-11-01` };
  if (typeof to !== 'string' || !validDay(to)) return { ok: false, reason: `统计截止日期“${String(to ?? '')}”格式不正确，应为 YYYY-MM-DD，如 2026-12-01（不含当日）` };
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS;
  if (days <= 0) return { ok: false, reason: `统计截止日期 ${to} 应晚于起始日期 ${from}` };
  if (days > MAX_DAYS) return { ok: false, reason: `统计区间为 ${days} 天，最长 ${MAX_DAYS} 天，请缩短区间` };
  return { ok: true, period: { from, to, fromInstant: midnightBeijing(from), toInstant: midnightBeijing(to) } };
}

/** A calendar month 'YYYY-MM' as a period (the 月度通报's). */
export function monthPeriod(month: unknown): StatisticsPeriodResult {
  const match = typeof month === 'string' ? isoMonth.exec(month) : null;
  const year = Number(match?.[1]);
  const number = Number(match?.[2]);
  if (!match || number < 1 || number > 12) return { ok: false, reason: `通报月份“${String(month ?? '')}”格式不正确，应为 YYYY-MM，如 2026-11` };
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  return parsePeriod(`${match[0]}-01`, `${next}-01`);
}

/** Whether an instant lies in the period. */
export function inPeriod(period: StatisticsPeriod, at: string | undefined): boolean {
  if (at === undefined) return false;
  const time = Date.parse(at);
  return time >= Date.parse(period.fromInstant) && time < Date.parse(period.toInstant);
}

/** 「2026年11月1日至2026年11月30日」: the period's days as a person reads them (the last day included). */
export function periodLabel(period: StatisticsPeriod): string {
  const lastDay = new Date(Date.parse(`${period.to}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
  const label = (day: string) => {
    const [y, m, d] = day.split('-').map(Number);
    return `${y}年${m}月${d}日`;
  };
  return `${label(period.from)}至${label(lastDay)}`;
}

/** 「2026年11月」 for a period that is exactly one calendar month, else the days. */
export function monthLabel(period: StatisticsPeriod): string {
  const [year, month] = period.from.split('-').map(Number);
  const whole = monthPeriod(period.from.slice(0, 7));
  if (period.from.endsWith('-01') && whole.ok && whole.period.to === period.to) return `${year}年${month}月`;
  return periodLabel(period);
}
