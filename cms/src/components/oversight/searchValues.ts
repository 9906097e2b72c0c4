import { beijingDay } from '@catalog/content-models';

const single = (value: unknown) => (Array.isArray(value) ? String(value[0] ?? '') : typeof value === 'string' ? value : '');

/**
 * The filters of the admin's statistics pages from their search parameters. The form sends the
 * month and the days together: days given win; nothing given is the current month (Beijing).
 */
export function searchValues(searchParams: unknown): Record<'month' | 'from' | 'to' | 'unit' | 'region', string> {
  const search = (searchParams ?? {}) as Record<string, unknown>;
  const [from, to] = [single(search.from), single(search.to)];
  const month = from || to ? '' : single(search.month) || beijingDay(new Date()).slice(0, 7);
  return { month, from, to, unit: single(search.unit), region: single(search.region) };
}

/** Only the filters given: what the API and the statistics query read. */
export const givenValues = (values: Record<string, string>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
