import type { Payload } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';
import { leaseDecision, readLease, releaseLease, renewLease, takeLease } from '../../cms/src/jobs/lease/lease.ts';

/**
 * The lease that lets one worker at a time run the publish queue, on this project's database
 * (SQLite in `publish`, PostgreSQL in `publish-postgres`): take, renew, expire, take-over, release,
 * and contenders racing for a free and for an expired lease. Time is passed in, never waited for.
 */
let payload: Payload;
const TTL = 10_000;
const at = (ms: number) => () => new Date(Date.parse('2026-12-02T10:00:00.000Z') + ms);

beforeAll(async () => {
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config.ts');
  payload = await getPayload({ config });
});

describe('leaseDecision', () => {
  const now = new Date('2026-12-02T10:00:00.000Z');
  it('renews its own, takes a free or expired one, is busy on another live one', () => {
    expect(leaseDecision({ holder: 'a', expiresAt: '2026-12-02T10:00:05.000Z' }, 'a', now)).toBe('renew');
    expect(leaseDecision({ holder: 'a', expiresAt: '2026-12-02T09:59:00.000Z' }, 'a', now)).toBe('renew');
    expect(leaseDecision({ holder: null }, 'b', now)).toBe('take');
    expect(leaseDecision({ holder: 'a', expiresAt: '2026-12-02T10:00:00.000Z' }, 'b', now)).toBe('take-over');
    expect(leaseDecision({ holder: 'a', expiresAt: null }, 'b', now)).toBe('take-over');
    expect(leaseDecision({ holder: 'a', expiresAt: '2026-12-02T10:00:00.001Z' }, 'b', now)).toBe('busy');
  });
});

describe('a lease in the database', () => {
  it('is taken, renewed, lost at expiry to a take-over, and released', async () => {
    const a = await takeLease(payload, 'lifecycle', 'worker-a', TTL, at(0));
    expect(a).toMatchObject({ holder: 'worker-a', token: 1 });
    expect(a!.tookOverFrom).toBeUndefined();
    // Live: another worker is refused, the holder renews (its token unchanged).
    expect(await takeLease(payload, 'lifecycle', 'worker-b', TTL, at(9_000))).toBeUndefined();
    expect(await renewLease(payload, 'lifecycle', 'worker-a', 1, TTL, at(9_000))).toBe(true);
    expect(Date.parse((await readLease(payload, 'lifecycle'))!.expiresAt!)).toBe(at(19_000)().getTime());
    expect(await takeLease(payload, 'lifecycle', 'worker-b', TTL, at(18_999))).toBeUndefined();
    // Expired: taken over with a new token; the old holder's renewal and take are refused.
    const b = await takeLease(payload, 'lifecycle', 'worker-b', TTL, at(19_000));
    expect(b).toMatchObject({ holder: 'worker-b', token: 2, tookOverFrom: { holder: 'worker-a' } });
    expect(await renewLease(payload, 'lifecycle', 'worker-a', 1, TTL, at(19_500))).toBe(false);
    expect(await takeLease(payload, 'lifecycle', 'worker-a', TTL, at(19_500))).toBeUndefined();
    // The old holder's release does nothing; the new holder's frees it at once.
    await releaseLease(payload, 'lifecycle', 'worker-a', 1);
    expect((await readLease(payload, 'lifecycle'))!.holder).toBe('worker-b');
    await releaseLease(payload, 'lifecycle', 'worker-b', 2);
    expect((await readLease(payload, 'lifecycle'))!.holder).toBeFalsy();
    const again = await takeLease(payload, 'lifecycle', 'worker-a', TTL, at(20_000));
    expect(again).toMatchObject({ holder: 'worker-a', token: 3 });
    expect(again!.tookOverFrom).toBeUndefined();
  });

  it('goes to exactly one of many contenders, free or expired', async () => {
    const contenders = Array.from({ length: 6 }, (_, i) => `contender-${i}`);
    const first = await Promise.all(contenders.map((holder) => takeLease(payload, 'race', holder, TTL, at(0))));
    const winners = first.filter(Boolean);
    expect(winners).toHaveLength(1);
    expect((await readLease(payload, 'race'))!.holder).toBe(winners[0]!.holder);
    // The winner stops renewing; after expiry the others race to take over: again one wins.
    const others = contenders.filter((holder) => holder !== winners[0]!.holder);
    const second = await Promise.all(others.map((holder) => takeLease(payload, 'race', holder, TTL, at(TTL + 1))));
    const successors = second.filter(Boolean);
    expect(successors).toHaveLength(1);
    expect(successors[0]).toMatchObject({ token: 2, tookOverFrom: { holder: winners[0]!.holder } });
    const stored = await payload.find({ collection: 'leases', where: { name: { equals: 'race' } }, overrideAccess: true });
    expect(stored.docs).toHaveLength(1);
    expect(stored.docs[0]!.holder).toBe(successors[0]!.holder);
  });
});
