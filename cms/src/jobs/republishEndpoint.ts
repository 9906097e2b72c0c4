import type { Endpoint } from 'payload';
import { hasRole } from '../access/user.ts';
import { queuePublish } from './queuePublish.ts';

/** POST /api/publications/republish — 立即重新发布: administrators queue a full rebuild. */
export const republishEndpoint: Endpoint = {
  path: '/republish',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: '请先登录后再重新发布网站。' }] }, { status: 401 });
    if (!hasRole(req.user, 'admin')) return Response.json({ errors: [{ message: '只有系统管理员可以立即重新发布网站。' }] }, { status: 403 });
    const job = await queuePublish(req.payload, 'manual');
    return Response.json({ message: '已加入发布队列，网站将在几秒后开始重新发布。', job }, { status: 202 });
  },
};
