import type { Endpoint } from 'payload';

/** POST /api/notifications/read-all — 全部标记为已读: the logged-in user's unread notices, nobody else's. */
export const readAllEndpoint: Endpoint = {
  path: '/read-all',
  method: 'post',
  handler: async (req) => {
    if (!req.user || req.user.collection !== 'users') return Response.json({ errors: [{ message: '请先登录后再标记站内通知。' }] }, { status: 401 });
    const result = await req.payload.update({
      collection: 'notifications',
      where: { and: [{ recipient: { equals: req.user.id } }, { unread: { equals: true } }] },
      data: { readAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: false,
      req,
    });
    const count = result.docs.length;
    return Response.json({ message: count === 0 ? '没有未读的站内通知。' : `已将 ${count} 条站内通知标记为已读。`, count });
  },
};
