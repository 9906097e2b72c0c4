import type { Payload, Where } from 'payload';
import type { RatingRecord } from '@catalog/content-models';
import { idOf, text, type Doc, type Id } from '../docs.ts';

const PAGE_SIZE = 500;

export interface GuideRef {
  id: string;
  implementationCode: string;
  name: string;
  unitId: string;
}

/** A rating's verdict; ratings stored before verdict existed have only the older yes/no. */
function verdictOf(doc: Doc): RatingRecord['verdict'] | undefined {
  if (doc.verdict === 'good' || doc.verdict === 'bad') return doc.verdict;
  if (typeof doc.helpful === 'boolean') return doc.helpful ? 'good' : 'bad';
  return undefined;
}

/** The published guides with these ids: their public code and name, and the unit that owns them. */
async function guidesById(payload: Payload, ids: Id[]): Promise<Map<string, GuideRef>> {
  const guides = new Map<string, GuideRef>();
  for (let i = 0; i < ids.length; i += PAGE_SIZE) {
    const found = await payload.find({
      collection: 'implementations',
      where: { id: { in: ids.slice(i, i + PAGE_SIZE) } },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
    });
    for (const guide of found.docs as unknown as Doc[]) {
      const code = text(guide.implementationCode);
      const unit = idOf(guide.unit);
      if (code && unit !== undefined) guides.set(String(guide.id), { id: String(guide.id), implementationCode: code, name: text(guide.name) ?? code, unitId: String(unit) });
    }
  }
  return guides;
}

/**
 * Ratings in one moderation state (of one unit, when given) as the pure aggregates take them, with
 * the guides they are about. A rating of a guide no longer published, or without a verdict, is
 * left out: it cannot be attributed to an item anyone can see.
 */
export async function ratingRecords(payload: Payload, moderation: 'approved' | 'pending', unit?: Id): Promise<{ records: RatingRecord[]; guides: Map<string, GuideRef> }> {
  const where: Where = { and: [{ kind: { equals: 'rating' } }, { moderation: { equals: moderation } }, ...(unit === undefined ? [] : [{ unit: { equals: unit } }])] };
  const ratings: Doc[] = [];
  for (let page = 1; ; page += 1) {
    const found = await payload.find({ collection: 'feedback', where, depth: 0, limit: PAGE_SIZE, page, sort: 'id', overrideAccess: true });
    ratings.push(...(found.docs as unknown as Doc[]));
    if (!found.hasNextPage) break;
  }
  const guides = await guidesById(payload, [...new Set(ratings.map((r) => idOf(r.implementation)).filter((id): id is Id => id !== undefined))]);
  const records: RatingRecord[] = [];
  for (const rating of ratings) {
    const guide = guides.get(String(idOf(rating.implementation)));
    const verdict = verdictOf(rating);
    if (!guide || !verdict) continue;
    records.push({
      implementationCode: guide.implementationCode,
      unitId: String(idOf(rating.unit) ?? guide.unitId),
      verdict,
      ...(verdict === 'bad' && typeof rating.reason === 'string' ? { reason: rating.reason as RatingRecord['reason'] } : {}),
      ...(verdict === 'bad' && typeof rating.followUp === 'string' ? { followUp: rating.followUp as RatingRecord['followUp'] } : {}),
    });
  }
  return { records, guides };
}
