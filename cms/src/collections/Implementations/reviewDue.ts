import type { Endpoint, Where } from 'payload';

/** Guides whose review date (复核日期) has passed, as of `now`. */
export function reviewDueWhere(now: Date = new Date()): Where {
  return { reviewDate: { less_than_equal: now.toISOString() } };
}

/**
 * GET /api/implementations/review-due: the 待复核 list, filtered by the caller's read access, so
 * each editor sees the overdue guides of their own unit.
 */
export const reviewDueEndpoint: Endpoint = {
  path: '/review-due',
  method: 'get',
  handler: async (req) => {
    const result = await req.payload.find({
      collection: 'implementations',
      where: reviewDueWhere(),
      sort: 'reviewDate',
      depth: 0,
      limit: 100,
      draft: true,
      overrideAccess: false,
      user: req.user,
      req,
    });
    return Response.json(result);
  },
};
