import { copyFile, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createClient } from '@libsql/client';
import type { TableCounts } from './manifest.ts';

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * A consistent copy of a live SQLite database with `VACUUM INTO` through libsql (the client the
 * CMS's adapter uses): it reads one snapshot of the database, WAL included, while the CMS keeps
 * writing — unlike a file copy, which can catch a page half-written or miss the WAL.
 */
export async function backupSqlite(path: string, destination: string): Promise<void> {
  if (!(await stat(path).then((s) => s.isFile() && s.size > 0, () => false))) {
    throw new Error(`SQLite 数据库文件不存在或为空：${path}`);
  }
  const client = createClient({ url: `file:${path}` });
  try {
    await client.execute('PRAGMA busy_timeout = 30000');
    await client.execute(`VACUUM INTO ${quoteText(destination)}`);
  } finally {
    client.close();
  }
}

/** Rows per table; an empty object when the file does not exist yet. */
export async function sqliteTableCounts(path: string): Promise<TableCounts> {
  if (!(await stat(path).then((s) => s.size > 0, () => false))) return {};
  const client = createClient({ url: `file:${path}` });
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    const counts: TableCounts = {};
    for (const row of tables.rows) {
      const name = String(row.name);
      const result = await client.execute(`SELECT count(*) AS n FROM ${quoteIdentifier(name)}`);
      counts[name] = Number(result.rows[0]!.n);
    }
    return counts;
  } finally {
    client.close();
  }
}

async function checkSqlite(path: string): Promise<void> {
  const client = createClient({ url: `file:${path}` });
  try {
    const result = await client.execute('PRAGMA quick_check');
    const verdict = String(result.rows[0]?.[0] ?? '');
    if (verdict !== 'ok') throw new Error(`备份中的 SQLite 数据库已损坏（quick_check：${verdict}）。`);
  } finally {
    client.close();
  }
}

/**
 * Replaces the database file with the backup's: copied next to it and checked first (a failure
 * leaves the old database untouched), the old WAL checkpointed into the old file, then renamed
 * over it. The WAL and shared-memory files of the old database are removed: frames of the old
 * database must never be replayed onto the new one. Only safe while no process has it open.
 */
export async function restoreSqlite(backupFile: string, path: string): Promise<void> {
  const incoming = `${path}.restore-${process.pid}`;
  await mkdir(dirname(path), { recursive: true });
  try {
    await copyFile(backupFile, incoming);
    const handle = await open(incoming, 'r+');
    await handle.sync();
    await handle.close();
    await checkSqlite(incoming);
    if (await stat(path).then(() => true, () => false)) {
      const old = createClient({ url: `file:${path}` });
      try {
        await old.execute('PRAGMA wal_checkpoint(TRUNCATE)');
      } finally {
        old.close();
      }
    }
    await rm(`${path}-wal`, { force: true });
    await rm(`${path}-shm`, { force: true });
    await rename(incoming, path);
  } finally {
    await rm(incoming, { force: true });
  }
}
