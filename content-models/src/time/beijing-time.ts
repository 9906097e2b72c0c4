/**
 * Moments as a person in China reads them, whatever the server's or the browser's zone:
 * 「2026年11月30日 22:41」 (or 「2026年11月30日」 for a date). Every message, page, export and admin
 * view that shows a time to a person goes through here, so UTC never leaks into Chinese text.
 */
const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type Moment = Date | string | number;

/**
 * China has kept UTC+8 all year since 1992 (summer time ran 1986–1991), so later moments are
 * shifted by eight hours and read in UTC: exports format 100,000 timestamps per publication, and
 * Intl's formatToParts made that seconds. Earlier moments ask Intl, which knows the old rules.
 */
const FIXED_OFFSET_SINCE = Date.UTC(1991, 11, 31, 16); // 1992-01-01 00:00 in Beijing
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const two = (n: number | string) => String(n).padStart(2, '0');

function fields(at: Moment): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const date = at instanceof Date ? at : new Date(at);
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError(`不是有效的时间：${String(at)}`);
  if (time >= FIXED_OFFSET_SINCE) {
    const shifted = new Date(time + BEIJING_OFFSET_MS);
    return {
      year: String(shifted.getUTCFullYear()),
      month: String(shifted.getUTCMonth() + 1),
      day: String(shifted.getUTCDate()),
      hour: two(shifted.getUTCHours()),
      minute: two(shifted.getUTCMinutes()),
      second: two(shifted.getUTCSeconds()),
    };
  }
  return intlFields(date);
}

function intlFields(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const found = Object.fromEntries(parts.formatToParts(date).map((p) => [p.type, p.value]));
  return { year: found.year!, month: found.month!, day: found.day!, hour: found.hour!, minute: found.minute!, second: found.second! };
}

/** For the test that holds the fast path to Intl's answer. */
export const beijingFieldsForTest = { fields, intlFields };

/** 「2026年11月30日 22:41」 in Beijing time; with `seconds` (audit logs) 「2026年11月30日 22:41:09」. */
export function beijingDateTime(at: Moment, { seconds = false }: { seconds?: boolean } = {}): string {
  const f = fields(at);
  return `${f.year}年${f.month}月${f.day}日 ${f.hour}:${f.minute}${seconds ? `:${f.second}` : ''}`;
}

/** A moment as ISO 8601 in Beijing time (2026-12-01T06:49:46+08:00), for exports a program reads. */
export function beijingIso(at: Moment): string {
  const f = fields(at);
  return `${f.year}-${two(f.month)}-${two(f.day)}T${f.hour}:${f.minute}:${f.second}+08:00`;
}

/**
 * 「2026年11月30日」: the Beijing calendar day of a moment. A plain calendar date ('2026-11-30', as
 * effective dates are stored) is that day itself, not midnight UTC moved into another zone.
 */
export function beijingDate(at: Moment): string {
  if (typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)) {
    const [year, month, day] = at.split('-').map(Number);
    return `${year}年${month}月${day}日`;
  }
  const f = fields(at);
  return `${f.year}年${f.month}月${f.day}日`;
}
