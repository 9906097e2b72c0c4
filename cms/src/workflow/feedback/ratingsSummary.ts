import type { Payload } from 'payload';
import { tally, tallyByItem, tallyByUnit, type RatingTally } from '@catalog/content-models';
import { hasRole, unitIdOf, unitRoles } from '../../access/user.ts';
import type { Doc, Id } from '../docs.ts';
import { ratingRecords } from './ratingRecords.ts';

/** Whose 好差评 a user may count: every unit (moderators), their own unit (unit staff), or none. */
export function summaryScope(user: unknown): { all: true } | { unit: Id } | undefined {
  if (hasRole(user, 'reviewer', 'admin')) return { all: true };
  const unit = hasRole(user, ...unitRoles) ? unitIdOf(user) : undefined;
  return unit === undefined ? undefined : { unit };
}

async function unitNames(payload: Payload, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await payload.find({ collection: 'units', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true });
  return new Map((found.docs as unknown as Doc[]).map((u) => [String(u.id), String(u.name)]));
}

export type RatingsSummary = Awaited<ReturnType<typeof ratingsSummary>>;

/**
 * 好差评统计 over approved (public) ratings: overall, per unit and per item (好评数、差评数、好评率、
 * 主要差评原因、整改 counts), most rated first; ratings waiting for moderation counted apart.
 */
export async function ratingsSummary(payload: Payload, scope: { all: true } | { unit: Id }) {
  const unit = 'unit' in scope ? scope.unit : undefined;
  const approved = await ratingRecords(payload, 'approved', unit);
  const pending = await ratingRecords(payload, 'pending', unit);
  const byUnit = tallyByUnit(approved.records);
  const names = await unitNames(payload, [...new Set([...byUnit.keys(), ...(unit === undefined ? [] : [String(unit)])])]);
  const guideByCode = new Map([...approved.guides.values()].map((g) => [g.implementationCode, g]));
  const mostRated = (a: RatingTally, b: RatingTally) => b.total - a.total;
  const { good, bad, total } = tally(pending.records);
  return {
    scope: unit === undefined ? ('all' as const) : { unit: String(unit), name: names.get(String(unit)) ?? '（未知单位）' },
    approved: {
      ...tally(approved.records),
      byUnit: [...byUnit]
        .sort(([, a], [, b]) => mostRated(a, b))
        .map(([id, t]) => ({ unit: { id, name: names.get(id) ?? '（未知单位）' }, ...t })),
      byItem: [...tallyByItem(approved.records)]
        .sort(([, a], [, b]) => mostRated(a, b))
        .map(([code, t]) => {
          const guide = guideByCode.get(code)!;
          return { implementation: { id: guide.id, implementationCode: code, name: guide.name }, unit: { id: guide.unitId }, ...t };
        }),
    },
    pending: { good, bad, total },
  };
}
