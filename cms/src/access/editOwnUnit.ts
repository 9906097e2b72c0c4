import type { Access, AccessArgs, AccessResult } from 'payload';
import { wouldPublish } from './publishing.ts';
import { hasRole, unitIdOf, unitRoles } from './user.ts';

function relationId(value: unknown): unknown {
  return value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value;
}

/**
 * Create and update of catalog items and implementations: unit staff only within their own unit
 * (and cannot move a document to another unit), administrators anywhere, nobody may publish.
 * Restoring a version calls this with the restored `_status`, so a restore cannot publish either.
 */
export const editOwnUnit = ({ req, data }: AccessArgs): AccessResult => {
  if (!req.user || wouldPublish(data)) return false;
  if (hasRole(req.user, 'admin')) return true;
  const unit = unitIdOf(req.user);
  if (!hasRole(req.user, ...unitRoles) || unit === undefined) return false;
  if (data && 'unit' in data && data.unit !== undefined && String(relationId(data.unit)) !== String(unit)) return false;
  return { unit: { equals: unit } };
};

/** Create cannot be answered with a query: the same rule decided on the submitted data. */
export const createInOwnUnit: Access = (args) => editOwnUnit(args) !== false;
