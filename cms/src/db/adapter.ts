import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { mongooseAdapter } from '@payloadcms/db-mongodb';
import { postgresAdapter } from '@payloadcms/db-postgres';
import { sqliteAdapter } from '@payloadcms/db-sqlite';
import type { Config } from 'payload';
import { cmsRoot } from '../env.ts';
import { migrations as postgresMigrations } from '../migrations/postgres/index.ts';
import { migrations as sqliteMigrations } from '../migrations/sqlite/index.ts';
import { SQLITE_BUSY_TIMEOUT_MS, withWaitingWriters } from './sqliteWriters.ts';

export const defaultDatabaseUrl = 'file:./data/catalog.db';

/** `file:relative.db` is resolved against cms/ and its folder created, so a fresh clone just works. */
export function sqliteFileUrl(url: string): string {
  const path = url.slice('file:'.length);
  const absolute = isAbsolute(path) ? path : resolve(cmsRoot, path);
  mkdirSync(dirname(absolute), { recursive: true });
  return `file:${absolute}`;
}

/**
 * Chooses the Payload database adapter from DATABASE_URL's scheme. The schema comes from the
 * committed migrations whenever Node runs in production (`next start`: Payload runs the pending
 * ones on start); in development (`next dev`, scripts, tests) Payload pushes the schema from the
 * config instead, unless PAYLOAD_MIGRATE=1 asks for migrations there too. MongoDB needs neither.
 */
export function databaseAdapter(url: string = process.env.DATABASE_URL || defaultDatabaseUrl): Config['db'] {
  const scheme = url.split(':')[0]?.toLowerCase() ?? '';
  const push = process.env.PAYLOAD_MIGRATE !== '1';
  const migrationDir = (db: string) => resolve(cmsRoot, 'src/migrations', db);
  if (scheme === 'file') {
    return withWaitingWriters(
      sqliteAdapter({
        client: { url: sqliteFileUrl(url) },
        // WAL: the admin keeps reading while a long write (seed, publish) runs, and commits cost less.
        wal: true,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        // Without transactionOptions the SQLite adapter runs no transactions at all: every
        // "all or nothing" write would be written piecemeal. libsql begins them IMMEDIATE.
        transactionOptions: {},
        push,
        migrationDir: migrationDir('sqlite'),
        prodMigrations: sqliteMigrations,
      }),
    );
  }
  if (scheme === 'postgres' || scheme === 'postgresql') {
    return postgresAdapter({
      pool: { connectionString: url },
      push,
      migrationDir: migrationDir('postgres'),
      prodMigrations: postgresMigrations,
    });
  }
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    return mongooseAdapter({ url });
  }
  throw new Error(
    `环境变量 DATABASE_URL 的协议“${scheme}”不受支持（值：${url}）。可接受：file:（SQLite，如 ${defaultDatabaseUrl}）、postgres:// 或 postgresql://（PostgreSQL）、mongodb://（MongoDB）。`,
  );
}
