import { hasRole, unitIdOf } from '../access/user.ts';

/** Who may import: administrators any unit's rows, a unit's editors their own unit's rows only. */
export type ImportRight = { ok: true; ownUnitId?: string } | { ok: false; status: number; message: string };

export function importRight(user: unknown): ImportRight {
  if (!user) return { ok: false, status: 401, message: '请先登录：导入梳理表须由登录用户办理。' };
  if (hasRole(user, 'admin')) return { ok: true };
  const unit = unitIdOf(user);
  if (hasRole(user, 'editor') && unit !== undefined) return { ok: true, ownUnitId: String(unit) };
  if (hasRole(user, 'editor')) return { ok: false, status: 403, message: '您的账号未关联单位，不能导入梳理表；请联系系统管理员设置所属单位。' };
  return { ok: false, status: 403, message: '只有部门填报员（导入本单位事项）和系统管理员可以导入梳理表。' };
}
