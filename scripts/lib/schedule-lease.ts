import type { Payload } from 'payload';
import { takeLease } from '../../cms/src/jobs/lease/lease.ts';
import { workerIdentity } from './publish-queue.ts';

export const scheduleLeaseName = 'publish-schedule';

/**
 * The schedule's lease: each tick asks for it (a renewal when this process already holds it), so
 * one worker keeps the schedule while it lives and another takes it over three minutes after it
 * stopped — the nightly rebuild and the minute-by-minute effective-date check run once, not once
 * per worker (two checks at once could both put the same adjustment into force).
 */
export function scheduleLease(payload: Payload, identity = workerIdentity(), ttlMs = 3 * 60_000): () => Promise<boolean> {
  return async () => (await takeLease(payload, scheduleLeaseName, identity, ttlMs)) !== undefined;
}
