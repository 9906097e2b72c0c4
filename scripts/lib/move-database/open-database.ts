import type { Payload } from 'payload';

/**
 * Opens the CMS on one database under its own key, so the source and the target live side by side
 * in this process with the real config (collections, globals) and the committed migrations, which
 * bring both to this code's schema (pending ones applied, as the CMS does when it starts; a schema
 * pushed by dev mode is refused, see cms/src/db/adapter.ts). Nothing is seeded.
 */
export async function openDatabase(url: string, key: string): Promise<Payload> {
  process.env.CMS_SEED = 'off';
  process.env.PAYLOAD_MIGRATE ??= '1';
  const { getPayload } = await import('payload');
  const { databaseAdapter } = await import('../../../cms/src/db/adapter.ts');
  const config = await (await import('../../../cms/src/payload.config.ts')).default;
  // The sanitized config's adapter type is narrower than the one the adapter factories return.
  return getPayload({ config: { ...config, db: databaseAdapter(url) as typeof config.db }, key });
}

/**
 * Releases the database: Payload's destroy() leaves the SQLite handle or the PostgreSQL pool open
 * (the adapter keeps a pool client checked out for good), and drops the cached instance.
 */
export async function closeDatabase(payload: Payload, key: string): Promise<void> {
  await payload.destroy().catch(() => undefined);
  const db = payload.db as unknown as { pool?: { end(): Promise<void>; _clients: { release?(destroy: boolean): void }[] }; client?: { close(): void } };
  if (db.pool) {
    const ending = db.pool.end();
    for (const client of [...db.pool._clients]) client.release?.(true);
    await ending.catch(() => undefined);
  }
  db.client?.close();
  (globalThis as unknown as { _payload?: Map<string, unknown> })._payload?.delete(key);
}
