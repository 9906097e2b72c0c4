import type { Payload, Where } from 'payload';

/** A limit: at most `limit` counted requests per client in any `windowMs`. */
export interface Limit {
  bucket: string;
  limit: number;
  windowMs: number;
}

const collection = 'rate-limits' as never;
const pruneEveryMs = 60_000;
let prunedAt = 0;

/**
 * Counts one request of `client` against `limit`; false when the client already used it up.
 * The count lives in the `rate-limits` collection, so several CMS processes share it. Written
 * first and counted after, a burst of parallel requests sees its own rows and cannot overshoot.
 * Call it outside a database transaction: the row must stay even when the request then fails.
 */
export async function consumeLimit(payload: Payload, { bucket, limit, windowMs }: Limit, client: string, now: Date = new Date()): Promise<boolean> {
  const live: Where = { and: [{ bucket: { equals: bucket } }, { client: { equals: client } }, { expiresAt: { greater_than: now.toISOString() } }] };
  const count = async () => (await payload.count({ collection, where: live, overrideAccess: true })).totalDocs;
  if ((await count()) >= limit) return false;
  const hit = await payload.create({ collection, data: { bucket, client, expiresAt: new Date(now.getTime() + windowMs).toISOString() } as never, overrideAccess: true, depth: 0 });
  if ((await count()) > limit) {
    await payload.delete({ collection, id: (hit as { id: number | string }).id, overrideAccess: true });
    return false;
  }
  await pruneExpired(payload, now);
  return true;
}

/** Expired rows are worthless; one bulk delete a minute per process keeps the table small. */
async function pruneExpired(payload: Payload, now: Date): Promise<void> {
  if (now.getTime() - prunedAt < pruneEveryMs) return;
  prunedAt = now.getTime();
  await payload.db.deleteMany({ collection, where: { expiresAt: { less_than_equal: now.toISOString() } } });
}
