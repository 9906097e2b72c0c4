import type { Endpoint } from 'payload';
import { ratingsSummary, summaryScope } from './ratingsSummary.ts';

/**
 * GET /api/feedback/ratings-summary — the 好差评 counts of ratingsSummary. Reviewers and
 * administrators see every unit; editors and unit heads their own unit; nobody else anything.
 */
export const ratingsSummaryEndpoint: Endpoint = {
  path: '/ratings-summary',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录。' }] }, { status: 401 });
    const scope = summaryScope(req.user);
    if (!scope) return Response.json({ errors: [{ message: '好差评统计只向审核人员、系统管理员和本单位工作人员开放。' }] }, { status: 403 });
    return Response.json(await ratingsSummary(req.payload, scope));
  },
};
