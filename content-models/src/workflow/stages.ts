import { stageApplies } from './conditions.ts';
import type { Procedure, Stage, WorkflowSubject } from './types.ts';

/** stages[0]: the unit drafts and submits there (validateProcedure guarantees it exists). */
export function draftingStage(procedure: Procedure): Stage {
  const first = procedure.stages[0];
  if (first === undefined) throw new Error(`流程「${procedure.name}」没有任何环节`);
  return first;
}

export function isReportStage(stage: Stage): boolean {
  return stage.kind === 'report';
}

/**
 * Where the run of unit stages a stage belongs to starts: the drafting stage or a report stage
 * (its index), or -1 when the stage is not a unit stage (单位负责人确认).
 */
function unitRunStart(procedure: Procedure, stageId: string): number {
  const index = procedure.stages.findIndex((s) => s.id === stageId);
  const own = (s: Stage | undefined) => s !== undefined && s.scope === 'own-unit' && !isReportStage(s);
  if (index <= 0 || !own(procedure.stages[index])) return -1;
  let start = index - 1;
  while (start > 0 && own(procedure.stages[start])) start -= 1;
  const before = procedure.stages[start];
  return start === 0 || (before !== undefined && isReportStage(before)) ? start : -1;
}

/** Unit stages (单位负责人确认) are the own-unit stages right after the drafting stage or a report stage. */
export function isUnitStage(procedure: Procedure, stageId: string): boolean {
  return unitRunStart(procedure, stageId) >= 0;
}

/** The unit stages every submission from the drafting stage goes through. */
export function isLeadingUnitStage(procedure: Procedure, stageId: string): boolean {
  return unitRunStart(procedure, stageId) === 0;
}

export function findStage(procedure: Procedure, stageId: string | undefined): Stage | undefined {
  return stageId === undefined ? undefined : procedure.stages.find((s) => s.id === stageId);
}

/**
 * The next stage after `stageId` in procedure order whose condition holds for this case, or
 * undefined when none is left (the case is then approved). Walking the procedure order rather than
 * a precomputed list keeps the answer right even if the case's facts changed during review.
 */
export function nextApplicableStage(procedure: Procedure, stageId: string, subject: WorkflowSubject): Stage | undefined {
  const index = procedure.stages.findIndex((s) => s.id === stageId);
  return procedure.stages.slice(index + 1).find((s) => stageApplies(s, subject));
}

/** `stageId` itself if it applies to the case, else the next applicable stage after it. */
export function applicableFrom(procedure: Procedure, stageId: string, subject: WorkflowSubject): Stage | undefined {
  const stage = findStage(procedure, stageId);
  if (stage === undefined) return undefined;
  return stageApplies(stage, subject) ? stage : nextApplicableStage(procedure, stageId, subject);
}
