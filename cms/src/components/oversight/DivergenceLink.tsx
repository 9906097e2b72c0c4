import type { Payload } from 'payload';
import { hasRole, seeAllRoles } from '../../access/user.ts';

/** In the navigation of reviewers, approvers and administrators: the way to 标准化差异排名. */
export function DivergenceLink({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!hasRole(user, ...seeAllRoles)) return null;
  return (
    <a href={`${payload.config.routes.admin}/oversight/divergence`} style={{ display: 'block', marginBottom: '1rem' }}>
      标准化差异排名
    </a>
  );
}
