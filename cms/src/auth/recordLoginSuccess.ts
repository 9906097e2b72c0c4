import type { CollectionAfterLoginHook } from 'payload';
import { beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';
import { loginAttemptOf } from './loginRequest.ts';
import { loginEventKey } from './throttleLogin.ts';

/**
 * afterLogin: the attempt throttleLogin logged as a failure succeeded. Written in the login's own
 * transaction, so a login that still fails after this point stays a failure in the log.
 */
export const recordLoginSuccess: CollectionAfterLoginHook = async ({ req, user }) => {
  const id = req.context[loginEventKey] as number | string | undefined;
  delete req.context[loginEventKey];
  const data = { outcome: 'success', user: user.id };
  if (id !== undefined) {
    await req.payload.update({ collection: 'login-events' as never, id, data: data as never, overrideAccess: true, depth: 0, req });
  } else {
    const attempt = loginAttemptOf(req, { email: user.email });
    await req.payload.create({ collection: 'login-events' as never, data: { ...attempt, ...data, time: beijingDateTime(new Date(), { seconds: true }) } as never, overrideAccess: true, depth: 0, req });
  }
  return user;
};
