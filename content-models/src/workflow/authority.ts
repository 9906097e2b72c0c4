import type { HolidayCalendar } from '../time/working-days.ts';
import { dispositions } from '../vocabularies/index.ts';
import { consultationWindowFor, noHolidays } from './consultation.ts';
import { withinRegions } from './regions.ts';
import { refusals } from './refusals.ts';
import { draftingStage, findStage, isReportStage } from './stages.ts';
import type { Actor, DecisionInput, Procedure, Refusal, Stage, WorkflowState, WorkflowSubject } from './types.ts';

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
  // Regions narrow review work only: a unit's own stages belong to the unit wherever it is.
  const regions = actor.regionCodes ?? [];
  if (scope !== 'own-unit' && regions.length > 0 && !withinRegions(subject.regionCode, regions)) {
    return refusals.wrongRegion(stage, subject, regions);
  }
  return undefined;
}

/** Drafting, submitting and withdrawing belong to the case's own unit whatever the stage's scope says. */
export function checkUnitDrafter(procedure: Procedure, subject: WorkflowSubject, actor: Actor): Refusal | undefined {
  const stage = draftingStage(procedure);
  return checkStageActor({ ...stage, scope: 'own-unit' }, subject, actor);
}

/** The state in which a submission is possible (with the unit, or at a report stage), or why not. */
export function checkSubmittable(procedure: Procedure, state: WorkflowState): Refusal | undefined {
  if (state.status === 'in-review') {
    const stage = findStage(procedure, state.stageId);
    return stage !== undefined && isReportStage(stage) ? undefined : refusals.alreadySubmitted(stage);
  }
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

/** Approval waits for the end of the stage's public consultation (征求意见), unless already held. */
export function checkConsultationClosed(
  stage: Stage,
  state: WorkflowState,
  now: Date,
  calendar: HolidayCalendar = noHolidays,
): Refusal | undefined {
  const window = consultationWindowFor(stage, state, calendar);
  if (window === undefined || now.getTime() >= Date.parse(window.closesAt)) return undefined;
  return refusals.consultationOpen(stage, window.closesAt);
}

/** 处置意见: required to approve where the stage records one, refused anywhere else. */
export function checkDisposition(stage: Stage, input: Pick<DecisionInput, 'decision' | 'disposition'>): Refusal | undefined {
  const given: string | undefined = input.disposition;
  if (given !== undefined && !dispositions.has(given)) return refusals.unknownDisposition(given);
  if (stage.dispositions !== true) return given === undefined ? undefined : refusals.dispositionNotAllowed(stage);
  return input.decision === 'approve' && given === undefined ? refusals.dispositionRequired(stage) : undefined;
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
