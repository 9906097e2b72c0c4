import type { Role } from '@catalog/content-models';

/** The parts of a logged-in user that access rules look at. */
export interface StaffUser {
  id: number | string;
  collection?: string;
  roles?: Role[] | null;
  unit?: number | string | { id: number | string } | null;
}

export function asStaff(user: unknown): StaffUser | undefined {
  return user && typeof user === 'object' && 'id' in user ? (user as StaffUser) : undefined;
}

export function hasRole(user: unknown, ...wanted: Role[]): boolean {
  const roles = asStaff(user)?.roles ?? [];
  return roles.some((role) => wanted.includes(role));
}

/** The user's unit id whether the relation came populated or not. */
export function unitIdOf(user: unknown): number | string | undefined {
  const unit = asStaff(user)?.unit;
  if (unit === null || unit === undefined) return undefined;
  return typeof unit === 'object' ? unit.id : unit;
}

/** Roles that see every item and guide (编办 reviewers, the approving government, administrators). */
export const seeAllRoles: Role[] = ['reviewer', 'approver', 'admin'];

/** 专项审核: each reads the items its speciality covers (see specialistScope). */
export const specialistRoles: Role[] = ['price-reviewer', 'finance-reviewer', 'legal-reviewer', 'intermediary-reviewer', 'supervisor-reviewer'];

/** Roles that keep their own unit's items. */
export const unitRoles: Role[] = ['editor', 'unit-head'];
