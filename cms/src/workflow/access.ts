import type { Role } from '@catalog/content-models';
import type { Access, Where } from 'payload';
import { staffRead } from '../access/staffRead.ts';
import { asStaff, hasRole, unitIdOf } from '../access/user.ts';
import { activeProcedure } from './procedure.ts';

/** Specialist roles whose stages are not tied to a unit (the 主管部门's are, see below). */
const specialists: Role[] = ['price-reviewer', 'finance-reviewer', 'legal-reviewer', 'intermediary-reviewer'];

/** Ids of the review stages a user's roles act on. */
export function stagesOf(roles: readonly Role[]): string[] {
  return activeProcedure()
    .stages.filter((stage) => stage.roles.some((role) => roles.includes(role)))
    .map((stage) => stage.id);
}

/**
 * Who reads adjustments: as staffRead (reviewers, approvers and administrators all, units their
 * own), and specialist reviewers (发改委、财政局、法制办、审管办、主管部门) those waiting at one of
 * their stages, the 主管部门 only for the units it supervises.
 */
export const readAdjustments: Access = async (args) => {
  const base = await staffRead(args);
  if (base === true) return true;
  const { req } = args;
  const roles = (asStaff(req.user)?.roles ?? []) as Role[];
  const scopes: Where[] = base && typeof base === 'object' ? [base] : [];
  const specialistStages = stagesOf(roles.filter((role) => specialists.includes(role)));
  if (specialistStages.length > 0) scopes.push({ stage: { in: specialistStages } });
  const ownUnit = unitIdOf(req.user);
  if (hasRole(req.user, 'supervisor-reviewer') && ownUnit !== undefined) {
    const supervised = await req.payload.find({ collection: 'units', where: { supervisor: { equals: ownUnit } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req });
    const units = supervised.docs.map((unit) => unit.id);
    // Supervising nothing yet: an empty list, not a refusal.
    scopes.push(units.length > 0 ? { and: [{ stage: { in: stagesOf(['supervisor-reviewer']) } }, { unit: { in: units } }] } : { id: { exists: false } });
  }
  if (scopes.length === 0) return false;
  return scopes.length === 1 ? scopes[0]! : { or: scopes };
};
