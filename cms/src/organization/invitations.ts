import { randomBytes } from 'node:crypto';
import type { PayloadRequest } from 'payload';
import { serverUrl } from '../env.ts';
import { beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';

/** How long an invitation link sets a password: long enough to reach a colleague, short enough to go stale. */
export const invitationDays = 7;

/**
 * A password nobody knows, for an account whose owner has not yet chosen one: 256 random bits,
 * never stored in clear or shown. The prefix meets the policy's character classes, so the
 * password hooks that guard every save accept it as they accept any other.
 */
export function unusablePassword(): string {
  return `Aa1!${randomBytes(32).toString('base64url')}`;
}

export interface Invitation {
  name: string;
  email: string;
  /** The admin's set-password page for this account: works once, until `expiresAt`. */
  url: string;
  /** 北京时间. */
  expiresAt: string;
}

/**
 * Issues the account's reset-password token through Payload's own forgot-password operation (no
 * e-mail: this product sends none) and turns it into the admin's set-password link. Runs in the
 * request's transaction: if the import is rolled back, the token never existed.
 */
export async function invite(req: PayloadRequest, account: { name: string; email: string }): Promise<Invitation> {
  const expiration = invitationDays * 24 * 60 * 60 * 1000;
  const token = await req.payload.forgotPassword({ collection: 'users', data: { email: account.email }, disableEmail: true, expiration, req });
  if (typeof token !== 'string' || token === '') throw new Error(`未能为账号“${account.email}”生成设置密码链接`);
  const adminRoute = req.payload.config.routes.admin;
  const resetRoute = req.payload.config.admin.routes.reset;
  return {
    name: account.name,
    email: account.email,
    url: `${serverUrl()}${adminRoute}${resetRoute}/${token}`,
    expiresAt: beijingDateTime(new Date(Date.now() + expiration)),
  };
}
