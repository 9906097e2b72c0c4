import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/**
 * Whether the CMS will find an empty database, so `npm start` can say the demo is being written
 * (only then): true for an SQLite file that does not exist yet or is empty, false for one with
 * data, undefined for a server database (PostgreSQL, MongoDB), which this process cannot tell
 * without connecting. The default URL is the CMS's (cms/src/db/adapter.ts), relative to cms/.
 */
export function databaseIsNew(databaseUrl: string | undefined, cmsRoot: string): boolean | undefined {
  const url = databaseUrl || 'file:./data/catalog.db';
  if (!url.startsWith('file:')) return undefined;
  const path = url.slice('file:'.length);
  try {
    return statSync(isAbsolute(path) ? path : resolve(cmsRoot, path)).size === 0;
  } catch {
    return true;
  }
}

/**
 * Where the database is, for the start-up message: the SQLite file's path, or a server's address
 * without its password (the message lands in terminals and logs).
 */
export function databaseLocation(databaseUrl: string | undefined, cmsRoot: string): string {
  const url = databaseUrl || 'file:./data/catalog.db';
  if (url.startsWith('file:')) {
    const path = url.slice('file:'.length);
    return isAbsolute(path) ? path : resolve(cmsRoot, path);
  }
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return '（DATABASE_URL 无法解析）';
  }
}
