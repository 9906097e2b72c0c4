import { consultationWindow } from './consultation.ts';
import { refusals } from './refusals.ts';
import { draftingStage, findStage } from './stages.ts';
import type { Actor, Procedure, Refusal, Stage, WorkflowState, WorkflowSubject } from './types.ts';

/**
 * Who may act where. Each check returns the refusal or undefined, so the transitions refuse with
 * exactly the rule that failed and `availableActions` offers exactly what the transitions accept.
 */

export function checkStageActor(stage: Stage, subject: WorkflowSubject, actor: Actor): Refusal | undefined {
  if (!actor.roles.some((role) => stage.roles.includes(role))) return refusals.wrongRole(stage, actor.roles);
  const scope = stage.scope ?? 'all';
  if (scope === 'own-unit' && actor.unitId !== subject.unitId) return refusals.notOwnUnit(stage, subject, actor.unitId);
  if (scope === 'supervised-units' && (subject.supervisorUnitId === undefined || actor.unitId !== subject.supervisorUnitId)) {
    return refusals.notSupervisor(stage, subject, actor.unitId);
  }
  return undefined;
}

/** Drafting, submitting and withdrawing belong to the case's own unit whatever the stage's scope says. */
export function checkUnitDrafter(procedure: Procedure, subject: WorkflowSubject, actor: Actor): Refusal | undefined {
  const stage = draftingStage(procedure);
  return checkStageActor({ ...stage, scope: 'own-unit' }, subject, actor);
}

/** The state in which a submission is possible, or why not. */
export function checkSubmittable(procedure: Procedure, state: WorkflowState): Refusal | undefined {
  if (state.status === 'in-review') return refusals.alreadySubmitted(findStage(procedure, state.stageId));
  if (state.status === 'approved' || state.status === 'rejected') return refusals.caseClosed(state);
  return undefined;
}

/** The current stage of a case under review, or why there is none. */
export function currentStage(procedure: Procedure, state: WorkflowState): Stage | Refusal {
  if (state.status === 'approved' || state.status === 'rejected') return refusals.caseClosed(state);
  if (state.status !== 'in-review') return refusals.notInReview(state);
  return findStage(procedure, state.stageId) ?? refusals.unknownStage(state.stageId);
}

/** Everything about deciding at the current stage except the opinion text and the decision itself. */
export function checkDecider(stage: Stage, state: WorkflowState, subject: WorkflowSubject, actor: Actor): Refusal | undefined {
  const refusal = checkStageActor(stage, subject, actor);
  if (refusal) return refusal;
  if (actor.id === state.submittedBy || actor.id === subject.createdBy) return refusals.ownSubmission(stage);
  return undefined;
}

/** Approval waits for the end of the stage's public consultation (征求意见), if it has one. */
export function checkConsultationClosed(stage: Stage, state: WorkflowState, now: Date): Refusal | undefined {
  if (state.stageEnteredAt === undefined) return undefined;
  const window = consultationWindow(stage, state.stageEnteredAt);
  if (window === undefined || now.getTime() >= Date.parse(window.closesAt)) return undefined;
  return refusals.consultationOpen(stage, window.closesAt);
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
