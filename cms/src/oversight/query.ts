import { monthPeriod, parsePeriod, validateRegionCode, type StatisticsPeriod } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { validId } from '../db/validId.ts';
import type { Doc, Id } from '../workflow/docs.ts';

/** What a statistics request asks for: the period, and optionally one unit and/or one region. */
export interface StatisticsQuery {
  period: StatisticsPeriod;
  unit?: Id;
  /** 行政区划代码: the units of this division and of every division below it. */
  region?: string;
}

export type QueryResult = { ok: true; query: StatisticsQuery } | { ok: false; message: string };

const single = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const present = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * ?from=2026-11-01&to=2026-12-01 (Beijing days, `to` excluded) or ?month=2026-11, with optional
 * &unit=<单位编号>&region=<区划代码> (the request's query, or the admin view's search parameters). Every refusal names the parameter, the value and what is accepted.
 */
export async function readStatisticsQuery(req: PayloadRequest, params: unknown = req.query): Promise<QueryResult> {
  const q = (params ?? {}) as Doc;
  const [month, from, to, unit, region] = ['month', 'from', 'to', 'unit', 'region'].map((key) => single(q[key]));
  let period;
  if (present(month)) {
    if (present(from) || present(to)) return { ok: false, message: '请只用一种方式指定统计区间：月份（month）或起止日期（from、to）。' };
    period = monthPeriod(month);
  } else if (present(from) || present(to)) {
    period = parsePeriod(from, to);
  } else {
    return { ok: false, message: '请指定统计区间：month=YYYY-MM（如 2026-11），或 from=YYYY-MM-DD&to=YYYY-MM-DD（北京时间，不含截止日）。' };
  }
  if (!period.ok) return { ok: false, message: period.reason };
  const query: StatisticsQuery = { period: period.period };
  if (present(unit)) {
    const id = validId(req.payload, unit);
    const found = id === undefined ? undefined : await req.payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true, req, disableErrors: true });
    if (!found) return { ok: false, message: `单位（unit）“${String(unit)}”不存在，请填写系统中的单位编号。` };
    query.unit = id;
  }
  if (present(region)) {
    const code = String(region).trim();
    const check = validateRegionCode(code);
    if (!check.ok) return { ok: false, message: `区划（region）：${check.message}` };
    const found = await req.payload.find({ collection: 'regions', where: { code: { equals: code } }, depth: 0, limit: 1, overrideAccess: true, req });
    if (found.docs.length === 0) return { ok: false, message: `系统中没有区划代码为“${code}”的行政区划。` };
    query.region = code;
  }
  return { ok: true, query };
}
