import type { AdminViewServerProps } from 'payload';
import { statisticsReader } from '../../oversight/access.ts';
import { areaName } from '../../oversight/area.ts';
import { bulletinBody, bulletinStyles, buildBulletin } from '../../oversight/bulletin.ts';
import { loadStatistics } from '../../oversight/load.ts';
import { readStatisticsQuery } from '../../oversight/query.ts';
import { givenValues, searchValues } from './searchValues.ts';

/**
 * /admin/oversight/bulletin — the 月度通报 alone on the page (no navigation), for printing on A4;
 * the same text as GET /api/oversight/bulletin.html, whose answers the API's policy leaves unstyled.
 */
export async function OversightBulletinView({ initPageResult, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult;
  const reader = statisticsReader(req.user);
  if (!reader.ok) return <main className="bulletin"><h1>月度通报</h1><p role="alert">{reader.message}</p></main>;
  const parsed = await readStatisticsQuery(req, givenValues(searchValues(searchParams)));
  if (!parsed.ok) return <main className="bulletin"><h1>月度通报</h1><p role="alert">{parsed.message}</p></main>;
  const bulletin = buildBulletin(await loadStatistics(req, parsed.query), await areaName(req, parsed.query));
  return (
    <main>
      <style>{bulletinStyles}</style>
      <div dangerouslySetInnerHTML={{ __html: bulletinBody(bulletin) }} />
    </main>
  );
}
