import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { workflowStatuses } from '@catalog/content-models';
import { idOf } from '../../../workflow/docs.ts';

/** Fields only the workflow service writes: whatever a user sends for them is ignored. */
export const workflowFields = [
  'state',
  'stage',
  'round',
  'submittedBy',
  'submittedAt',
  'stageEnteredAt',
  'consultationOpensAt',
  'consultationClosesAt',
  'publishedAt',
  'proposedVersion',
  'changes',
  'implementationVersion',
  'catalogItemVersion',
  'createdBy',
  'procedure',
  'procedureCode',
  'procedureVersion',
  'procedureSnapshot',
  'stageDueAt',
  'batch',
  'resumeStage',
  'consultedStages',
  'regionPath',
] as const;

/** States in which the unit may still edit its adjustment. */
const editable = new Set(['draft', 'returned', 'withdrawn']);

/**
 * Users edit an adjustment's content (kind, target, reason, basis, effective date) while it is with
 * their unit; its place in the procedure changes only through the workflow endpoints, which mark
 * their writes with `context.workflow`. Creation records the creator (nobody reviews their own).
 */
export const guardWorkflowFields: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (req.context.workflow || !req.user) return data;
  const guarded = { ...data };
  if (operation === 'update') {
    const state = String(originalDoc?.state ?? 'draft');
    if (!editable.has(state)) {
      throw new APIError(
        `该调整当前状态为「${workflowStatuses.has(state) ? workflowStatuses.label(state) : state}」，不能修改；只有草稿、已退回修改或已撤回的调整可以修改。`,
        409,
        undefined,
        true,
      );
    }
    for (const field of workflowFields) guarded[field] = originalDoc?.[field];
    return guarded;
  }
  for (const field of workflowFields) delete guarded[field];
  return { ...guarded, state: 'draft', round: 1, createdBy: idOf(req.user.id) };
};
