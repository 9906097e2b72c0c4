/**
 * How failed logins are answered. A stranger who guesses passwords is stopped at his own address
 * (per account and over all accounts) while the account's owner, elsewhere, still logs in; the
 * account itself is locked only when very many failures come from many addresses at once, which
 * one person cannot produce, and then only an administrator unlocks it.
 */
export const loginPolicy = {
  windowMs: 15 * 60 * 1000,
  /** Failures from one client for one account before that client is refused for that account. */
  perClientAndAccount: 5,
  /** Failures from one client over all accounts (password spraying) before it is refused entirely. */
  perClient: 20,
  lockWindowMs: 60 * 60 * 1000,
  /** Failures for one account within lockWindowMs, from at least lockClients addresses, that lock it. */
  lockFailures: 50,
  lockClients: 10,
};

/** Until an administrator unlocks it (POST /api/users/unlock or the admin): a far date, not a lock time. */
export const lockedUntilUnlocked = new Date('9999-12-31T00:00:00.000Z');

/**
 * Payload's own counter locks any account after maxLoginAttempts failures from anyone, which is
 * exactly the lock a stranger could use against its owner; the throttle above replaces it. The
 * counter stays enabled (a number, not 0) so that Payload keeps the lock fields and the unlock
 * operation the last-resort lock relies on.
 */
export const payloadMaxLoginAttempts = Number.MAX_SAFE_INTEGER;
