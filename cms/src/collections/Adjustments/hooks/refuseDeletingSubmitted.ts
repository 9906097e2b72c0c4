import { APIError, type CollectionBeforeDeleteHook } from 'payload';

/**
 * Once submitted, an adjustment is part of the review record (and, once approved, of the public
 * change history and notices): nobody deletes it, administrators included. Unsubmitted drafts go.
 */
export const refuseDeletingSubmitted: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user) return;
  const doc = (await req.payload.findByID({ collection: 'adjustments', id, depth: 0, overrideAccess: true, req }).catch(() => null)) as {
    state?: unknown;
    submittedAt?: unknown;
  } | null;
  if (doc && (doc.state !== 'draft' || doc.submittedAt)) {
    throw new APIError('该调整已提交审核，属于审核档案，不能删除；不再需要时请撤回。', 409, undefined, true);
  }
};
