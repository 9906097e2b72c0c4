import type { CollectionBeforeChangeHook } from 'payload';
import { hasRole } from '../../../access/user.ts';

/** Whatever a visitor sends, it waits for a moderator: only reviewers and administrators change that. */
export const holdForModeration: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation === 'create' && !hasRole(req.user, 'reviewer', 'admin')) {
    return { ...data, moderation: 'pending', moderatedBy: undefined };
  }
  return data;
};
