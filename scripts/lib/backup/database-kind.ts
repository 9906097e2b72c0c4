import { isAbsolute, resolve } from 'node:path';

export type BackupDatabaseKind = 'sqlite' | 'postgres';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export const defaultDatabaseUrl = 'file:./data/catalog.db';

/**
 * What DATABASE_URL points at, as cms/src/db/adapter.ts reads it: `file:` is SQLite (a relative
 * path is relative to cms/), `postgres://` PostgreSQL. MongoDB is refused with the tool to use.
 */
export function databaseTarget(url: string | undefined, cmsRoot: string): DatabaseTarget {
  const value = url || defaultDatabaseUrl;
  const scheme = value.split(':')[0]?.toLowerCase() ?? '';
  if (scheme === 'file') {
    const path = value.slice('file:'.length).replace(/\?.*$/, '');
    return { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cmsRoot, path) };
  }
  if (scheme === 'postgres' || scheme === 'postgresql') return { kind: 'postgres', url: value };
  if (scheme === 'mongodb' || scheme === 'mongodb+srv') {
    throw new Error(
      'MongoDB 数据库不能用本命令备份或恢复：请用 MongoDB 自带的工具，如 mongodump --uri "$DATABASE_URL" --archive=catalog.archive --gzip' +
        '（恢复：mongorestore --uri "$DATABASE_URL" --archive=catalog.archive --gzip --drop），并另行复制媒体文件夹（MEDIA_DIR）。',
    );
  }
  throw new Error(`环境变量 DATABASE_URL 的协议“${scheme}”不受支持。可接受：file:（SQLite）、postgres:// 或 postgresql://（PostgreSQL）。`);
}

export const databaseKindNames: Record<BackupDatabaseKind, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };
