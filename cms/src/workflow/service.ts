import {
  decide,
  isContactOnly,
  submit,
  withdraw,
  type AdjustmentKind,
  type Decision,
  type Disposition,
  type HolidayCalendar,
  type Procedure,
  type RefusalCode,
  type TransitionResult,
} from '@catalog/content-models';
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload';
import { actorOf, loadCase, type WorkflowCase } from './case.ts';
import { workflowNow } from './clock.ts';
import { idOf, type Doc, type Id } from './docs.ts';
import { notifyNextActors } from './notify.ts';
import { chooseProcedureFor, holidayCalendar, procedureFields } from './procedure.ts';
import { buildProposal } from './proposal.ts';
import { queuePublish } from '../jobs/queuePublish.ts';
import { PublicationRefused } from './publish.ts';
import { stateFields, writeStep } from './step.ts';
import { backOff, CommitLost, committed, isTransientWriteError, lockAdjustment } from './durability.ts';
import { validId } from '../db/validId.ts';

export type WorkflowCommand =
  | { action: 'submit' }
  | { action: 'withdraw' }
  | { action: 'decide'; decision: Decision; opinion?: string; stageId?: string; disposition?: Disposition };

/** A refused command: HTTP status, Chinese reason, and the engine's code (or the service's own). */
export interface WorkflowRefusal {
  ok: false;
  status: number;
  code: RefusalCode | 'unauthenticated' | 'not-found' | 'quality-errors' | 'invalid-input' | 'no-proposal' | 'not-applicable' | 'busy' | 'failed';
  reason: string;
  findings?: unknown[];
}

export type WorkflowOutcome = { ok: true; adjustment: Doc; record: Doc } | WorkflowRefusal;

export const statusOf: Record<RefusalCode, number> = {
  'wrong-role': 403,
  'wrong-unit': 403,
  'own-submission': 403,
  'opinion-required': 400,
  'decision-not-allowed': 400,
  'not-in-review': 409,
  'already-submitted': 409,
  'case-closed': 409,
  'stage-not-current': 409,
  'consultation-open': 409,
  'unknown-stage': 409,
  'disposition-required': 400,
  'disposition-not-allowed': 400,
  'wrong-region': 403,
  'unknown-disposition': 400,
  'empty-batch': 400,
};

export const refuse = (status: number, code: WorkflowRefusal['code'], reason: string, findings?: unknown[]): WorkflowRefusal =>
  findings ? { ok: false, status, code, reason, findings } : { ok: false, status, code, reason };

function transition(procedure: Procedure, found: WorkflowCase, command: WorkflowCommand, req: PayloadRequest, now: Date, calendar: HolidayCalendar): TransitionResult | WorkflowRefusal {
  const actor = actorOf(req.user)!;
  if (command.action === 'submit') return submit(procedure, found.state, found.subject, actor, now);
  if (command.action === 'withdraw') return withdraw(procedure, found.state, found.subject, actor, now);
  const input = { decision: command.decision, opinion: command.opinion, stageId: command.stageId, ...(command.disposition ? { disposition: command.disposition } : {}) };
  return decide(procedure, found.state, found.subject, actor, input, now, calendar);
}

/** How often a decision is tried again when the database was busy or its commit did not land. */
const ATTEMPTS = 25;

/**
 * Carries out one workflow command on an adjustment for the logged-in user. The pure engine decides;
 * a refusal writes nothing. A success updates the adjustment, appends its review record and, on
 * final approval of a due adjustment, publishes, all in one transaction: either everything is
 * written or nothing is. The answer tells the truth: success is reported only after the review
 * record is read back outside the transaction (Payload's SQL adapters swallow a failed COMMIT), and
 * a write that lost to another process (SQLite's single writer, a PostgreSQL serialisation or
 * deadlock, a MongoDB write conflict) is retried from the start, since nothing of it was kept.
 */
export async function runWorkflowCommand(req: PayloadRequest, adjustmentId: unknown, command: WorkflowCommand): Promise<WorkflowOutcome> {
  const actor = actorOf(req.user);
  if (!actor || req.user?.collection !== 'users') return refuse(401, 'unauthenticated', '请先登录：审核操作须由登录用户办理。');
  const id = validId(req.payload, adjustmentId);
  if (id === undefined) return refuse(404, 'not-found', `未找到编号为“${String(adjustmentId)}”的动态调整。`);
  return runDurably(req, `动态调整 ${String(adjustmentId)}`, () => attemptOnce(req, id, command));
}

/**
 * Runs one attempt after another until it commits or is refused: a write that lost to another
 * process (busy database, serialisation failure, lost commit) is tried again from the start,
 * since nothing of it was kept; anything else answers a Chinese refusal saying nothing was saved.
 */
export async function runDurably<T>(req: PayloadRequest, what: string, attempt: () => Promise<T | WorkflowRefusal>): Promise<T | WorkflowRefusal> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt();
    } catch (error) {
      const transient = isTransientWriteError(error);
      if (transient && tries < ATTEMPTS) {
        await backOff(tries);
        continue;
      }
      req.payload.logger.error({ err: error, msg: `审核操作失败（${what}，第 ${tries} 次尝试）` });
      if (transient) return refuse(503, 'busy', '系统繁忙，本次办理没有保存，请稍后重试。');
      if (error instanceof PublicationRefused) return refuse(409, 'not-applicable', `无法发布审核内容，本次办理没有保存：${error.message}`);
      return refuse(500, 'failed', '办理失败：服务器内部错误，本次办理没有保存。请稍后重试；如仍失败，请联系系统管理员。');
    }
  }
}

/**
 * One attempt in a transaction (its own, or the caller's when it already holds one, e.g. an import):
 * an error rolls everything back; a refusal rolls back this step's own transaction, but leaves a
 * caller's to the caller — the import keeps the rows before a refused submission (and that row as a
 * draft case), which rolling back the whole import here would silently undo while later rows were
 * written outside any transaction. A single case's refusal comes before any write; a caller of the
 * batch, whose refusal may follow writes, must roll back itself. An accepted result is committed and its review
 * records read back (a commit the adapter swallowed is a lost commit, retried by runDurably); then
 * whoever must act next is told — inside the caller's transaction when the caller owns it.
 */
export async function commitStep<T extends { ok: true }>(
  req: PayloadRequest,
  work: () => Promise<T | WorkflowRefusal>,
  records: (result: T) => Doc[],
  notices: (result: T) => [WorkflowCase, Doc][],
): Promise<T | WorkflowRefusal> {
  const shouldCommit = await initTransaction(req);
  let outcome: T | WorkflowRefusal;
  try {
    outcome = await work();
  } catch (error) {
    await killTransaction(req);
    throw error;
  }
  if (!outcome.ok) {
    if (shouldCommit) await killTransaction(req);
    return outcome;
  }
  if (shouldCommit) {
    await commitTransaction(req);
    for (const record of records(outcome)) if (!(await committed(req, record))) throw new CommitLost();
  }
  for (const [found, adjustment] of notices(outcome)) {
    await notifyNextActors(req.payload, found, adjustment, shouldCommit ? undefined : req).catch((error: unknown) => {
      req.payload.logger.warn(`审核提醒未能发送：${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return outcome;
}

/**
 * One attempt, for a caller that holds the transaction and retries the whole of its work itself
 * (submitting from a guide's page creates the case and submits it in one transaction). On a refusal
 * the caller rolls its transaction back.
 */
export async function attemptWorkflowCommand(req: PayloadRequest, adjustmentId: unknown, command: WorkflowCommand): Promise<WorkflowOutcome> {
  return attemptOnce(req, adjustmentId, command);
}

async function attemptOnce(req: PayloadRequest, adjustmentId: unknown, command: WorkflowCommand): Promise<WorkflowOutcome> {
  const now = workflowNow();
  const outcome = await commitStep(
    req,
    () => carryOut(req, adjustmentId, command, now),
    (done) => [done.record],
    (done) => [[done.found, done.adjustment]],
  );
  return outcome.ok ? { ok: true, adjustment: outcome.adjustment, record: outcome.record } : outcome;
}

/** Never submitted: its procedure may still be chosen afresh (the changes are known only now). */
const neverSubmitted = (adjustment: Doc): boolean => !adjustment.submittedAt && (adjustment.state ?? 'draft') === 'draft';

async function carryOut(
  req: PayloadRequest,
  adjustmentId: unknown,
  command: WorkflowCommand,
  now: Date,
): Promise<(WorkflowOutcome & { ok: true; found: WorkflowCase }) | WorkflowRefusal> {
  // Lock the adjustment first: concurrent decisions on one case wait for each other, so each
  // reads the stage the previous one left (see lockAdjustment).
  req.context.workflow = true;
  const locked = await lockAdjustment(req, adjustmentId as Id);
  const found = locked ? await loadCase(req, adjustmentId) : null;
  if (!found) return refuse(404, 'not-found', `未找到编号为“${String(adjustmentId)}”的动态调整。`);
  const calendar = await holidayCalendar(req);
  const implementationId = idOf(found.adjustment.implementation);
  const proposal =
    command.action === 'submit' && implementationId !== undefined ? await buildProposal(req, implementationId, String(found.adjustment.kind)) : null;
  const chosen =
    command.action === 'submit' && proposal && neverSubmitted(found.adjustment)
      ? await chooseProcedureFor(req, { campaign: found.adjustment.campaign, kind: String(found.adjustment.kind) as AdjustmentKind, contactOnly: isContactOnly(proposal.changes) })
      : undefined;
  const procedure = chosen?.procedure ?? found.procedure;
  const result = transition(procedure, found, command, req, now, calendar);
  if (!result.ok) return 'status' in result ? result : refuse(statusOf[result.code], result.code, result.reason);

  const fields = stateFields(procedure, result.state, found, req, calendar);
  if (chosen) Object.assign(fields, procedureFields(chosen));
  if (command.action === 'submit') {
    if (!proposal) {
      return refuse(400, 'no-proposal', '无法提交：该调整未关联办事指南（implementation），或取消的事项尚未发布。请选择要调整的实施清单 / 办事指南。');
    }
    if (proposal.blockers.length > 0) return refuse(409, 'no-proposal', `无法提交：${proposal.blockers.join('；')}`);
    const errors = proposal.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
      return refuse(400, 'quality-errors', `质量检查发现 ${errors.length} 个错误，须修改后才能提交：${errors.map((e) => e.message).join('；')}`, errors);
    }
    Object.assign(fields, {
      proposedVersion: proposal.proposedVersion,
      changes: proposal.changes,
      implementationVersion: proposal.implementationVersion ?? null,
      catalogItemVersion: proposal.catalogItemVersion ?? null,
    });
  }

  const written = await writeStep(req, { found, procedure, result, fields, now });
  if (!written.ok) return refuse(409, 'not-applicable', `无法通过：${written.reason}`);
  if (written.published) {
    // In the decision's transaction: the site is republished exactly when the approval commits.
    await queuePublish(req.payload, 'approval', [idOf(written.adjustment.id)!], req);
  }
  const { adjustment, record } = written;
  return { ok: true, adjustment, record, found };
}
