import type { CollectionBeforeOperationHook } from 'payload';

/**
 * Restoring an old version *as a draft* (`?draft=true`) is ordinary editing: Payload hands the
 * old version's data, `_status: 'published'` included, to beforeChange and only afterwards marks
 * the result as a draft. This flag lets refusePublish tell that apart from a publishing restore.
 */
export const markDraftRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion' && (args as { draft?: boolean }).draft === true) req.context.restoreAsDraft = true;
  return args;
};
