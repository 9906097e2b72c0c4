import { proposesForUnit } from '@catalog/content-models/people/proposers.ts';

/** The logged-in user's unit id when they file adjustments for it (editors, unit heads), else undefined. */
export function proposingUnit(user: { roles?: string[] | null; unit?: unknown } | null | undefined): string | number | undefined {
  if (!proposesForUnit(user)) return undefined;
  const unit = user!.unit;
  return typeof unit === 'object' && unit !== null ? (unit as { id: string | number }).id : (unit as string | number);
}
