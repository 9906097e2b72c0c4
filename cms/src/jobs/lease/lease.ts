import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload';
import { backOff, isTransientWriteError, lockRow } from '../../workflow/durability.ts';
import { leasesSlug } from './collection.ts';

/**
 * A lease: one process at a time holds a named duty (the publish queue) for `ttlMs` and renews it
 * while it works. Every change is a compare-and-set on the lease's row under a row lock
 * (PostgreSQL `SELECT … FOR UPDATE`; SQLite's IMMEDIATE transactions run one at a time; MongoDB's
 * write conflict), through the Payload Local API, so it holds on every adapter and across hosts.
 * Expiry is judged by the clock of the process asking: hosts need synchronised clocks (NTP), and a
 * lease's time to live must be far above their skew.
 */

export interface LeaseState {
  holder?: string | null;
  token?: number | null;
  expiresAt?: string | null;
}

export type LeaseDecision = 'renew' | 'take' | 'take-over' | 'busy';

/**
 * What `holder` asking for the lease at `now` does to it: its own lease is renewed (even past
 * expiry, as long as nobody took it since); a free one is taken; an expired one of another holder
 * is taken over; a live one of another holder is busy.
 */
export function leaseDecision(state: LeaseState, holder: string, now: Date): LeaseDecision {
  if (state.holder === holder) return 'renew';
  if (!state.holder) return 'take';
  const expires = state.expiresAt ? Date.parse(state.expiresAt) : Number.NaN;
  if (!Number.isFinite(expires) || expires <= now.getTime()) return 'take-over';
  return 'busy';
}

export interface LeaseGrant {
  name: string;
  holder: string;
  /** Raised by every new holder (fencing): a process holding an older token was superseded. */
  token: number;
  expiresAt: Date;
  /** Set when the lease was taken over from a holder that stopped renewing it. */
  tookOverFrom?: { holder: string; expiredAt: string | null };
}

type Row = LeaseState & { id: string | number; name: string };

async function rowOf(payload: Payload, name: string, req?: PayloadRequest): Promise<Row | undefined> {
  const found = await payload.find({ collection: leasesSlug as never, where: { name: { equals: name } }, limit: 1, depth: 0, pagination: false, overrideAccess: true, req });
  return found.docs[0] as unknown as Row | undefined;
}

/** The lease as stored (outside any transaction), for operators and tests. */
export async function readLease(payload: Payload, name: string): Promise<(LeaseState & { name: string }) | undefined> {
  return rowOf(payload, name);
}

/** The row exists once per name; two processes creating it at once: the unique name keeps one. */
async function ensureRow(payload: Payload, name: string): Promise<void> {
  if (await rowOf(payload, name)) return;
  try {
    await payload.create({ collection: leasesSlug as never, data: { name, token: 0 } as never, overrideAccess: true, depth: 0 });
  } catch (error) {
    if (!(await rowOf(payload, name))) throw error;
  }
}

/** Runs `decide` on the locked row in a transaction of its own; retried whole when the database was busy. */
async function onLockedRow<T>(payload: Payload, name: string, decide: (row: Row, req: PayloadRequest) => Promise<T>): Promise<T> {
  await ensureRow(payload, name);
  for (let attempt = 1; ; attempt += 1) {
    const req = await createLocalReq({}, payload);
    const shouldCommit = await initTransaction(req);
    try {
      const before = await rowOf(payload, name, req);
      if (!before) throw new Error(`租约 ${name} 不存在`);
      await lockRow(req, 'leases', before.id);
      // Read again under the lock: the first read may predate a holder that committed meanwhile.
      const row = (await rowOf(payload, name, req))!;
      const result = await decide(row, req);
      if (shouldCommit) await commitTransaction(req);
      return result;
    } catch (error) {
      await killTransaction(req);
      if (attempt < 25 && isTransientWriteError(error)) {
        await backOff(attempt);
        continue;
      }
      throw error;
    }
  }
}

async function write(payload: Payload, req: PayloadRequest, row: Row, data: Record<string, unknown>): Promise<void> {
  await payload.update({ collection: leasesSlug as never, id: row.id, data: data as never, overrideAccess: true, depth: 0, req });
}

/**
 * Takes the lease for `holder` for `ttlMs`, or renews it if `holder` already has it; undefined
 * while another holder's lease is live. Success is answered only once the row reads back as ours
 * outside the transaction (Payload's SQL adapters swallow a failed COMMIT).
 */
export async function takeLease(payload: Payload, name: string, holder: string, ttlMs: number, now: () => Date = () => new Date()): Promise<LeaseGrant | undefined> {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const grant = await onLockedRow(payload, name, async (row, req): Promise<LeaseGrant | undefined> => {
      const at = now();
      const decision = leaseDecision(row, holder, at);
      if (decision === 'busy') return undefined;
      const token = decision === 'renew' ? Number(row.token ?? 0) : Number(row.token ?? 0) + 1;
      const expiresAt = new Date(at.getTime() + ttlMs);
      await write(payload, req, row, { holder, token, expiresAt: expiresAt.toISOString(), ...(decision === 'renew' ? {} : { takenAt: at.toISOString() }) });
      const grant: LeaseGrant = { name, holder, token, expiresAt };
      if (decision === 'take-over') grant.tookOverFrom = { holder: row.holder!, expiredAt: row.expiresAt ?? null };
      return grant;
    });
    if (!grant) return undefined;
    const stored = await rowOf(payload, name);
    if (stored?.holder === holder && Number(stored.token) === grant.token) return grant;
    // Our commit did not land, or someone took the lease right after it (then we are busy).
    if (stored?.holder && stored.holder !== holder) return undefined;
  }
  throw new Error(`无法取得租约 ${name}：数据库没有保存本次写入。`);
}

/**
 * Extends the lease of `holder` holding `token`; false when it was lost (taken over after it
 * expired): the caller must stop the duty at once.
 */
export async function renewLease(payload: Payload, name: string, holder: string, token: number, ttlMs: number, now: () => Date = () => new Date()): Promise<boolean> {
  return onLockedRow(payload, name, async (row, req) => {
    if (row.holder !== holder || Number(row.token) !== token) return false;
    await write(payload, req, row, { expiresAt: new Date(now().getTime() + ttlMs).toISOString() });
    return true;
  });
}

/** Gives the lease up (a no-op if it is no longer ours), so another process need not wait for expiry. */
export async function releaseLease(payload: Payload, name: string, holder: string, token: number): Promise<void> {
  await onLockedRow(payload, name, async (row, req) => {
    if (row.holder !== holder || Number(row.token) !== token) return;
    await write(payload, req, row, { holder: null, expiresAt: null });
  });
}
