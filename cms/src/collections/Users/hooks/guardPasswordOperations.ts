import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { hasRole } from '../../../access/user.ts';
import { assertPasswordAllowed } from '../passwordRules.ts';

/**
 * reset-password hashes the new password before any collection hook sees it, so the policy is
 * checked here, on the operation's arguments. forgot-password issues a reset token for any e-mail
 * typed in; no mail is configured in this product, so a reset is an administrator's act (a new
 * password set on the account, or a token asked for on the user's behalf). The Local API (server
 * code, overrideAccess) is not a visitor.
 */
export const guardPasswordOperations: CollectionBeforeOperationHook = async ({ args, operation, overrideAccess, req }) => {
  if (operation === 'forgotPassword' && !overrideAccess && !hasRole(req.user, 'admin')) {
    throw new APIError('只有系统管理员可以重置他人密码；忘记密码请联系系统管理员。', 403);
  }
  if (operation === 'resetPassword') {
    const token = args.data?.token;
    const holder = typeof token === 'string' && token !== ''
      ? await req.payload.db.findOne<{ id: number | string; email?: string }>({ collection: 'users', req, where: { resetPasswordToken: { equals: token } } })
      : null;
    assertPasswordAllowed(args.data?.password, holder?.email);
  }
  return args;
};
