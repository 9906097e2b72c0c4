import type { Access, FieldAccess, Where } from 'payload';
import { roles, type Role } from '@catalog/content-models';
import { hasRole, seeAllRoles, specialistRoles, unitIdOf, unitRoles } from './user.ts';

/** Roles that act on other units' cases: their names appear on the cases a unit's staff can see. */
const crossUnitRoles = roles.codes.filter((role) => !unitRoles.includes(role as Role));

/**
 * Who may read a user's *name and unit* (the rest is `accountField`): the admin names the people on
 * a case (创建人, 提交人, 审核记录 办理人, the edit-lock dialog) by reading them with the viewer's rights.
 * Reviewers and specialists see cases of every unit, so everyone; unit staff see their own unit's
 * cases, so their colleagues and the reviewers who act on them.
 */
export const readUsers: Access = ({ req }) => {
  if (!req.user) return false;
  if (hasRole(req.user, ...seeAllRoles, ...specialistRoles)) return true;
  const unit = unitIdOf(req.user);
  const others: Where[] = [{ roles: { in: crossUnitRoles } }];
  if (unit !== undefined) others.push({ unit: { equals: unit } });
  return { or: [{ id: { equals: req.user.id } }, ...others] };
};

/** Fields of an account (e-mail, roles, review regions) only its owner and administrators read. */
export const accountField: FieldAccess = ({ req, id, doc }) => seesAccount(req.user, id ?? (doc as { id?: unknown } | undefined)?.id);

export function seesAccount(user: unknown, owner: unknown): boolean {
  if (!user) return false;
  if (hasRole(user, 'admin')) return true;
  return owner !== undefined && owner !== null && String(owner) === String((user as { id: unknown }).id);
}
