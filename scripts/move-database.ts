/**
 * Moves a county's catalog from its SQLite database to PostgreSQL.
 *   npm run db:move -- --from file:./data/catalog.db --to postgres://… [--force]
 */
import { runCli } from './lib/spreadsheet/cli-args.ts';
import { parseMoveArgs } from './lib/move-database/args.ts';
import { runMove } from './lib/move-database/run-move.ts';

const help = `用法：npm run db:move -- --from file:./data/catalog.db --to postgres://用户名:密码@主机:5432/catalog [--force]

  --from <地址>  要迁出的 SQLite 数据库（file:，相对路径相对于 cms/）
  --to <地址>    要迁入的 PostgreSQL 数据库（须已建立，如 createdb catalog；表结构由迁移自动建立）
  --force        目标数据库已有数据时，先删除其中的全部数据再迁入
  --help         显示本说明

重要：迁移前先停止 CMS 和发布进程（npm start / npm run cms:start / npm run publish:worker），
并先做一次备份（npm run backup）。全部数据在一个事务中写入目标数据库：出错时目标数据库保持原样。
复制全部集合与全局设置（含各版本和草稿）、用户及其密码（原密码可直接登录）、排队的发布任务；
不复制编辑锁和登录会话（迁移后需重新登录）。媒体文件留在 MEDIA_DIR，不在数据库中。
退出码：0 完成；1 被拒绝或出错；2 参数错误。`;

async function main(argv: string[]): Promise<number> {
  const args = parseMoveArgs(argv);
  if (args.help) {
    console.log(help);
    return 0;
  }
  await runMove({ from: args.from, to: args.to, force: args.force });
  return 0;
}

runCli(main, help, (error) => `迁移失败：${error instanceof Error ? error.message : String(error)}`);
