import type { Endpoint, PayloadRequest } from 'payload';
import { statisticsReader } from './access.ts';
import { areaName } from './area.ts';
import { bulletinHtml, buildBulletin } from './bulletin.ts';
import { loadStatistics } from './load.ts';
import { readStatisticsQuery, type StatisticsQuery } from './query.ts';
import { statisticsTables } from './tables.ts';
import { writeTablesWorkbook } from './workbook.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } });

function download(body: Uint8Array, fileName: string): Response {
  return new Response(body as unknown as BodyInit, { headers: { 'Content-Type': xlsxType, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`, 'Cache-Control': 'no-store' } });
}

/** The role check, then the query: every refusal in Chinese, before anything is read. */
async function guarded(req: PayloadRequest, answer: (query: StatisticsQuery) => Promise<Response>): Promise<Response> {
  const reader = statisticsReader(req.user);
  if (!reader.ok) return refuse(reader.status, reader.message);
  const parsed = await readStatisticsQuery(req);
  if (!parsed.ok) return refuse(400, parsed.message);
  return answer(parsed.query);
}

const periodName = (query: StatisticsQuery) => `${query.period.from}至${query.period.to}`;

/**
 * 监督统计 and 月度通报 (README, "Oversight statistics"), for reviewers and administrators:
 * GET /api/oversight/statistics (JSON), /statistics.xlsx, /bulletin.xlsx, /bulletin.html,
 * each with ?month=YYYY-MM or ?from=YYYY-MM-DD&to=YYYY-MM-DD, optional &unit=<编号>&region=<区划代码>.
 */
export const oversightEndpoints: Endpoint[] = [
  {
    path: '/oversight/statistics',
    method: 'get',
    handler: (req) => guarded(req, async (query) => Response.json(await loadStatistics(req, query), { headers: { 'Cache-Control': 'no-store' } })),
  },
  {
    path: '/oversight/statistics.xlsx',
    method: 'get',
    handler: (req) =>
      guarded(req, async (query) => {
        const stats = await loadStatistics(req, query);
        return download(await writeTablesWorkbook(statisticsTables(stats)), `监督统计-${periodName(query)}.xlsx`);
      }),
  },
  {
    path: '/oversight/bulletin.xlsx',
    method: 'get',
    handler: (req) =>
      guarded(req, async (query) => {
        const bulletin = buildBulletin(await loadStatistics(req, query), await areaName(req, query));
        const overview = { title: '总体情况', header: ['项目', '内容'], rows: [['统计区间', bulletin.periodText.replace('统计区间：', '')], ['统计时间', bulletin.issuedText.replace('统计时间：', '')], ['总体情况', bulletin.overview]] };
        return download(await writeTablesWorkbook([overview, ...bulletin.tables], bulletin.title), `${bulletin.title}.xlsx`);
      }),
  },
  {
    path: '/oversight/bulletin.html',
    method: 'get',
    handler: (req) =>
      guarded(req, async (query) => {
        const bulletin = buildBulletin(await loadStatistics(req, query), await areaName(req, query));
        // For programs and saving; people print the admin's view of it (/admin/oversight/bulletin),
        // since the API's content security policy lets no style apply to answers under /api.
        return new Response(bulletinHtml(bulletin), { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
      }),
  },
];
