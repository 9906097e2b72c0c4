const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * 复核日期 of a guide published at `publishedAt`: the same Beijing calendar day `months` later
 * (the last day of a shorter month: 1月31日 + 1 → 2月28日), as the instant 00:00 Beijing of that day.
 */
export function reviewDateAfter(publishedAt: Date | string, months: number): string {
  const beijing = new Date(new Date(publishedAt).getTime() + BEIJING_OFFSET_MS);
  const year = beijing.getUTCFullYear();
  const month = beijing.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(beijing.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day) - BEIJING_OFFSET_MS).toISOString();
}
