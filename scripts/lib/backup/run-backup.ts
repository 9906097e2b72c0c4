import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { beijingDateTime, beijingIso } from '@catalog/content-models/time/beijing-time.ts';
import { currentRelease } from '../releases.ts';
import { databaseKindNames } from './database-kind.ts';
import { copyFolder, exists, folderSize } from './files.ts';
import { backupStamp, formatBytes } from './format.ts';
import { appVersion, locationsFromEnv, repoRoot } from './locations.ts';
import { manifestFormat, manifestVersion, type BackupManifest } from './manifest.ts';
import { dumpPostgres } from './postgres.ts';
import { backupSqlite } from './sqlite.ts';

export interface BackupOptions {
  /** The folder to create (must not exist); default backups/<Beijing stamp>/ under the repository. */
  out?: string;
  now?: Date;
  log?: (line: string) => void;
}

/**
 * Backs up the database of DATABASE_URL, the media folder and the live release of the public site
 * into a new folder. Everything is written into a hidden folder beside it that is renamed into
 * place last, manifest.json included: a folder with a manifest is a complete backup.
 */
export async function runBackup({ out, now = new Date(), log = console.log }: BackupOptions = {}): Promise<{ dir: string; manifest: BackupManifest }> {
  const where = locationsFromEnv();
  const dir = resolve(out ?? join(repoRoot, 'backups', backupStamp(now)));
  if (await exists(dir)) throw new Error(`备份文件夹已存在，不会覆盖：${dir}`);
  await mkdir(dirname(dir), { recursive: true });
  const partial = join(dirname(dir), `.${basename(dir)}.partial-${process.pid}`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial);
  try {
    const kind = where.database.kind;
    const file = kind === 'sqlite' ? 'database.sqlite' : 'database.dump';
    log(`正在备份数据库（${databaseKindNames[kind]}）…`);
    if (where.database.kind === 'sqlite') await backupSqlite(where.database.path, join(partial, file));
    else await dumpPostgres(where.database.url, join(partial, file));
    const databaseBytes = (await stat(join(partial, file))).size;
    log(`数据库已备份：${formatBytes(databaseBytes)}`);

    log(`正在复制媒体文件：${where.mediaDir}`);
    if (await exists(where.mediaDir)) await copyFolder(where.mediaDir, join(partial, 'media'));
    else await mkdir(join(partial, 'media'));
    const media = await folderSize(join(partial, 'media'));
    log(`媒体文件已复制：${media.files} 个，${formatBytes(media.bytes)}`);

    let site: BackupManifest['site'] = null;
    const live = await currentRelease(where.site);
    if (live && (await exists(join(where.site.releasesDir, live)))) {
      log(`正在复制网站当前发布版本：${live}`);
      await copyFolder(join(where.site.releasesDir, live), join(partial, 'site-release'));
      const snapshot = (await exists(join(where.snapshotsDir, live))) ? 'site-snapshot' : null;
      if (snapshot) await copyFolder(join(where.snapshotsDir, live), join(partial, snapshot));
      const size = await folderSize(join(partial, 'site-release'));
      site = { release: live, folder: 'site-release', snapshot, ...size };
      log(`网站发布版本已复制：${size.files} 个文件，${formatBytes(size.bytes)}`);
    } else {
      log('网站尚未发布（没有 live 版本），不备份网站。');
    }

    const manifest: BackupManifest = {
      format: manifestFormat,
      formatVersion: manifestVersion,
      createdAt: beijingIso(now),
      createdAtText: beijingDateTime(now, { seconds: true }),
      appVersion: appVersion(),
      database: { kind, file, bytes: databaseBytes },
      media: { folder: 'media', ...media },
      site,
    };
    await writeFile(join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const handle = await open(join(partial, 'manifest.json'), 'r');
    await handle.sync();
    await handle.close();
    await rename(partial, dir);
    log(`备份完成：${dir}`);
    return { dir, manifest };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}
