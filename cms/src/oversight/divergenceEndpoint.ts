import type { Endpoint } from 'payload';
import { hasRole, seeAllRoles } from '../access/user.ts';
import { divergenceReport } from './divergence.ts';

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status });

/**
 * GET /api/oversight/divergence: the 标准化 divergence ranking for 审核员, 审定 and system
 * administrators. Unit staff and specialist reviewers are refused: the ranking compares every
 * unit's published guides, a county-wide oversight view.
 */
export const divergenceEndpoint: Endpoint = {
  path: '/oversight/divergence',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, '请先登录：标准化差异排名仅向审核员、审定人员和系统管理员开放。');
    if (!hasRole(req.user, ...seeAllRoles)) return refuse(403, '您无权查看标准化差异排名：仅审核员、审定人员和系统管理员可以查看。');
    return Response.json(await divergenceReport(req.payload));
  },
};
