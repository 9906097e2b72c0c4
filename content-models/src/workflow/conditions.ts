import type { Procedure, Stage, StageCondition, WorkflowSubject } from './types.ts';

export function evaluateCondition(condition: StageCondition, subject: WorkflowSubject): boolean {
  if (typeof condition === 'string') {
    switch (condition) {
      case 'charged':
        return subject.charged;
      case 'normative-documents':
        return subject.hasNormativeDocuments;
      case 'intermediary':
        // A department's item can need an intermediary service too (e.g. a required assessment report).
        return subject.unitKind === 'intermediary' || subject.requiresIntermediaryService === true;
      case 'soe':
        return subject.unitKind === 'soe';
    }
  }
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, subject));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, subject));
  return !evaluateCondition(condition.not, subject);
}

export function stageApplies(stage: Stage, subject: WorkflowSubject): boolean {
  return stage.condition === undefined || evaluateCondition(stage.condition, subject);
}

/** The stages this case goes through, in order, with conditions evaluated. */
export function applicableStages(procedure: Procedure, subject: WorkflowSubject): Stage[] {
  return procedure.stages.filter((stage) => stageApplies(stage, subject));
}
