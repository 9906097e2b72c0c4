import type { Endpoint, Payload } from 'payload';
import { tally, tallyByItem, tallyByUnit, type RatingTally } from '@catalog/content-models';
import { hasRole, unitIdOf, unitRoles } from '../../access/user.ts';
import type { Doc } from '../docs.ts';
import { ratingRecords } from './ratingRecords.ts';

async function unitNames(payload: Payload, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await payload.find({ collection: 'units', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true });
  return new Map((found.docs as unknown as Doc[]).map((u) => [String(u.id), String(u.name)]));
}

const counts = ({ good, bad, total }: RatingTally) => ({ good, bad, total });

/**
 * GET /api/feedback/ratings-summary — 好差评统计 over approved (public) ratings: overall, per unit
 * and per item (好评数、差评数、好评率、主要差评原因、整改 counts), and the ratings still waiting
 * for moderation counted apart. Reviewers and administrators see every unit; unit staff their own.
 */
export const ratingsSummaryEndpoint: Endpoint = {
  path: '/ratings-summary',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录。' }] }, { status: 401 });
    const everyUnit = hasRole(req.user, 'reviewer', 'admin');
    const ownUnit = hasRole(req.user, ...unitRoles) ? unitIdOf(req.user) : undefined;
    if (!everyUnit && ownUnit === undefined) {
      return Response.json({ errors: [{ message: '好差评统计只向审核人员、系统管理员和本单位工作人员开放。' }] }, { status: 403 });
    }
    const unit = everyUnit ? undefined : ownUnit;
    const approved = await ratingRecords(req.payload, 'approved', unit);
    const pending = await ratingRecords(req.payload, 'pending', unit);
    const byUnit = tallyByUnit(approved.records);
    const names = await unitNames(req.payload, [...byUnit.keys()]);
    const guideByCode = new Map([...approved.guides.values()].map((g) => [g.implementationCode, g]));
    return Response.json({
      scope: unit === undefined ? 'all' : { unit: String(unit), name: (await unitNames(req.payload, [String(unit)])).get(String(unit)) },
      approved: {
        ...tally(approved.records),
        byUnit: [...byUnit].map(([id, t]) => ({ unit: { id, name: names.get(id) ?? '（未知单位）' }, ...t })),
        byItem: [...tallyByItem(approved.records)].map(([code, t]) => {
          const guide = guideByCode.get(code)!;
          return { implementation: { id: guide.id, implementationCode: code, name: guide.name }, unit: { id: guide.unitId }, ...t };
        }),
      },
      pending: counts(tally(pending.records)),
    });
  },
};
