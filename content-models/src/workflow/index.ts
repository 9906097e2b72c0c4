export * from './types.ts';
export { workflowStatuses } from './statuses.ts';
export { applicableStages, evaluateCondition } from './conditions.ts';
export { availableActions, nextActors } from './actions.ts';
export { submit, decide, withdraw, initialState } from './transitions.ts';
export { decideBatch, type BatchCase, type BatchResult } from './batch.ts';
export { isConsultationStage, consultationWindow, consultationWindowFor } from './consultation.ts';
export { stageDueAt, dueStatus } from './due.ts';
export { withinRegions, regionPrefix } from './regions.ts';
export { isReportStage, isUnitStage } from './stages.ts';
export { checkConsultationClosed } from './authority.ts';
export { validateProcedure, procedureSchema, stageSchema, stageConditionSchema } from './procedure-schema.ts';
export {
  twoReportsTwoReviews,
  jointReview,
  dynamicAdjustment,
  contactUpdate,
  threeUpsThreeDowns,
  procedures,
  defaultProcedure,
} from './procedures.ts';
export {
  chooseProcedure,
  defaultProcedureRules,
  defaultFallbackProcedureId,
  type ProcedureRule,
  type ProcedureFacts,
} from './choose-procedure.ts';
export { isContactOnly, isContactOnlyChange } from './contact-only.ts';
export { planGuideSubmission, defaultGuideKind, checkGuideKind, type GuideCase, type GuideSubmissionPlan } from './guide-submission.ts';
