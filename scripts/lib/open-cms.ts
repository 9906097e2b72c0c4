import type { Payload } from 'payload';

/**
 * Opens the CMS database in this process the way `npm start`'s CMS does: the committed migrations
 * (pending ones applied, see cms/src/db/adapter.ts), never a schema pushed from the config — a
 * push onto the database `npm start` built fails `CREATE INDEX … already exists` and could lose
 * data. PAYLOAD_MIGRATE=1 keeps that so even under NODE_ENV=test, unless the caller set it: a
 * test that starts the worker on its own pushed test database says PAYLOAD_MIGRATE=0 (migrating a
 * pushed database is refused, see cms/src/db/adapter.ts). No demo seed here.
 */
export async function openCms(): Promise<Payload> {
  process.env.CMS_SEED ??= 'off';
  process.env.PAYLOAD_MIGRATE ??= '1';
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config.ts');
  return getPayload({ config });
}
