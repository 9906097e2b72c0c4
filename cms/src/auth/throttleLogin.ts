import { APIError, LockedAuth, type CollectionBeforeOperationHook, type Payload, type Where } from 'payload';
import { beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';
import { lockedUntilUnlocked, loginPolicy } from './loginPolicy.ts';
import { loginAttemptOf, type LoginAttempt } from './loginRequest.ts';

const events = 'login-events' as never;

/** Where the login's own log entry is, for recordLoginSuccess (GraphQL runs aliased logins one by one). */
export const loginEventKey = 'loginEventId';

async function failuresSince(payload: Payload, since: Date, match: Where[]): Promise<number> {
  const where: Where = { and: [{ outcome: { equals: 'failure' } }, { createdAt: { greater_than: since.toISOString() } }, ...match] };
  return (await payload.count({ collection: events, where, overrideAccess: true })).totalDocs;
}

async function distinctClients(payload: Payload, since: Date, email: string): Promise<number> {
  const found = await payload.find({
    collection: events,
    where: { and: [{ outcome: { equals: 'failure' } }, { email: { equals: email } }, { createdAt: { greater_than: since.toISOString() } }] },
    select: { clientKey: true } as never,
    limit: loginPolicy.lockFailures * 4,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  });
  return new Set(found.docs.map((doc) => (doc as { clientKey?: string }).clientKey)).size;
}

/** When the account was last locked: failures before it were answered by that lock (and an administrator's unlock). */
async function lastLocked(payload: Payload, email: string): Promise<Date | undefined> {
  const found = await payload.find({ collection: events, where: { and: [{ outcome: { equals: 'locked' } }, { email: { equals: email } }] }, sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true });
  const at = (found.docs[0] as { createdAt?: string } | undefined)?.createdAt;
  return at ? new Date(at) : undefined;
}

/** The last resort: very many failures for one account from many addresses lock it until an administrator unlocks it. */
async function lockIfBesieged(payload: Payload, attempt: LoginAttempt, now: Date): Promise<boolean> {
  if (!attempt.email) return false;
  const windowStart = new Date(now.getTime() - loginPolicy.lockWindowMs);
  const locked = await lastLocked(payload, attempt.email);
  const since = locked && locked > windowStart ? locked : windowStart;
  if ((await failuresSince(payload, since, [{ email: { equals: attempt.email } }])) < loginPolicy.lockFailures) return false;
  if ((await distinctClients(payload, since, attempt.email)) < loginPolicy.lockClients) return false;
  // Payload's own lock fields, written the way Payload writes them (no hooks), so the admin's
  // unlock button and POST /api/users/unlock lift the lock.
  const user = await payload.db.findOne<{ id: number | string }>({ collection: 'users', where: { email: { equals: attempt.email } } });
  if (!user) return false;
  await payload.db.updateOne({ collection: 'users', id: user.id, data: { lockUntil: lockedUntilUnlocked.toISOString() }, returning: false });
  payload.logger.warn({ msg: 'account locked after failed logins from many addresses', email: attempt.email });
  return true;
}

const minutes = Math.round(loginPolicy.windowMs / 60_000);

/**
 * beforeOperation 'login', the one hook Payload runs for every login through every door (REST,
 * GraphQL, each aliased loginUser of one request, the admin), before the password is checked.
 * Each attempt is logged first as a failure (recordLoginSuccess turns it into a success), outside
 * any transaction so that a failed login keeps its entry; then this client's failures decide.
 * Logging first and counting after means parallel attempts see each other.
 */
export const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args;
  const { payload } = req;
  const attempt = loginAttemptOf(req, (args as { data?: unknown }).data);
  const now = new Date();
  const entry = (await payload.create({ collection: events, data: { ...attempt, outcome: 'failure', time: beijingDateTime(now, { seconds: true }) } as never, overrideAccess: true, depth: 0 })) as { id: number | string };
  const refuse = async (outcome: 'throttled' | 'locked', error: Error) => {
    await payload.update({ collection: events, id: entry.id, data: { outcome } as never, overrideAccess: true, depth: 0 });
    throw error;
  };

  const since = new Date(now.getTime() - loginPolicy.windowMs);
  const client = { clientKey: { equals: attempt.clientKey } };
  if ((await failuresSince(payload, since, [client, { email: { equals: attempt.email } }])) > loginPolicy.perClientAndAccount) {
    await refuse('throttled', new APIError(`登录失败次数过多：本网络地址对账号“${attempt.email}”的登录已暂停，请 ${minutes} 分钟后再试；忘记密码请联系系统管理员重置。`, 429, undefined, true));
  }
  if ((await failuresSince(payload, since, [client])) > loginPolicy.perClient) {
    await refuse('throttled', new APIError(`本网络地址登录失败次数过多，已暂停登录，请 ${minutes} 分钟后再试。`, 429, undefined, true));
  }
  if (await lockIfBesieged(payload, attempt, now)) await refuse('locked', new LockedAuth(req.t));

  req.context[loginEventKey] = entry.id;
  return args;
};
