/**
 * Restores a backup made by `npm run backup` onto DATABASE_URL, MEDIA_DIR and SITE_DATA_DIR.
 *   npm run restore -- --from <备份文件夹> [--force]
 */
import { runCli } from './lib/spreadsheet/cli-args.ts';
import { parseRestoreArgs } from './lib/backup/args.ts';
import { runRestore } from './lib/backup/run-restore.ts';

const help = `用法：npm run restore -- --from <备份文件夹> [--force]

  --from <文件夹>  npm run backup 写出的备份文件夹（含 manifest.json）
  --force          目标数据库或媒体文件夹不是空的时，仍然覆盖（其中的数据将丢失）
  --help           显示本说明

重要：恢复前必须先停止 CMS（npm start / npm run cms:start）和发布进程，恢复完成后再启动。
备份的数据库类型必须与 DATABASE_URL 相同（SQLite 恢复到 SQLite，PostgreSQL 恢复到 PostgreSQL）。
MongoDB 请用 mongorestore。退出码：0 完成；1 被拒绝或出错；2 参数错误。`;

async function main(argv: string[]): Promise<number> {
  const args = parseRestoreArgs(argv);
  if (args.help) {
    console.log(help);
    return 0;
  }
  await runRestore({ from: args.from, force: args.force });
  return 0;
}

runCli(main, help, (error) => `恢复失败：${error instanceof Error ? error.message : String(error)}`);
