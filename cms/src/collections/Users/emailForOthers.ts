import type { FieldHook } from 'payload';
import { seesAccount } from '../../access/readUsers.ts';

/**
 * 登录邮箱 read by someone other than its owner or an administrator reads as the person's name.
 * Addresses stay private, and Payload's edit-lock dialog — which names the current editor by
 * `email` and nothing else — says 「张三 当前正在编辑此文档」 instead of a bare id. Server code
 * (overrideAccess: notices, e-mail) gets the real address.
 */
export const emailForOthers: FieldHook = ({ value, siblingData, req, overrideAccess }) => {
  if (overrideAccess || seesAccount(req.user, (siblingData as { id?: unknown }).id)) return value;
  const name = (siblingData as { name?: unknown }).name;
  return typeof name === 'string' && name ? name : undefined;
};
