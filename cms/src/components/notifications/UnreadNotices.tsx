import type { Payload } from 'payload';

/**
 * In the navigation, on every admin page: 站内通知：N 条未读, linking to the inbox (unread first).
 * A server component: it counts only the signed-in user's own notices.
 */
export async function UnreadNotices({ payload, user }: { payload: Payload; user?: { id: number | string; collection?: string } | null }) {
  if (!user || user.collection !== 'users') return null;
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    where: { and: [{ recipient: { equals: user.id } }, { unread: { equals: true } }] },
    overrideAccess: true,
  });
  return (
    <a href={`${payload.config.routes.admin}/collections/notifications`} style={{ display: 'block', marginBottom: '1rem', fontWeight: totalDocs > 0 ? 600 : 400 }}>
      站内通知：{totalDocs > 0 ? `${totalDocs} 条未读` : '没有未读'}
    </a>
  );
}
