import { decisions, dispositions } from '@catalog/content-models';
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import { runWorkflowCommand, type WorkflowCommand, type WorkflowOutcome, type WorkflowRefusal } from './service.ts';
import { MAX_BATCH, runBatchDecision, type BatchCommand, type BatchOutcome } from './batch.ts';
import { workflowView } from './view.ts';

export function respond(outcome: WorkflowOutcome): Response {
  if (!outcome.ok) {
    return Response.json(
      { errors: [{ message: outcome.reason }], code: outcome.code, ...(outcome.findings ? { findings: outcome.findings } : {}) },
      { status: outcome.status },
    );
  }
  return Response.json({ message: '办理成功', adjustment: outcome.adjustment, record: outcome.record });
}

const invalid = (reason: string): WorkflowRefusal => ({ ok: false, status: 400, code: 'invalid-input', reason });

export async function body(req: PayloadRequest): Promise<Record<string, unknown> | WorkflowRefusal> {
  try {
    await addDataAndFileToRequest(req);
  } catch {
    return invalid('请求内容无法解析：请以 JSON 发送，如 {"decision":"approve","opinion":"同意"}。');
  }
  const data = req.data ?? {};
  return typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : invalid('请求内容须为 JSON 对象。');
}

function checkDisposition(disposition: unknown): WorkflowRefusal | undefined {
  if (disposition === undefined || disposition === null || disposition === '') return undefined;
  if (typeof disposition !== 'string' || !dispositions.has(disposition)) {
    return invalid(`处置意见（disposition）的值“${String(disposition)}”无效，可接受：${dispositions.codes.map((c) => `${c}（${dispositions.label(c)}）`).join('、')}。`);
  }
  return undefined;
}

function decideCommand(data: Record<string, unknown>): WorkflowCommand | WorkflowRefusal {
  const { decision, opinion, stageId, disposition } = data;
  if (typeof decision !== 'string' || !decisions.has(decision)) {
    return invalid(`审核决定（decision）的值“${String(decision)}”无效，可接受：${decisions.codes.map((c) => `${c}（${decisions.label(c)}）`).join('、')}。`);
  }
  if (opinion !== undefined && opinion !== null && typeof opinion !== 'string') return invalid('审核意见（opinion）须为文字。');
  if (typeof opinion === 'string' && opinion.length > 5000) return invalid(`审核意见（opinion）共 ${opinion.length} 字，最多 5000 字。`);
  if (stageId !== undefined && typeof stageId !== 'string') return invalid('环节（stageId）须为环节编号文字，如 first-review。');
  const badDisposition = checkDisposition(disposition);
  if (badDisposition) return badDisposition;
  return { action: 'decide', decision, opinion: opinion ?? undefined, stageId, ...(disposition ? { disposition: disposition as never } : {}) };
}

function batchCommand(data: Record<string, unknown>): BatchCommand | WorkflowRefusal {
  const decided = decideCommand(data);
  if ('ok' in decided) return decided;
  if (decided.action !== 'decide') return invalid('批量办理只能作出审核决定。');
  const { ids, batch } = data;
  if (!Array.isArray(ids) || ids.length === 0) return invalid('请选择要批量办理的调整（ids），如 {"ids":[12,13],"decision":"approve","batch":"县政府第12次常务会议"}。');
  if (ids.length > MAX_BATCH) return invalid(`一次最多批量办理 ${MAX_BATCH} 件，本次选择了 ${ids.length} 件，请分批办理。`);
  if (typeof batch !== 'string' || batch.trim() === '') return invalid('请填写审定批次号（batch），如“县政府第12次常务会议”：批次号记入每一件的审核记录。');
  if (batch.trim().length > 60) return invalid(`审定批次号最多 60 字，收到 ${batch.trim().length} 字。`);
  return { ids, decision: decided.decision, batch: batch.trim(), ...(decided.opinion ? { opinion: decided.opinion } : {}), ...(decided.disposition ? { disposition: decided.disposition } : {}) };
}

function respondBatch(outcome: BatchOutcome): Response {
  if (!outcome.ok) {
    return Response.json(
      { errors: [{ message: outcome.reason }], code: outcome.code, ...(outcome.failures ? { failures: outcome.failures } : {}) },
      { status: outcome.status },
    );
  }
  return Response.json({ message: `已批量办理 ${outcome.adjustments.length} 件`, adjustments: outcome.adjustments, records: outcome.records });
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
 * POST /:id/submit, POST /:id/decide {decision, opinion, stageId, disposition}, POST /:id/withdraw,
 * POST /decide-batch {ids, decision, opinion, disposition, batch} (审定 of a 送审稿, all or nothing), and
 * GET /:id/workflow (stage, who must act, this user's actions, the review history).
 */
export const workflowEndpoints: Endpoint[] = [
  {
    path: '/decide-batch',
    method: 'post',
    handler: async (req) => {
      const data = await body(req);
      if ('ok' in data) return respond(data as WorkflowRefusal);
      const parsed = batchCommand(data);
      if ('ok' in parsed) return respond(parsed);
      return respondBatch(await runBatchDecision(req, parsed));
    },
  },
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
