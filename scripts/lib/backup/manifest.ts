import { databaseKindNames, type BackupDatabaseKind } from './database-kind.ts';

export const manifestFormat = 'catalog-backup';
export const manifestVersion = 1;

/** What `npm run backup` wrote, read back by `npm run restore` before it touches anything. */
export interface BackupManifest {
  format: typeof manifestFormat;
  formatVersion: typeof manifestVersion;
  /** When the backup was taken, Beijing time (ISO 8601 with +08:00) and as a person reads it. */
  createdAt: string;
  createdAtText: string;
  appVersion: string;
  database: { kind: BackupDatabaseKind; file: string; bytes: number };
  media: { folder: string; files: number; bytes: number };
  /** The live release of the public site and its snapshot; null when nothing was published. */
  site: { release: string; folder: string; snapshot: string | null; files: number; bytes: number } | null;
}

const plainName = /^[A-Za-z0-9._-]+$/;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The manifest's problems, in Chinese; empty when it can be restored onto a `targetKind` database. */
export function manifestProblems(value: unknown, targetKind: BackupDatabaseKind): string[] {
  if (!value || typeof value !== 'object') return ['manifest.json 不是有效的备份清单。'];
  const m = value as Partial<BackupManifest>;
  if (m.format !== manifestFormat) return ['manifest.json 不是本系统的备份清单（format 不是 catalog-backup）。'];
  if (m.formatVersion !== manifestVersion) return [`备份清单版本 ${String(m.formatVersion)} 不受支持，本程序只能恢复版本 ${manifestVersion}。`];
  const problems: string[] = [];
  const db = m.database;
  if (!db || (db.kind !== 'sqlite' && db.kind !== 'postgres') || typeof db.file !== 'string' || !plainName.test(db.file) || !isCount(db.bytes)) {
    problems.push('备份清单中的数据库信息不完整或无效。');
  } else if (db.kind !== targetKind) {
    problems.push(`备份的是 ${databaseKindNames[db.kind]} 数据库，而 DATABASE_URL 指向 ${databaseKindNames[targetKind]} 数据库：不同类型的数据库之间不能恢复。`);
  }
  const media = m.media;
  if (!media || typeof media.folder !== 'string' || !plainName.test(media.folder) || !isCount(media.files) || !isCount(media.bytes)) {
    problems.push('备份清单中的媒体文件信息不完整或无效。');
  }
  const site = m.site;
  if (site !== null && (!site || typeof site.release !== 'string' || !plainName.test(site.release) || typeof site.folder !== 'string' || !plainName.test(site.folder)
    || (site.snapshot !== null && (typeof site.snapshot !== 'string' || !plainName.test(site.snapshot))) || !isCount(site.files) || !isCount(site.bytes))) {
    problems.push('备份清单中的网站发布版本信息无效。');
  }
  if (typeof m.createdAt !== 'string' || Number.isNaN(Date.parse(m.createdAt))) problems.push('备份清单缺少有效的备份时间。');
  return problems;
}

/** Rows per table of a database about to be overwritten. */
export type TableCounts = Record<string, number>;

/** Tables that even a freshly migrated, never used database has rows in. */
const bookkeeping = new Set(['payload_migrations']);

/**
 * What a restore would destroy, in Chinese, or undefined when the database holds nothing and the
 * media folder is empty. Names the biggest tables so an operator sees what is at stake.
 */
export function lossDescription(tables: TableCounts, mediaFiles: number): string | undefined {
  const filled = Object.entries(tables).filter(([name, rows]) => rows > 0 && !bookkeeping.has(name)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (filled.length === 0 && mediaFiles === 0) return undefined;
  const parts: string[] = [];
  if (filled.length > 0) {
    const rows = filled.reduce((sum, [, n]) => sum + n, 0);
    const top = filled.slice(0, 5).map(([name, n]) => `${name} ${n} 行`).join('、');
    parts.push(`数据库中有 ${filled.length} 张表共 ${rows} 行数据（${top}${filled.length > 5 ? ' 等' : ''}）`);
  }
  if (mediaFiles > 0) parts.push(`媒体文件夹中有 ${mediaFiles} 个文件`);
  return `${parts.join('，')}。恢复会用备份替换它们：这些数据，以及备份之后的全部修改和上传，都将丢失。`;
}
