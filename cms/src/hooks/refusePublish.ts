import { Forbidden, type CollectionBeforeChangeHook } from 'payload';
import { publishRefusedMessage, wouldPublish } from '../access/publishing.ts';

/**
 * The second lock on publishing, for paths that skip access checks (the Local API's default
 * overrideAccess with a user, version restores): a logged-in user never writes `published`.
 */
export const refusePublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && wouldPublish(data) && !req.context.systemPublish && !req.context.restoreAsDraft) {
    const error = new Forbidden(req.t);
    error.message = publishRefusedMessage;
    throw error;
  }
  return data;
};
