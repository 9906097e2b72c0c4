import type { Role } from '../vocabularies/index.ts';

/**
 * Who files an adjustment (新增 / 取消 / 变更) for a unit: the unit's editors and heads, for their
 * own unit only. The CMS's create access (editOwnUnit) holds the same rule on the server — it also
 * lets administrators file for any unit; the catalog list offers the buttons only to unit staff.
 */
export const proposerRoles: readonly Role[] = ['editor', 'unit-head'];

export function proposesForUnit(user: { roles?: readonly string[] | null; unit?: unknown } | null | undefined): boolean {
  if (!user || user.unit === undefined || user.unit === null) return false;
  return (user.roles ?? []).some((role) => (proposerRoles as readonly string[]).includes(role));
}
