import { hasRole } from '../access/user.ts';

/** Units, regions and accounts are the county's master data: only administrators set them up. */
export type OrganizationRight = { ok: true } | { ok: false; status: number; message: string };

export function organizationRight(user: unknown): OrganizationRight {
  if (!user) return { ok: false, status: 401, message: '请先登录：导入单位和账号须由系统管理员办理。' };
  if (hasRole(user, 'admin')) return { ok: true };
  return { ok: false, status: 403, message: '只有系统管理员可以导入单位、行政区划和账号。' };
}
