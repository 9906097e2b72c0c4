import { APIError, type CollectionBeforeDeleteHook } from 'payload';

/**
 * Deleting a published catalog item or guide would take it off the public site without review:
 * a user (administrators included) may delete only what was never published. What is public
 * leaves through an approved 取消 adjustment. Runs once per document, so bulk deletes are covered.
 */
export const refuseDeletingPublic: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user || req.context.systemPublish) return;
  const doc = (await req.payload
    .findByID({ collection: collection.slug as 'implementations', id, depth: 0, draft: false, overrideAccess: true, req })
    .catch(() => null)) as { _status?: unknown; name?: unknown } | null;
  if (doc?._status === 'published') {
    throw new APIError(
      `「${String(doc.name ?? id)}」已发布，不能删除：请提交「取消」类动态调整，经审核后由系统下线。`,
      409,
      undefined,
      true,
    );
  }
};
