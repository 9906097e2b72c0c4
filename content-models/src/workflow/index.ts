export * from './types.ts';
export { workflowStatuses } from './statuses.ts';
export { applicableStages, evaluateCondition } from './conditions.ts';
export { availableActions, nextActors } from './actions.ts';
export { submit, decide, withdraw, initialState } from './transitions.ts';
export { isConsultationStage, consultationWindow } from './consultation.ts';
export { validateProcedure, procedureSchema, stageSchema, stageConditionSchema } from './procedure-schema.ts';
export { twoReportsTwoReviews, jointReview, dynamicAdjustment, procedures, defaultProcedure } from './procedures.ts';
