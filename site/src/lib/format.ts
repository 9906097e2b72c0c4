import { beijingDate, beijingDateTime, dayKinds, type DayKind } from '@catalog/content-models';

/**
 * Chinese dates and units, as the public reads them. Every date on the site goes through here and
 * is Beijing time (content-models/time, the one formatter of the project): a page never mixes UTC
 * and Beijing time.
 */

/** 「2026年11月30日」: a calendar date as it is, a moment by its Beijing day. */
export function chineseDate(isoDateOrMoment: string): string {
  return beijingDate(isoDateOrMoment);
}

/** 「2026年11月30日 22:41」 in Beijing time; a plain calendar date stays date-only. */
export function chineseDateTime(isoDateOrMoment: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDateOrMoment) ? beijingDate(isoDateOrMoment) : beijingDateTime(isoDateOrMoment);
}

/** A moment as ISO 8601 in Beijing time, for exports a program reads. */
export { beijingIso } from '@catalog/content-models';

/** What the public page says where a core element (一次性告知) was never filled in. */
export const NOT_PUBLISHED = '未公布，请咨询';

/** 「20 个工作日」, 「30 个自然日」, 0 as 即办. Absent kind means working days, as guides write them. */
export function dayCount(days: number | undefined, kind?: DayKind): string | undefined {
  if (days === undefined) return undefined;
  return days === 0 ? '即办（当场办结）' : `${days} 个${dayKinds.label(kind ?? 'working')}`;
}

/** Process steps and special procedures are counted in working days. */
export function workingDays(days: number | undefined): string | undefined {
  return dayCount(days, 'working');
}

export function visitsText(visits: number | undefined): string | undefined {
  if (visits === undefined) return undefined;
  return visits === 0 ? '不用跑（全程网办）' : `最多跑${visits}次`;
}

export function yesNo(value: boolean | undefined): string | undefined {
  return value === undefined ? undefined : value ? '是' : '否';
}

export function fileSize(bytes: number | undefined): string | undefined {
  if (bytes === undefined) return undefined;
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
