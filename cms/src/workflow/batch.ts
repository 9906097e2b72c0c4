import { decideBatch, type Decision, type Disposition } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { queuePublish } from '../jobs/queuePublish.ts';
import { validId } from '../db/validId.ts';
import { actorOf, loadCase, type WorkflowCase } from './case.ts';
import { workflowNow } from './clock.ts';
import { idOf, text, type Doc, type Id } from './docs.ts';
import { lockAdjustment } from './durability.ts';
import { holidayCalendar } from './procedure.ts';
import { commitStep, refuse, runDurably, statusOf, type WorkflowRefusal } from './service.ts';
import { stateFields, writeStep } from './step.ts';

export interface BatchCommand {
  ids: unknown[];
  decision: Decision;
  opinion?: string;
  disposition?: Disposition;
  /** 审定批次号 (e.g. 县政府第12次常务会议): recorded on every case and review record. */
  batch: string;
}

export interface BatchFailure {
  id: string;
  title: string;
  reason: string;
}

type BatchRefusal = WorkflowRefusal & { failures?: BatchFailure[] };

export type BatchOutcome = { ok: true; adjustments: Doc[]; records: Doc[] } | BatchRefusal;

/** At most this many cases in one decision: a 送审稿 is a meeting's agenda, not the whole catalog. */
export const MAX_BATCH = 200;

const titleOf = (found: WorkflowCase | undefined, id: string) => text(found?.adjustment.reason) ?? `动态调整 ${id}`;

/**
 * 审定 of a 送审稿: one decision on many cases, all or nothing. Every case is locked (in id order,
 * so two batches never wait on each other crosswise), decided by the engine with its own procedure,
 * and written with one review record each carrying the batch number, in one transaction. If the
 * engine refuses any case, or any approval cannot be published as reviewed, nothing is written and
 * the answer lists every case that stood in the way and why.
 */
export async function runBatchDecision(req: PayloadRequest, command: BatchCommand): Promise<BatchOutcome> {
  if (!actorOf(req.user) || req.user?.collection !== 'users') return refuse(401, 'unauthenticated', '请先登录：审核操作须由登录用户办理。');
  const ids: Id[] = [];
  for (const raw of command.ids) {
    const id = validId(req.payload, raw);
    if (id === undefined) return refuse(404, 'not-found', `未找到编号为“${String(raw)}”的动态调整，本批次没有办理。`);
    if (!ids.some((known) => String(known) === String(id))) ids.push(id);
  }
  ids.sort((a, b) => (String(a) < String(b) ? -1 : 1));
  return runDurably<BatchOutcome>(req, `审定批次 ${command.batch}`, () => attemptBatch(req, ids, command));
}

async function attemptBatch(req: PayloadRequest, ids: Id[], command: BatchCommand): Promise<BatchOutcome> {
  const now = workflowNow();
  const outcome = await commitStep<{ ok: true; adjustments: Doc[]; records: Doc[]; cases: WorkflowCase[] }>(
    req,
    () => carryOutBatch(req, ids, command, now),
    (done) => done.records,
    (done) => done.cases.map((found, index) => [found, done.adjustments[index]!] as [WorkflowCase, Doc]),
  );
  return outcome.ok ? { ok: true, adjustments: outcome.adjustments, records: outcome.records } : outcome;
}

async function carryOutBatch(req: PayloadRequest, ids: Id[], command: BatchCommand, now: Date): Promise<(BatchOutcome & { ok: true; cases: WorkflowCase[] }) | BatchRefusal> {
  req.context.workflow = true;
  const cases: WorkflowCase[] = [];
  for (const id of ids) {
    const found = (await lockAdjustment(req, id)) ? await loadCase(req, id) : null;
    if (!found) return refuse(404, 'not-found', `未找到编号为“${String(id)}”的动态调整，本批次没有办理。`);
    cases.push(found);
  }
  const calendar = await holidayCalendar(req);
  const actor = actorOf(req.user)!;
  const input = { decision: command.decision, ...(command.opinion ? { opinion: command.opinion } : {}), ...(command.disposition ? { disposition: command.disposition } : {}) };
  const decided = decideBatch(
    cases.map((found) => ({ key: String(found.adjustment.id), procedure: found.procedure, state: found.state, subject: found.subject })),
    actor,
    input,
    now,
    calendar,
  );
  if (!decided.ok) {
    const failures = decided.failures.map((failure) => ({
      id: failure.key,
      title: titleOf(cases.find((c) => String(c.adjustment.id) === failure.key), failure.key),
      reason: failure.reason,
    }));
    // One kind of refusal for every case (e.g. all 角色不符) answers with its own status; a mix is a conflict.
    const codes = new Set(decided.failures.map((failure) => failure.code));
    const [only] = [...codes];
    const status = codes.size === 1 && only !== undefined && only in statusOf ? statusOf[only as keyof typeof statusOf] : 409;
    const code = codes.size === 1 && only !== undefined && only in statusOf ? (only as keyof typeof statusOf) : 'not-applicable';
    const refusal = refuse(status, code, `本批次 ${cases.length} 件中有 ${failures.length} 件不能办理，整批未办理：${failures.map((f) => `「${f.title}」${f.reason}`).join('；')}`);
    return { ...refusal, failures };
  }
  const adjustments: Doc[] = [];
  const records: Doc[] = [];
  const published: Id[] = [];
  const blocked: BatchFailure[] = [];
  for (const found of cases) {
    const result = decided.results.find((r) => r.key === String(found.adjustment.id))!;
    const step = { ok: true as const, state: result.state, record: result.record };
    const fields = stateFields(found.procedure, result.state, found, req, calendar);
    const written = await writeStep(req, { found, procedure: found.procedure, result: step, fields, now, batch: command.batch });
    if (!written.ok) {
      blocked.push({ id: String(found.adjustment.id), title: titleOf(found, String(found.adjustment.id)), reason: written.reason });
      continue;
    }
    adjustments.push(written.adjustment);
    records.push(written.record);
    if (written.published) published.push(idOf(written.adjustment.id)!);
  }
  if (blocked.length > 0) {
    const refusal = refuse(409, 'not-applicable', `本批次有 ${blocked.length} 件无法按审核内容发布，整批未办理：${blocked.map((f) => `「${f.title}」${f.reason}`).join('；')}`);
    return { ...refusal, failures: blocked };
  }
  if (published.length > 0) await queuePublish(req.payload, 'approval', published, req);
  return { ok: true, adjustments, records, cases };
}
