import { consultationWindowFor, stageDueAt, type HolidayCalendar, type Procedure, type TransitionResult, type WorkflowState } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { queuePublish } from '../jobs/queuePublish.ts';
import type { WorkflowCase } from './case.ts';
import { idOf, type Doc } from './docs.ts';
import { isDue, planPublication, publishAdjustment } from './publish.ts';

/**
 * The adjustment's workflow fields for a new engine state: the consultation window of a
 * consultation stage (not repeated once it ran its full period), the stage's due date (办理时限,
 * working days on the holiday calendar), where a resubmission resumes, and which consultations ran.
 */
export function stateFields(procedure: Procedure, state: WorkflowState, found: WorkflowCase, req: PayloadRequest, calendar: HolidayCalendar): Doc {
  // The engine speaks string ids; the relation wants the database's own (numbers on SQL).
  const submitter = state.submittedBy === undefined ? null : state.submittedBy === String(req.user!.id) ? req.user!.id : idOf(found.adjustment.submittedBy);
  const fields: Doc = {
    state: state.status,
    stage: state.stageId ?? null,
    round: state.round,
    submittedBy: submitter ?? null,
    submittedAt: state.submittedAt ?? null,
    stageEnteredAt: state.stageEnteredAt ?? null,
    resumeStage: state.resumeStageId ?? null,
    consultedStages: state.consulted ?? [],
    stageDueAt: null,
  };
  const stage = state.status === 'in-review' ? procedure.stages.find((s) => s.id === state.stageId) : undefined;
  const window = stage && state.stageEnteredAt ? consultationWindowFor(stage, state, calendar) : undefined;
  if (window) Object.assign(fields, { consultationOpensAt: window.opensAt, consultationClosesAt: window.closesAt });
  if (stage) fields.stageDueAt = stageDueAt(stage, state, calendar) ?? null;
  return fields;
}

/** Whether this step opened a public consultation (a consultation stage entered, its window set). */
function enteredConsultation(procedure: Procedure, before: WorkflowState, after: WorkflowState, fields: Doc): boolean {
  if (after.status !== 'in-review' || (before.status === 'in-review' && before.stageId === after.stageId)) return false;
  const stage = procedure.stages.find((s) => s.id === after.stageId);
  return Boolean(stage?.consultation && stage.consultation.days > 0 && fields.consultationClosesAt && fields.consultationOpensAt === after.stageEnteredAt);
}

export interface Step {
  found: WorkflowCase;
  procedure: Procedure;
  result: TransitionResult & { ok: true };
  fields: Doc;
  now: Date;
  /** 审定批次号 of a batch decision, recorded on the case and on its review record. */
  batch?: string;
}

export type Written = { ok: true; adjustment: Doc; record: Doc; published: boolean } | { ok: false; reason: string };

/**
 * Writes one accepted step inside `req`'s transaction: the adjustment's new state, its review
 * record and, on final approval of a due adjustment, the publication. A final approval that cannot
 * be applied as reviewed is refused before anything is written (also for a later effective date:
 * refused now, not half applied by the scheduled job). Entering a consultation queues the site
 * build in the same transaction, so the consultation page goes up exactly when the step commits.
 * The caller queues the build for published approvals (one build for a whole batch).
 */
export async function writeStep(req: PayloadRequest, step: Step): Promise<Written> {
  const { found, procedure, result, now } = step;
  const fields = step.batch ? { ...step.fields, batch: step.batch } : step.fields;
  if (result.state.status === 'approved') {
    const plan = await planPublication(req, { ...found.adjustment, ...fields });
    if (!plan.ok) return { ok: false, reason: plan.reason };
  }
  let adjustment = (await req.payload.update({
    collection: 'adjustments',
    id: idOf(found.adjustment.id)!,
    data: fields as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc;
  const record = (await req.payload.create({
    collection: 'review-records',
    data: {
      adjustment: adjustment.id,
      unit: idOf(adjustment.unit),
      stage: result.record.stageId,
      stageName: result.record.stageName,
      actor: req.user!.id,
      decision: result.record.decision,
      opinion: result.record.opinion,
      disposition: result.record.disposition ?? null,
      batch: step.batch ?? null,
      round: result.record.round,
      // The step's own moment (the workflow clock, as stageEnteredAt), and the 办理期限 it was taken against.
      createdAt: result.record.at,
      dueAt: found.adjustment.stageDueAt ?? null,
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Doc;
  if (enteredConsultation(procedure, found.state, result.state, fields)) {
    await queuePublish(req.payload, 'consultation', [idOf(adjustment.id)!], req);
  }
  let published = false;
  if (result.state.status === 'approved' && isDue(adjustment, now)) {
    adjustment = await publishAdjustment(req, adjustment, now);
    published = true;
  }
  return { ok: true, adjustment, record, published };
}
