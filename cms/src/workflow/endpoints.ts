import { decisions } from '@catalog/content-models';
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import { runWorkflowCommand, type WorkflowCommand, type WorkflowOutcome, type WorkflowRefusal } from './service.ts';
import { workflowView } from './view.ts';

function respond(outcome: WorkflowOutcome): Response {
  if (!outcome.ok) {
    return Response.json(
      { errors: [{ message: outcome.reason }], code: outcome.code, ...(outcome.findings ? { findings: outcome.findings } : {}) },
      { status: outcome.status },
    );
  }
  return Response.json({ message: '办理成功', adjustment: outcome.adjustment, record: outcome.record });
}

const invalid = (reason: string): WorkflowRefusal => ({ ok: false, status: 400, code: 'invalid-input', reason });

async function body(req: PayloadRequest): Promise<Record<string, unknown> | WorkflowRefusal> {
  try {
    await addDataAndFileToRequest(req);
  } catch {
    return invalid('请求内容无法解析：请以 JSON 发送，如 {"decision":"approve","opinion":"同意"}。');
  }
  const data = req.data ?? {};
  return typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : invalid('请求内容须为 JSON 对象。');
}

function decideCommand(data: Record<string, unknown>): WorkflowCommand | WorkflowRefusal {
  const { decision, opinion, stageId } = data;
  if (typeof decision !== 'string' || !decisions.has(decision)) {
    return invalid(`审核决定（decision）的值“${String(decision)}”无效，可接受：${decisions.codes.map((c) => `${c}（${decisions.label(c)}）`).join('、')}。`);
  }
  if (opinion !== undefined && opinion !== null && typeof opinion !== 'string') return invalid('审核意见（opinion）须为文字。');
  if (typeof opinion === 'string' && opinion.length > 5000) return invalid(`审核意见（opinion）共 ${opinion.length} 字，最多 5000 字。`);
  if (stageId !== undefined && typeof stageId !== 'string') return invalid('环节（stageId）须为环节编号文字，如 first-review。');
  return { action: 'decide', decision, opinion: opinion ?? undefined, stageId };
}

const command = (path: string, toCommand: (data: Record<string, unknown>) => WorkflowCommand | WorkflowRefusal): Endpoint => ({
  path: `/:id/${path}`,
  method: 'post',
  handler: async (req) => {
    const data = await body(req);
    if ('ok' in data) return respond(data as WorkflowRefusal);
    const parsed = toCommand(data);
    if ('ok' in parsed) return respond(parsed);
    return respond(await runWorkflowCommand(req, req.routeParams?.id, parsed));
  },
});

/**
 * The workflow's HTTP interface on /api/adjustments:
 * POST /:id/submit, POST /:id/decide {decision, opinion, stageId}, POST /:id/withdraw, and
 * GET /:id/workflow (stage, who must act, this user's actions, the review history).
 */
export const workflowEndpoints: Endpoint[] = [
  command('submit', () => ({ action: 'submit' })),
  command('withdraw', () => ({ action: 'withdraw' })),
  command('decide', decideCommand),
  {
    path: '/:id/workflow',
    method: 'get',
    handler: async (req) => {
      const view = await workflowView(req, req.routeParams?.id);
      if (!view.ok) return Response.json({ errors: [{ message: view.reason }] }, { status: view.status });
      return Response.json(view.view);
    },
  },
];
