/** Chinese dates and units, as the public reads them. */

const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026-11-24" or an ISO date-time → "2026年11月24日" (date-times in Beijing time). */
export function chineseDate(iso: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : ymd.format(new Date(iso));
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function workingDays(days: number | undefined): string | undefined {
  if (days === undefined) return undefined;
  return days === 0 ? '即办（当场办结）' : `${days}个工作日`;
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
