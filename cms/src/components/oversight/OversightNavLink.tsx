import type { Payload } from 'payload';
import { statisticsReader } from '../../oversight/access.ts';

/** In the navigation of reviewers and administrators only: 监督统计 (the view checks the role again). */
export function OversightNavLink({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!statisticsReader(user).ok) return null;
  return (
    <a href={`${payload.config.routes.admin}/oversight`} style={{ display: 'block', marginBottom: '1rem' }}>
      监督统计与月度通报
    </a>
  );
}
