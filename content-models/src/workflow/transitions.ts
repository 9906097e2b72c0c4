import {
  checkConsultationClosed,
  checkDecider,
  checkSubmittable,
  checkUnitDrafter,
  currentStage,
  isRefusal,
} from './authority.ts';
import { refusals } from './refusals.ts';
import { draftingStage, findStage, isUnitStage, nextApplicableStage } from './stages.ts';
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
 * Rounds (一报、二报 …): a case returned by a review stage and resubmitted starts the next round.
 * Every submission, first or not, goes through the unit stages again and then on to the first
 * applicable review stage: the unit head confirms whatever leaves the unit (DOMAIN.md §2), and the
 * reviewers see the resubmission from the start, as in 两报两审 where 二报 is reviewed afresh.
 * A return by the unit's own head, or a withdrawal, does not start a new round: nothing reached
 * the reviewers in between.
 */

export function initialState(): WorkflowState {
  return { status: 'draft', round: 1 };
}

function record(stage: Stage, actor: Actor, decision: RecordedDecision, round: number, now: Date, opinion?: string): ReviewRecord {
  const entry: ReviewRecord = {
    stageId: stage.id,
    stageName: stage.name,
    actorId: actor.id,
    actorRoles: [...actor.roles],
    decision,
    at: now.toISOString(),
    round,
  };
  return opinion === undefined ? entry : { ...entry, opinion };
}

function submission(state: WorkflowState): Pick<WorkflowState, 'round' | 'submittedBy' | 'submittedAt'> {
  const kept: Pick<WorkflowState, 'round' | 'submittedBy' | 'submittedAt'> = { round: state.round };
  if (state.submittedBy !== undefined) kept.submittedBy = state.submittedBy;
  if (state.submittedAt !== undefined) kept.submittedAt = state.submittedAt;
  return kept;
}

export function submit(procedure: Procedure, state: WorkflowState, subject: WorkflowSubject, actor: Actor, now: Date): TransitionResult {
  const refusal = checkSubmittable(procedure, state) ?? checkUnitDrafter(procedure, subject, actor);
  if (refusal) return refusal;
  const drafting = draftingStage(procedure);
  const reviewersReturnedIt = state.status === 'returned' && state.stageId !== undefined && !isUnitStage(procedure, state.stageId);
  const round = Math.max(1, state.round) + (reviewersReturnedIt ? 1 : 0);
  const at = now.toISOString();
  const next = nextApplicableStage(procedure, drafting.id, subject);
  const base = { round, submittedBy: actor.id, submittedAt: at };
  const newState: WorkflowState = next
    ? { status: 'in-review', stageId: next.id, stageEnteredAt: at, ...base }
    : { status: 'approved', ...base };
  return { ok: true, state: newState, record: record(drafting, actor, 'submit', round, now) };
}

export function decide(
  procedure: Procedure,
  state: WorkflowState,
  subject: WorkflowSubject,
  actor: Actor,
  input: DecisionInput,
  now: Date,
): TransitionResult {
  const stage = currentStage(procedure, state);
  if (isRefusal(stage)) return stage;
  if (input.stageId !== undefined && input.stageId !== stage.id) return refusals.stageNotCurrent(findStage(procedure, input.stageId)?.name ?? input.stageId, stage);
  const refusal = checkDecider(stage, state, subject, actor);
  if (refusal) return refusal;
  if (!stage.decisions.includes(input.decision)) return refusals.decisionNotAllowed(stage, input.decision);
  const opinion = input.opinion?.trim() || undefined;
  if (input.decision !== 'approve' && opinion === undefined) return refusals.opinionRequired(stage, input.decision);

  if (input.decision === 'approve') {
    const open = checkConsultationClosed(stage, state, now);
    if (open) return open;
    const next = nextApplicableStage(procedure, stage.id, subject);
    const newState: WorkflowState = next
      ? { status: 'in-review', stageId: next.id, stageEnteredAt: now.toISOString(), ...submission(state) }
      : { status: 'approved', ...submission(state) };
    const recorded = isUnitStage(procedure, stage.id) ? 'confirm' : 'approve';
    return { ok: true, state: newState, record: record(stage, actor, recorded, state.round, now, opinion) };
  }
  const status = input.decision === 'return' ? 'returned' : 'rejected';
  const newState: WorkflowState = { status, stageId: stage.id, ...submission(state) };
  return { ok: true, state: newState, record: record(stage, actor, input.decision, state.round, now, opinion) };
}

/** The unit takes its case back while under review (撤回), e.g. to correct it before reviewers act. */
export function withdraw(procedure: Procedure, state: WorkflowState, subject: WorkflowSubject, actor: Actor, now: Date): TransitionResult {
  const stage = currentStage(procedure, state);
  if (isRefusal(stage)) return stage;
  const refusal = checkUnitDrafter(procedure, subject, actor);
  if (refusal) return refusal;
  return { ok: true, state: { status: 'withdrawn', ...submission(state) }, record: record(stage, actor, 'withdraw', state.round, now) };
}
