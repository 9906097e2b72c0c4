import { readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { discardSpares, switchTo } from '../releases.ts';
import { databaseKindNames } from './database-kind.ts';
import { copyFolder, exists, folderSize, replaceFolder } from './files.ts';
import { formatBytes } from './format.ts';
import { appVersion, locationsFromEnv } from './locations.ts';
import { lossDescription, manifestProblems, type BackupManifest } from './manifest.ts';
import { otherSessions, postgresTableCounts, restorePostgres } from './postgres.ts';
import { restoreSqlite, sqliteTableCounts } from './sqlite.ts';

export interface RestoreOptions {
  from: string;
  force?: boolean;
  log?: (line: string) => void;
}

async function readManifest(dir: string): Promise<unknown> {
  const text = await readFile(join(dir, 'manifest.json'), 'utf8').catch(() => undefined);
  if (text === undefined) throw new Error(`${dir} 不是完整的备份：缺少 manifest.json（备份可能没有完成）。`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${dir}/manifest.json 不是有效的 JSON。`);
  }
}

/** A copy of a folder into `target` that appears there whole or not at all; kept when it already exists. */
async function placeFolder(from: string, target: string): Promise<void> {
  if (await exists(target)) return;
  const incoming = `${target}.restore-${process.pid}`;
  await rm(incoming, { recursive: true, force: true });
  try {
    await copyFolder(from, incoming);
    await rename(incoming, target);
  } finally {
    await rm(incoming, { recursive: true, force: true });
  }
}

/**
 * Restores a backup made by runBackup onto DATABASE_URL, MEDIA_DIR and SITE_DATA_DIR. Checks
 * everything before writing anything; refuses a database or media folder with content unless
 * `force`. The CMS and the publish worker must be stopped.
 */
export async function runRestore({ from, force = false, log = console.log }: RestoreOptions): Promise<BackupManifest> {
  const where = locationsFromEnv();
  const dir = resolve(from);
  const raw = await readManifest(dir);
  const problems = manifestProblems(raw, where.database.kind);
  if (problems.length > 0) throw new Error(`不能恢复 ${dir}：\n${problems.join('\n')}`);
  const manifest = raw as BackupManifest;
  const databaseFile = join(dir, manifest.database.file);
  const bytes = await stat(databaseFile).then((s) => s.size, () => -1);
  if (bytes !== manifest.database.bytes) throw new Error(`备份中的数据库文件缺失或大小不符（应为 ${manifest.database.bytes} 字节，实际 ${bytes < 0 ? '不存在' : `${bytes} 字节`}），备份可能已损坏。`);
  if (!(await exists(join(dir, manifest.media.folder)))) throw new Error('备份中缺少媒体文件夹，备份可能已损坏。');
  if (manifest.site && !(await exists(join(dir, manifest.site.folder)))) throw new Error('备份中缺少网站发布版本，备份可能已损坏。');

  log(`备份时间：${manifest.createdAtText}（北京时间），程序版本 ${manifest.appVersion}，数据库 ${databaseKindNames[manifest.database.kind]}。`);
  if (manifest.appVersion !== appVersion()) {
    log(`提示：备份来自程序版本 ${manifest.appVersion}，当前为 ${appVersion()}。较旧的备份会在 CMS 启动时按迁移升级；不支持把较新版本的备份恢复到旧程序。`);
  }
  log('注意：恢复期间 CMS（npm start / npm run cms:start）和发布进程必须已停止。');
  if (where.database.kind === 'postgres') {
    const sessions = await otherSessions(where.database.url);
    if (sessions > 0) throw new Error(`目标数据库仍有 ${sessions} 个其他连接：CMS 或发布进程可能仍在运行。请先停止它们再恢复。`);
  }
  const tables = where.database.kind === 'sqlite' ? await sqliteTableCounts(where.database.path) : await postgresTableCounts(where.database.url);
  const loss = lossDescription(tables, (await folderSize(where.mediaDir)).files);
  if (loss && !force) throw new Error(`目标不是空的，未做任何改动：${loss}\n确认要覆盖，请加 --force 重新运行（建议先用 npm run backup 备份当前数据）。`);
  if (loss) log(`已指定 --force，将覆盖现有内容：${loss}`);

  log(`正在恢复数据库（${formatBytes(manifest.database.bytes)}）…`);
  if (where.database.kind === 'sqlite') await restoreSqlite(databaseFile, where.database.path);
  else await restorePostgres(where.database.url, databaseFile);
  log('数据库已恢复。');

  log(`正在恢复媒体文件：${manifest.media.files} 个，${formatBytes(manifest.media.bytes)} → ${where.mediaDir}`);
  try {
    await replaceFolder(join(dir, manifest.media.folder), where.mediaDir);
  } catch (error) {
    throw new Error(`数据库已恢复，但媒体文件恢复失败（原媒体文件夹未改动），请排除原因后重新运行恢复：${error instanceof Error ? error.message : String(error)}`);
  }
  log('媒体文件已恢复。');

  if (manifest.site) {
    log(`正在恢复网站发布版本：${manifest.site.release}`);
    await discardSpares(where.site, where.snapshotsDir);
    await placeFolder(join(dir, manifest.site.folder), join(where.site.releasesDir, manifest.site.release));
    if (manifest.site.snapshot) await placeFolder(join(dir, manifest.site.snapshot), join(where.snapshotsDir, manifest.site.release));
    await switchTo(where.site, manifest.site.release);
    log('网站已切换到备份时的发布版本。');
  }
  log('恢复完成。现在可以启动 CMS。');
  return manifest;
}
