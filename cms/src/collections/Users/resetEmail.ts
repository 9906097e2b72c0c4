import type { PayloadRequest } from 'payload';
import { escapeHtml } from '../../html/escapeHtml.ts';

/** Where the reset link points: the CMS's public address when set, else the request's own origin. */
function adminUrl(req: PayloadRequest | undefined): string {
  const base = process.env.CMS_URL ?? process.env.CMS_PUBLIC_URL ?? req?.origin ?? 'http://localhost:3000';
  return `${base.replace(/\/$/, '')}/admin`;
}

/**
 * The password-reset mail Payload sends when an administrator starts a reset and mail is
 * configured (SMTP_URL), in Chinese instead of Payload's English default.
 */
export const resetEmail = {
  generateEmailSubject: () => '【公共服务事项目录】设置登录密码',
  generateEmailHTML: (args?: { req?: PayloadRequest; token?: string; user?: { name?: string; email?: string } }) => {
    const link = `${adminUrl(args?.req)}/reset/${encodeURIComponent(args?.token ?? '')}`;
    const name = args?.user?.name ?? args?.user?.email ?? '';
    return [
      `<p>${name ? `${escapeHtml(name)}，` : ''}您好：</p>`,
      '<p>系统管理员为您的账号发起了密码设置。请在 1 小时内打开下面的链接设置新密码：</p>',
      `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`,
      '<p>如非本人或管理员所为，请忽略本邮件并告知系统管理员。</p>',
    ].join('\n');
  },
};
