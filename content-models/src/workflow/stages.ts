import { stageApplies } from './conditions.ts';
import type { Procedure, Stage, WorkflowSubject } from './types.ts';

/** stages[0]: the unit drafts and submits there (validateProcedure guarantees it exists). */
export function draftingStage(procedure: Procedure): Stage {
  const first = procedure.stages[0];
  if (first === undefined) throw new Error(`流程「${procedure.name}」没有任何环节`);
  return first;
}

/** Unit stages (单位负责人确认) are the own-unit stages right after the drafting stage. */
export function isUnitStage(procedure: Procedure, stageId: string): boolean {
  const index = procedure.stages.findIndex((s) => s.id === stageId);
  if (index < 0) return false;
  return procedure.stages.slice(0, index + 1).every((s) => s.scope === 'own-unit');
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
