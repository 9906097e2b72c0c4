import type { CollectionBeforeOperationHook } from 'payload';

/**
 * An anonymous `?draft=true` would query the versions table, where the access filter hides a
 * document whose newest version is a draft: the public would lose the published guide. Anonymous
 * reads therefore always read the published documents themselves. Server code (overrideAccess)
 * keeps its draft reads.
 */
export const publicReadsPublished: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && !req.user && !args.overrideAccess && 'draft' in args) return { ...args, draft: false };
  return args;
};
