/** The review workflow on the server: commands, publication and the clock tests move. */
export { runWorkflowCommand, type WorkflowCommand, type WorkflowOutcome, type WorkflowRefusal } from './service.ts';
export { publishAdjustment, publishDueAdjustments, isDue } from './publish.ts';
export { workflowView, type WorkflowView } from './view.ts';
export { workflowEndpoints } from './endpoints.ts';
export { activeProcedure } from './procedure.ts';
export { setWorkflowClock, workflowNow } from './clock.ts';
