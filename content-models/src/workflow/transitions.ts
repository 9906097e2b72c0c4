import type { HolidayCalendar } from '../time/working-days.ts';
import {
  checkConsultationClosed,
  checkDecider,
  checkDisposition,
  checkSubmittable,
  checkUnitDrafter,
  currentStage,
  isRefusal,
} from './authority.ts';
import { consultedAfter, noHolidays } from './consultation.ts';
import { refusals } from './refusals.ts';
import {
  applicableFrom,
  draftingStage,
  findStage,
  isLeadingUnitStage,
  isReportStage,
  isUnitStage,
  nextApplicableStage,
} from './stages.ts';
import type {
  Actor,
  DecisionInput,
  Procedure,
  RecordedDecision,
  ReviewRecord,
  Stage,
  TransitionResult,
  WorkflowState,
  WorkflowSubject,
} from './types.ts';

/**
 * The transitions of a case. Pure: inputs are never mutated, each success returns the new state and
 * one new review record for the caller to append (records are never edited afterwards).
 *
 * Every submission from the unit goes through the unit stages again: the unit head confirms whatever
 * leaves the unit (DOMAIN.md §2). A case a review stage returned then continues at the stage that
 * returned it (Procedure.resubmitTo), so 一审 is not repeated because 二审 asked for a correction;
 * that resubmission starts the next round. A return by the unit's own head, or a withdrawal, keeps
 * the round: nothing reached the reviewers in between. A report stage (二报) is a planned step with
 * the unit, not a return: its submission keeps the round and moves straight on.
 */

export function initialState(): WorkflowState {
  return { status: 'draft', round: 1 };
}

function record(
  stage: Stage,
  actor: Actor,
  decision: RecordedDecision,
  round: number,
  now: Date,
  extra: Pick<ReviewRecord, 'opinion' | 'disposition'> = {},
): ReviewRecord {
  const entry: ReviewRecord = {
    stageId: stage.id,
    stageName: stage.name,
    actorId: actor.id,
    actorRoles: [...actor.roles],
    decision,
    at: now.toISOString(),
    round,
  };
  if (extra.opinion !== undefined) entry.opinion = extra.opinion;
  if (extra.disposition !== undefined) entry.disposition = extra.disposition;
  return entry;
}

type Carried = Pick<WorkflowState, 'round' | 'submittedBy' | 'submittedAt' | 'resumeStageId' | 'consulted'>;

/** What a case keeps from one state to the next; absent fields stay absent rather than undefined. */
function carried(state: WorkflowState, changes: Partial<Carried> = {}): Carried {
  const merged = { ...state, ...changes };
  const kept: Carried = { round: merged.round };
  if (merged.submittedBy !== undefined) kept.submittedBy = merged.submittedBy;
  if (merged.submittedAt !== undefined) kept.submittedAt = merged.submittedAt;
  if (merged.resumeStageId !== undefined) kept.resumeStageId = merged.resumeStageId;
  if (merged.consulted !== undefined && merged.consulted.length > 0) kept.consulted = [...merged.consulted];
  return kept;
}

/** The case moves on to `next`, or is approved when no stage is left. */
function moveTo(next: Stage | undefined, at: string, kept: Carried): WorkflowState {
  if (next !== undefined) return { status: 'in-review', stageId: next.id, stageEnteredAt: at, ...kept };
  const { resumeStageId: _done, ...closed } = kept;
  return { status: 'approved', ...closed };
}

/** Where a resubmitted case continues once through the unit stages, if not at the first review stage. */
function resumeTarget(procedure: Procedure, state: WorkflowState): string | undefined {
  const returning = state.status === 'returned' ? state.stageId : undefined;
  if (
    returning !== undefined &&
    (procedure.resubmitTo ?? 'returning-stage') === 'returning-stage' &&
    findStage(procedure, returning) !== undefined &&
    !isLeadingUnitStage(procedure, returning)
  ) {
    return returning;
  }
  return findStage(procedure, state.resumeStageId)?.id;
}

export function submit(procedure: Procedure, state: WorkflowState, subject: WorkflowSubject, actor: Actor, now: Date): TransitionResult {
  const refusal = checkSubmittable(procedure, state) ?? checkUnitDrafter(procedure, subject, actor);
  if (refusal) return refusal;
  const at = now.toISOString();
  const reportStage = state.status === 'in-review' ? findStage(procedure, state.stageId) : undefined;
  if (reportStage !== undefined) {
    const next = nextApplicableStage(procedure, reportStage.id, subject);
    const newState = moveTo(next, at, carried(state, { submittedBy: actor.id, submittedAt: at }));
    return { ok: true, state: newState, record: record(reportStage, actor, 'submit', state.round, now) };
  }

  const drafting = draftingStage(procedure);
  const reviewersReturnedIt = state.status === 'returned' && state.stageId !== undefined && !isUnitStage(procedure, state.stageId);
  const round = Math.max(1, state.round) + (reviewersReturnedIt ? 1 : 0);
  const resume = resumeTarget(procedure, state);
  let next = nextApplicableStage(procedure, drafting.id, subject);
  let pending = resume;
  // No unit stage applies: go straight to where the case resumes.
  if (resume !== undefined && (next === undefined || !isLeadingUnitStage(procedure, next.id))) {
    next = applicableFrom(procedure, resume, subject);
    pending = undefined;
  }
  const kept = carried({ ...state, resumeStageId: pending }, { round, submittedBy: actor.id, submittedAt: at });
  return { ok: true, state: moveTo(next, at, kept), record: record(drafting, actor, 'submit', round, now) };
}

export function decide(
  procedure: Procedure,
  state: WorkflowState,
  subject: WorkflowSubject,
  actor: Actor,
  input: DecisionInput,
  now: Date,
  calendar: HolidayCalendar = noHolidays,
): TransitionResult {
  const stage = currentStage(procedure, state);
  if (isRefusal(stage)) return stage;
  if (input.stageId !== undefined && input.stageId !== stage.id) return refusals.stageNotCurrent(findStage(procedure, input.stageId)?.name ?? input.stageId, stage);
  const refusal = checkDecider(stage, state, subject, actor);
  if (refusal) return refusal;
  if (!stage.decisions.includes(input.decision)) return refusals.decisionNotAllowed(stage, input.decision);
  const opinion = input.opinion?.trim() || undefined;
  if (input.decision !== 'approve' && opinion === undefined) return refusals.opinionRequired(stage, input.decision);
  const dispositionRefusal = checkDisposition(stage, input);
  if (dispositionRefusal) return dispositionRefusal;
  const details = { opinion, disposition: input.disposition };
  const consulted = consultedAfter(stage, state, now, calendar);

  if (input.decision === 'approve') {
    const open = checkConsultationClosed(stage, state, now, calendar);
    if (open) return open;
    let next = nextApplicableStage(procedure, stage.id, subject);
    let resume = state.resumeStageId;
    // Leaving the unit stages of a resubmission: continue where the reviewers returned the case.
    if (resume !== undefined && isLeadingUnitStage(procedure, stage.id) && (next === undefined || !isLeadingUnitStage(procedure, next.id))) {
      if (findStage(procedure, resume) !== undefined) next = applicableFrom(procedure, resume, subject);
      resume = undefined;
    }
    const newState = moveTo(next, now.toISOString(), carried({ ...state, resumeStageId: resume }, { consulted }));
    const recorded = isUnitStage(procedure, stage.id) ? 'confirm' : 'approve';
    return { ok: true, state: newState, record: record(stage, actor, recorded, state.round, now, details) };
  }
  if (input.decision === 'return') {
    const newState: WorkflowState = { status: 'returned', stageId: stage.id, ...carried(state, { consulted }) };
    return { ok: true, state: newState, record: record(stage, actor, 'return', state.round, now, details) };
  }
  const { resumeStageId: _closed, ...kept } = carried(state, { consulted });
  return { ok: true, state: { status: 'rejected', stageId: stage.id, ...kept }, record: record(stage, actor, 'reject', state.round, now, details) };
}

/**
 * The unit takes its case back while under review (撤回), e.g. to correct it before reviewers act.
 * A pending resumption is kept, and a case withdrawn at a report stage resumes there, so a
 * withdrawal never sends the case back through reviews it already passed.
 */
export function withdraw(procedure: Procedure, state: WorkflowState, subject: WorkflowSubject, actor: Actor, now: Date): TransitionResult {
  const stage = currentStage(procedure, state);
  if (isRefusal(stage)) return stage;
  const refusal = checkUnitDrafter(procedure, subject, actor);
  if (refusal) return refusal;
  const resumeStageId = state.resumeStageId ?? (isReportStage(stage) ? stage.id : undefined);
  return { ok: true, state: { status: 'withdrawn', ...carried(state, { resumeStageId }) }, record: record(stage, actor, 'withdraw', state.round, now) };
}
