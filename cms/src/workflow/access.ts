import type { Procedure, Role } from '@catalog/content-models';
import type { Access, PayloadRequest, Where } from 'payload';
import { staffRead } from '../access/staffRead.ts';
import { asStaff, hasRole, unitIdOf } from '../access/user.ts';
import { knownProcedures } from './procedure.ts';

/** Specialist roles whose stages are not tied to a unit (the 主管部门's are, see below). */
const specialists: Role[] = ['price-reviewer', 'finance-reviewer', 'legal-reviewer', 'intermediary-reviewer'];

/** Ids of the review stages a user's roles act on, in any procedure a case may follow. */
export function stagesOf(procedures: readonly Procedure[], roles: readonly Role[]): string[] {
  const ids = procedures.flatMap((procedure) => procedure.stages.filter((stage) => stage.roles.some((role) => roles.includes(role))).map((stage) => stage.id));
  return [...new Set(ids)];
}

/** 审核辖区: the division codes a reviewer is limited to (none: the whole deployment). */
export function regionScopeOf(user: unknown): string[] {
  const codes = (asStaff(user) as { regionCodes?: unknown } | undefined)?.regionCodes;
  return Array.isArray(codes) ? codes.map(String).filter(Boolean) : [];
}

function withinRegion(where: Where | true, regions: string[]): Where | true {
  if (regions.length === 0) return where;
  const scope: Where = { regionPath: { in: regions } };
  return where === true ? scope : { and: [where, scope] };
}

async function reviewerScopes(req: PayloadRequest, roles: Role[]): Promise<Where[]> {
  const scopes: Where[] = [];
  const procedures = await knownProcedures(req);
  const specialistStages = stagesOf(procedures, roles.filter((role) => specialists.includes(role)));
  if (specialistStages.length > 0) scopes.push({ stage: { in: specialistStages } });
  const ownUnit = unitIdOf(req.user);
  if (hasRole(req.user, 'supervisor-reviewer') && ownUnit !== undefined) {
    const supervised = await req.payload.find({ collection: 'units', where: { supervisor: { equals: ownUnit } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req });
    const units = supervised.docs.map((unit) => unit.id);
    // Supervising nothing yet: an empty list, not a refusal.
    scopes.push(units.length > 0 ? { and: [{ stage: { in: stagesOf(procedures, ['supervisor-reviewer']) } }, { unit: { in: units } }] } : { id: { exists: false } });
  }
  return scopes;
}

/**
 * Who reads adjustments: as staffRead (reviewers, approvers and administrators all, units their
 * own), and specialist reviewers (发改委、财政局、法制办、审管办、主管部门) those waiting at one of
 * their stages, the 主管部门 only for the units it supervises. A reviewer with a 审核辖区 reads only
 * the cases of units in it (administrators always read all; a unit always reads its own).
 */
export const readAdjustments: Access = async (args) => {
  const { req } = args;
  const base = await staffRead(args);
  const roles = (asStaff(req.user)?.roles ?? []) as Role[];
  const regions = hasRole(req.user, 'admin') ? [] : regionScopeOf(req.user);
  if (base === true) return withinRegion(true, regions);
  const scopes: Where[] = base && typeof base === 'object' ? [base] : [];
  for (const scope of await reviewerScopes(req, roles)) {
    const scoped = withinRegion(scope, regions);
    if (scoped !== true) scopes.push(scoped);
  }
  if (scopes.length === 0) return false;
  return scopes.length === 1 ? scopes[0]! : { or: scopes };
};
