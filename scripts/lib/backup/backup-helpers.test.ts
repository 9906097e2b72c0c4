import { describe, expect, it } from 'vitest';
import { UsageError } from '../spreadsheet/cli-args.ts';
import { parseBackupArgs, parseRestoreArgs } from './args.ts';
import { databaseTarget } from './database-kind.ts';
import { backupStamp, formatBytes } from './format.ts';
import { lossDescription, manifestProblems, type BackupManifest } from './manifest.ts';

const manifest: BackupManifest = {
  format: 'catalog-backup',
  formatVersion: 1,
  createdAt: '2026-12-02T16:45:09+08:00',
  createdAtText: '2026年12月2日 16:45:09',
  appVersion: '0.1.0',
  database: { kind: 'sqlite', file: 'database.sqlite', bytes: 4096 },
  media: { folder: 'media', files: 2, bytes: 10 },
  site: { release: '20261202-084500123', folder: 'site-release', snapshot: 'site-snapshot', files: 5, bytes: 100 },
};

describe('backup stamp', () => {
  it('is the Beijing minute, also across midnight UTC', () => {
    expect(backupStamp(new Date('2026-12-02T08:45:59Z'))).toBe('20261202-1645');
    expect(backupStamp(new Date('2026-12-31T16:05:00Z'))).toBe('20270101-0005');
  });
  it('formats sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GB');
  });
});

describe('arguments', () => {
  it('parses backup and restore flags', () => {
    expect(parseBackupArgs([])).toEqual({ out: undefined, help: false });
    expect(parseBackupArgs(['--out', '/srv/b'])).toEqual({ out: '/srv/b', help: false });
    expect(parseRestoreArgs(['--from', 'b', '--force'])).toEqual({ from: 'b', force: true, help: false });
    expect(parseRestoreArgs(['--from', 'b'])).toMatchObject({ force: false });
  });
  it('refuses a missing --from, a flag without value and unknown flags, in Chinese', () => {
    expect(() => parseRestoreArgs(['--force'])).toThrow(/缺少参数 --from/);
    expect(() => parseBackupArgs(['--out'])).toThrow(UsageError);
    expect(() => parseRestoreArgs(['--from', 'b', '--yes'])).toThrow(/无法识别的参数“--yes”/);
  });
});

describe('database target', () => {
  it('resolves file: against cms/ and accepts both PostgreSQL schemes', () => {
    expect(databaseTarget(undefined, '/app/cms')).toEqual({ kind: 'sqlite', path: '/app/cms/data/catalog.db' });
    expect(databaseTarget('file:/var/lib/c.db', '/app/cms')).toEqual({ kind: 'sqlite', path: '/var/lib/c.db' });
    expect(databaseTarget('postgresql://u@h/c', '/app/cms')).toEqual({ kind: 'postgres', url: 'postgresql://u@h/c' });
  });
  it('refuses MongoDB naming mongodump, and unknown schemes', () => {
    expect(() => databaseTarget('mongodb://h/c', '/app/cms')).toThrow(/mongodump.*mongorestore/s);
    expect(() => databaseTarget('mysql://h/c', '/app/cms')).toThrow(/不受支持/);
  });
});

describe('manifest', () => {
  it('accepts a complete manifest of the same database kind', () => {
    expect(manifestProblems(manifest, 'sqlite')).toEqual([]);
    expect(manifestProblems({ ...manifest, site: null }, 'sqlite')).toEqual([]);
  });
  it('refuses another database kind, another format and paths leading out of the backup', () => {
    expect(manifestProblems(manifest, 'postgres')).toEqual([expect.stringMatching(/备份的是 SQLite 数据库.*PostgreSQL/)]);
    expect(manifestProblems({ ...manifest, format: 'x' }, 'sqlite')[0]).toMatch(/不是本系统的备份清单/);
    expect(manifestProblems({ ...manifest, formatVersion: 2 }, 'sqlite')[0]).toMatch(/版本 2 不受支持/);
    expect(manifestProblems({ ...manifest, database: { ...manifest.database, file: '../../etc/passwd' } }, 'sqlite')).toHaveLength(1);
    expect(manifestProblems({ ...manifest, media: { ...manifest.media, folder: '/' } }, 'sqlite')).toHaveLength(1);
    expect(manifestProblems({ ...manifest, site: { ...manifest.site!, release: '../x' } }, 'sqlite')).toHaveLength(1);
    expect(manifestProblems(null, 'sqlite')).toHaveLength(1);
  });
});

describe('what a restore would lose', () => {
  it('is nothing for a fresh database and an empty media folder', () => {
    expect(lossDescription({ payload_migrations: 40, laws: 0 }, 0)).toBeUndefined();
  });
  it('names rows, the biggest tables first, and media files', () => {
    const text = lossDescription({ laws: 3, users: 7, payload_migrations: 40 }, 2)!;
    expect(text).toContain('2 张表共 10 行数据（users 7 行、laws 3 行）');
    expect(text).toContain('媒体文件夹中有 2 个文件');
    expect(text).toContain('都将丢失');
    expect(lossDescription({}, 1)).toMatch(/^媒体文件夹中有 1 个文件/);
  });
});
