import type { PayloadRequest } from 'payload';
import { text, type Doc } from '../workflow/docs.ts';
import type { StatisticsQuery } from './query.ts';

/** The area a 通报 speaks for: the region asked for, else the site's 所属地区 (站点设置). */
export async function areaName(req: PayloadRequest, query: StatisticsQuery): Promise<string | undefined> {
  if (query.region) {
    const found = await req.payload.find({ collection: 'regions', where: { code: { equals: query.region } }, depth: 0, limit: 1, overrideAccess: true, req });
    return text((found.docs[0] as Doc | undefined)?.name);
  }
  const settings = (await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Doc;
  return text(settings.regionName);
}
