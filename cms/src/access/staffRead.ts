import type { Access } from 'payload';
import { hasRole, seeAllRoles, unitIdOf, unitRoles } from './user.ts';

/**
 * Internal records with a `unit` field (adjustments, review records): reviewers and administrators
 * read all, unit staff their own unit's, anonymous visitors nothing.
 */
export const staffRead: Access = ({ req }) => {
  if (!req.user) return false;
  if (hasRole(req.user, ...seeAllRoles)) return true;
  const unit = unitIdOf(req.user);
  if (hasRole(req.user, ...unitRoles) && unit !== undefined) return { unit: { equals: unit } };
  return false;
};
