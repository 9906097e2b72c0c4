import { unitIdOf } from '../access/user.ts';

/**
 * A unit's staff work for their own unit: it is the default of a new guide's 实施主体 and a new
 * case's 申请单位. Not a filterOptions: Payload would then refuse another unit with its generic
 * "invalid selection" before matchTarget and the access rules give their Chinese reason.
 */
export const ownUnitDefault = ({ user }: { user: unknown }) => unitIdOf(user) ?? null;
