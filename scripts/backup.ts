/**
 * Backs up the CMS database (DATABASE_URL), the media folder and the live site release.
 *   npm run backup [-- --out <文件夹>]
 */
import { runCli } from './lib/spreadsheet/cli-args.ts';
import { parseBackupArgs } from './lib/backup/args.ts';
import { runBackup } from './lib/backup/run-backup.ts';

const help = `用法：npm run backup [-- --out <文件夹>]

  --out <文件夹>   备份写到哪里（不能已存在）。默认：backups/<北京时间，如 20261202-1645>/
  --help           显示本说明

说明：备份 DATABASE_URL 指向的数据库（SQLite：运行中也能取得一致的副本；PostgreSQL：pg_dump），
MEDIA_DIR 中的上传文件，以及网站当前发布版本（SITE_DATA_DIR 的 live）。CMS 可以不停机。
先写入隐藏的临时文件夹，全部完成后才改名为目标文件夹：有 manifest.json 的文件夹就是完整的备份。
MongoDB 请用 mongodump。退出码：0 完成；1 出错（不留下不完整的备份）；2 参数错误。`;

async function main(argv: string[]): Promise<number> {
  const args = parseBackupArgs(argv);
  if (args.help) {
    console.log(help);
    return 0;
  }
  await runBackup({ out: args.out });
  return 0;
}

runCli(main, help, (error) => `备份失败，未留下不完整的备份：${error instanceof Error ? error.message : String(error)}`);
