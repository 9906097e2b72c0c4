import type { Endpoint, PayloadRequest } from 'payload';
import { hasRole } from '../access/user.ts';
import type { Doc } from '../workflow/docs.ts';
import { fillRegister } from './fill.ts';
import { loadLawImpact } from './impact.ts';
import { startAdjustments } from './startAdjustments.ts';

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status });

async function lawOf(req: PayloadRequest): Promise<Doc | null> {
  const id = String(req.routeParams?.id ?? '');
  if (!id) return null;
  return (await req.payload.findByID({ collection: 'laws', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null;
}

/**
 * GET /api/laws/:id/impact — every catalog item and implementation citing the law, as far as the
 * user may read them; POST /api/laws/:id/start-adjustments — 为全部引用事项发起调整 (administrators);
 * POST /api/laws/fill — 从目录引用生成 the register (administrators).
 */
export const lawEndpoints: Endpoint[] = [
  {
    path: '/fill',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return refuse(401, '请先登录。');
      if (!hasRole(req.user, 'admin')) return refuse(403, '只有系统管理员可以从目录引用生成法律法规库。');
      const result = await fillRegister(req);
      return Response.json({ ...result, message: `新增 ${result.created} 项，已在库中 ${result.existing} 项。` });
    },
  },
  {
    path: '/:id/impact',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuse(401, '请先登录。');
      const law = await lawOf(req);
      if (!law) return refuse(404, `法律法规库中没有编号为“${String(req.routeParams?.id)}”的条目。`);
      const impact = await loadLawImpact(req, law, true);
      return Response.json({ law: { id: law.id, name: law.name, documentNumber: law.documentNumber ?? null, status: law.status ?? null }, ...impact }, { headers: { 'Cache-Control': 'no-store' } });
    },
  },
  {
    path: '/:id/start-adjustments',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return refuse(401, '请先登录。');
      if (!hasRole(req.user, 'admin')) return refuse(403, '只有系统管理员可以为引用该依据的全部事项发起调整；各单位请在本单位的办事指南上自行发起动态调整。');
      const law = await lawOf(req);
      if (!law) return refuse(404, `法律法规库中没有编号为“${String(req.routeParams?.id)}”的条目。`);
      const result = await startAdjustments(req, law);
      const message = `已为 ${result.created.length} 项办事指南发起调整草稿，跳过 ${result.skipped.length} 项（已有未办结的动态调整），已通知 ${result.notifiedUnits} 个单位。`;
      return Response.json({ ...result, createdCount: result.created.length, skippedCount: result.skipped.length, message }, { status: result.created.length ? 201 : 200 });
    },
  },
];
