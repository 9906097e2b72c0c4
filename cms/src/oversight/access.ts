import { hasRole } from '../access/user.ts';

/** Who reads the oversight statistics (监督统计) and the 月度通报: 编办 reviewers and administrators. */
export type StatisticsReader = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function statisticsReader(user: unknown): StatisticsReader {
  if (!user) return { ok: false, status: 401, message: '请先登录。' };
  if (hasRole(user, 'reviewer', 'admin')) return { ok: true };
  return { ok: false, status: 403, message: '监督统计和月度通报只向审核员（编办/审改办）和系统管理员开放。' };
}
