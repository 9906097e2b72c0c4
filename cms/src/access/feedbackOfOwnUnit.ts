import type { Access, FieldAccess, Where } from 'payload';
import { hasRole, unitIdOf, unitRoles } from './user.ts';

const isModerator = (user: unknown) => hasRole(user, 'reviewer', 'admin');

/**
 * 好差评 are the unit's business: moderators (reviewers, administrators) read every feedback, unit
 * staff the ratings of their own unit's guides, nobody else anything.
 */
export const readFeedback: Access = ({ req }) => {
  if (isModerator(req.user)) return true;
  const unit = unitIdOf(req.user);
  if (hasRole(req.user, ...unitRoles) && unit !== undefined) {
    const own: Where[] = [{ kind: { equals: 'rating' } }, { unit: { equals: unit } }];
    return { and: own };
  }
  return false;
};

/** Moderators update any feedback; unit staff only their own unit's 差评, and there only the 整改 fields. */
export const updateFeedback: Access = ({ req }) => {
  if (isModerator(req.user)) return true;
  const unit = unitIdOf(req.user);
  if (hasRole(req.user, ...unitRoles) && unit !== undefined) {
    const ownBadRatings: Where[] = [{ kind: { equals: 'rating' } }, { unit: { equals: unit } }, { verdict: { equals: 'bad' } }];
    return { and: ownBadRatings };
  }
  return false;
};

/** Every field but the 整改 ones: what a visitor sent and how it was moderated stays the moderators'. */
export const moderatorsOnlyField: FieldAccess = ({ req }) => isModerator(req.user);

/** 整改 fields: the rows updateFeedback lets through, by moderators and the owning unit's staff. */
export const followUpField: FieldAccess = ({ req }) => isModerator(req.user) || hasRole(req.user, ...unitRoles);
