import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { runCommand } from '../child-process.ts';
import type { TableCounts } from './manifest.ts';

/**
 * The client tools: PG_BIN_DIR if set, else the newest Debian PostgreSQL (/usr/lib/postgresql/N/bin,
 * as test/support/postgres.ts finds it), else PATH. pg_dump must be at least the server's version.
 */
export function postgresTool(name: 'pg_dump' | 'pg_restore', env: Record<string, string | undefined> = process.env): string {
  if (env.PG_BIN_DIR) return join(env.PG_BIN_DIR, name);
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', name))).sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length > 0 ? join(root, versions[0]!, 'bin', name) : name;
}

/** The URL without its password, and the password for PGPASSWORD: a password never shows in `ps`. */
function connection(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** `pg_dump --format=custom`: one consistent snapshot of the database, compressed, for pg_restore. */
export async function dumpPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  await runCommand('pg_dump ', postgresTool('pg_dump'), ['--format=custom', '--no-owner', `--file=${file}`, `--dbname=${dbname}`], { env });
}

/**
 * `pg_restore --clean --if-exists --no-owner` in one transaction: the dump's tables are dropped and
 * recreated with its rows, and any error rolls the whole restore back.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  await runCommand('pg_restore ', postgresTool('pg_restore'), ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${dbname}`, file], { env });
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Rows per table of the connection's schema. */
export function postgresTableCounts(url: string): Promise<TableCounts> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    );
    const counts: TableCounts = {};
    for (const { name } of tables.rows) {
      const result = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}`);
      counts[name] = Number(result.rows[0]!.n);
    }
    return counts;
  });
}

/** Other sessions on the same database (a running CMS or publish worker holds some). */
export function otherSessions(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const result = await client.query<{ n: string }>('SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return Number(result.rows[0]!.n);
  });
}
