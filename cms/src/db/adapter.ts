import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { Config } from 'payload';
import { cmsRoot } from '../env.ts';
import { migrations as postgresMigrations } from '../migrations/postgres/index.ts';
import { migrations as sqliteMigrations } from '../migrations/sqlite/index.ts';
import { afterConnect } from './afterConnect.ts';
import { SQLITE_BUSY_TIMEOUT_MS, withWaitingWriters } from './sqliteWriters.ts';
import { postgresTextsParentIndexes, sqliteTextsParentIndexes } from './textsParentIndexes.ts';

export const defaultDatabaseUrl = 'file:./data/catalog.db';

/** `file:relative.db` is resolved against cms/ and its folder created, so a fresh clone just works. */
export function sqliteFileUrl(url: string): string {
  const path = url.slice('file:'.length);
  const absolute = isAbsolute(path) ? path : resolve(cmsRoot, path);
  mkdirSync(dirname(absolute), { recursive: true });
  return `file:${absolute}`;
}

/**
 * Pushing the schema from the config (Payload's dev mode) is for the throwaway databases of the
 * tests only (Vitest sets NODE_ENV=test). Everything else — `next start`, `next dev`, and every
 * script that opens a database (import, publish, the publish worker, seed, regions, bench) — gets
 * its schema from the committed migrations only: a push onto a live database once failed half-way
 * (`CREATE INDEX … already exists`) and could drop data. PAYLOAD_MIGRATE=1 turns pushing off in
 * tests too.
 */
export function pushesSchema(): boolean {
  return process.env.NODE_ENV === 'test' && process.env.PAYLOAD_MIGRATE !== '1';
}

/** The committed migrations of either SQL adapter, as `prodMigrations` takes them. */
type Migrations = readonly { name: string }[];

/**
 * Payload applies `prodMigrations` on connect only when NODE_ENV is production; outside it (`next
 * dev`, scripts) this runs the pending ones too, so a script on a fresh database gets the same
 * schema as the server and a script on a live one finds nothing to do. A database whose schema was
 * pushed by dev mode cannot be migrated without losing data: refused with the reason.
 */
function migrateOnConnect(adapter: Config['db'], migrations: Migrations): Config['db'] {
  if (pushesSchema()) return adapter;
  return afterConnect(adapter, async (db) => {
    if (process.env.NODE_ENV === 'production') return;
    const pushed = await db.payload
      .find({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, limit: 1, depth: 0, overrideAccess: true })
      .then((found) => found.totalDocs > 0)
      .catch(() => false);
    if (pushed) {
      throw new Error('该数据库的表结构曾由开发模式直接推送（payload_migrations 中有 batch = -1 的记录），不能按迁移升级而不丢数据：请备份数据库，改用由 npm start（迁移）建立的数据库。');
    }
    await db.migrate({ migrations: migrations as never });
  });
}

/**
 * Chooses the Payload database adapter from DATABASE_URL's scheme. The schema comes from the
 * committed migrations (see pushesSchema: only the tests push it). MongoDB needs neither.
 */
export function databaseAdapter(url: string = process.env.DATABASE_URL || defaultDatabaseUrl): Config['db'] {
  const scheme = url.split(':')[0]?.toLowerCase() ?? '';
  const push = pushesSchema();
  const migrationDir = (db: string) => resolve(cmsRoot, 'src/migrations', db);
  if (scheme === 'file') {
    return migrateOnConnect(withWaitingWriters(
      sqliteAdapter({
        client: { url: sqliteFileUrl(url) },
        // WAL: the admin keeps reading while a long write (seed, publish) runs, and commits cost less.
        wal: true,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        // Without transactionOptions the SQLite adapter runs no transactions at all: every
        // "all or nothing" write would be written piecemeal. libsql begins them IMMEDIATE.
        transactionOptions: {},
        afterSchemaInit: [sqliteTextsParentIndexes],
        push,
        migrationDir: migrationDir('sqlite'),
        prodMigrations: sqliteMigrations,
      }),
    ), sqliteMigrations);
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    return migrateOnConnect(
      postgresAdapter({
        pool: { connectionString: url },
        afterSchemaInit: [postgresTextsParentIndexes],
        push,
        migrationDir: migrationDir('postgres'),
        prodMigrations: postgresMigrations,
      }),
      postgresMigrations,
    );
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    return mongooseAdapter({ url });
  }
  throw new Error(
    `环境变量 DATABASE_URL 的协议“${scheme}”不受支持（值：${url}）。可接受：file:（SQLite，如 ${defaultDatabaseUrl}）、postgres:// 或 postgresql://（PostgreSQL）、mongodb://（MongoDB）。`,
  );
}
