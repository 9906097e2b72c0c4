import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Payload } from 'payload';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { runBackup } from '../../scripts/lib/backup/run-backup.ts';
import { runRestore } from '../../scripts/lib/backup/run-restore.ts';

/**
 * `npm run backup` / `npm run restore` on this run's database (SQLite or PostgreSQL): a law is
 * created through the Local API while the CMS is running, backed up with a media file and the live
 * release, then changed, joined by another and the file deleted; a restore without --force is
 * refused and changes nothing, with --force everything is as it was at the backup.
 */
const kind = inject('databaseKind');
const run = promisify(execFile);
const repoRoot = resolve(import.meta.dirname, '../..');
let work: string;
let payload: Payload;
const lines: string[] = [];
const log = (line: string) => void lines.push(line);

async function open(key: string): Promise<Payload> {
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config.ts');
  return getPayload({ config, key });
}

/**
 * As stopping the CMS would: Payload's destroy() leaves the adapter's file handle or pool open, and
 * the PostgreSQL adapter keeps one pool client checked out for good, so pool.end() alone would wait.
 */
async function stop(p: Payload): Promise<void> {
  await p.destroy();
  const db = p.db as unknown as { pool?: { end(): Promise<void>; _clients: { release?(destroy: boolean): void }[] }; client?: { close(): void } };
  if (db.pool) {
    const ending = db.pool.end();
    for (const client of [...db.pool._clients]) client.release?.(true);
    await ending;
  }
  db.client?.close();
}

async function lawNames(p: Payload): Promise<string[]> {
  const found = await p.find({ collection: 'laws', depth: 0, limit: 10, sort: 'name', overrideAccess: true });
  return found.docs.map((doc) => doc.name);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'catalog-backup-'));
  process.env.SITE_DATA_DIR = join(work, 'site');
  for (const version of ['v1', 'v2']) {
    await mkdir(join(work, 'site/releases', version), { recursive: true });
    await writeFile(join(work, 'site/releases', version, 'index.html'), `<p>${version}</p>`);
  }
  await mkdir(join(work, 'site/snapshots/v1'), { recursive: true });
  await writeFile(join(work, 'site/snapshots/v1/meta.json'), '{}');
  await symlink('releases/v1', join(work, 'site/live'));
  payload = await open('default');
});

afterAll(async () => {
  if (payload) await stop(payload).catch(() => undefined);
  await rm(work, { recursive: true, force: true });
});

it(`backs up and restores database, media and the live release (${kind})`, async () => {
  const law = await payload.create({ collection: 'laws', data: { name: '备份测试条例' }, overrideAccess: true });
  const mediaFile = join(process.env.MEDIA_DIR!, 'sample.pdf');
  await writeFile(mediaFile, '%PDF-1.4 样表');

  // Taken while the CMS is connected (SQLite: WAL open, PostgreSQL: pool open).
  const out = join(work, 'backups/first');
  const { manifest } = await runBackup({ out, log, now: new Date('2026-12-02T08:45:00Z') });
  expect(manifest).toMatchObject({ createdAt: '2026-12-02T16:45:00+08:00', database: { kind }, media: { files: 1 }, site: { release: 'v1', snapshot: 'site-snapshot', files: 1 } });
  expect((await readdir(join(work, 'backups'))).sort()).toEqual(['first']);
  expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))).toEqual(manifest);
  await expect(runBackup({ out, log })).rejects.toThrow(/备份文件夹已存在/);

  await payload.update({ collection: 'laws', id: law.id, data: { name: '备份后改名条例' }, overrideAccess: true });
  await payload.create({ collection: 'laws', data: { name: '备份后新增条例' }, overrideAccess: true });
  await rm(mediaFile);
  await rm(join(work, 'site/live'));
  await symlink('releases/v2', join(work, 'site/live'));

  if (kind === 'postgres') {
    await expect(runRestore({ from: out, force: true, log })).rejects.toThrow(/仍有 \d+ 个其他连接/);
  }
  await stop(payload);
  await expect(runRestore({ from: out, log })).rejects.toThrow(/目标不是空的，未做任何改动：数据库中有.*laws 2 行.*--force/s);
  expect(await readlink(join(work, 'site/live'))).toBe('releases/v2');
  expect(await readdir(process.env.MEDIA_DIR!)).toEqual([]);

  await runRestore({ from: out, force: true, log });
  expect(lines).toContain('注意：恢复期间 CMS（npm start / npm run cms:start）和发布进程必须已停止。');
  payload = await open('after-restore');
  expect(await lawNames(payload)).toEqual(['备份测试条例']);
  expect(await readFile(mediaFile, 'utf8')).toBe('%PDF-1.4 样表');
  expect(await readlink(join(work, 'site/live'))).toBe('releases/v1');
});

it('leaves no half-written backup when the database cannot be read', async () => {
  const saved = process.env.DATABASE_URL!;
  const url = new URL(saved);
  process.env.DATABASE_URL = kind === 'postgres' ? `${url.protocol}//${url.username}@${url.host}/no_such_database` : `file:${join(work, 'missing.db')}`;
  try {
    await expect(runBackup({ out: join(work, 'backups/broken'), log })).rejects.toThrow(kind === 'postgres' ? /pg_dump 失败/ : /数据库文件不存在/);
  } finally {
    process.env.DATABASE_URL = saved;
  }
  expect((await readdir(join(work, 'backups'))).sort()).toEqual(['first']);
  await expect(runRestore({ from: join(work, 'backups'), log })).rejects.toThrow(/缺少 manifest\.json/);
});

it.runIf(kind === 'sqlite')('refuses MongoDB with the mongodump command and exit code 1', async () => {
  const failure = await run('npx', ['tsx', 'scripts/backup.ts'], { cwd: repoRoot, env: { ...process.env, DATABASE_URL: 'mongodb://127.0.0.1/catalog' } }).then(
    () => undefined,
    (error: { code: number; stderr: string }) => error,
  );
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toMatch(/备份失败.*mongodump --uri/);
});
