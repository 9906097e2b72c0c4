import { existsSync } from 'node:fs';
import { parseFlags, UsageError } from '../spreadsheet/cli-args.ts';
import { databaseTarget } from '../backup/database-kind.ts';
import { cmsRoot } from '../../../cms/src/env.ts';

export interface MoveArgs {
  /** The SQLite database to copy from, as DATABASE_URL writes it (`file:…`, relative to cms/). */
  from: string;
  /** The PostgreSQL database to copy into (`postgres://…`); it must exist. */
  to: string;
  /** Empty a target that already holds data first (its data is lost). */
  force: boolean;
  help: boolean;
}

/** The address with any password replaced, so no message or log line echoes it. */
export function withoutPassword(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

const schemeOf = (url: string) => url.split(':')[0]?.toLowerCase() ?? '';

/**
 * `--from file:… --to postgres://… [--force]`. Only SQLite → PostgreSQL is offered: it is the move
 * a county makes when it joins the province's server, and the one that is tested.
 */
export function parseMoveArgs(argv: readonly string[]): MoveArgs {
  const flags = parseFlags(argv, ['--from', '--to'], ['--force', '--help']);
  if (flags.has('--help')) return { from: '', to: '', force: false, help: true };
  const from = flags.get('--from');
  const to = flags.get('--to');
  if (typeof from !== 'string') throw new UsageError('缺少参数 --from（要迁出的 SQLite 数据库，如 file:./data/catalog.db）');
  if (typeof to !== 'string') throw new UsageError('缺少参数 --to（要迁入的 PostgreSQL 数据库，如 postgres://用户名:密码@主机:5432/catalog）');
  if (schemeOf(from) !== 'file') throw new UsageError(`--from 应为 SQLite 数据库（file:…），收到“${withoutPassword(from)}”`);
  if (!['postgres', 'postgresql'].includes(schemeOf(to))) throw new UsageError(`--to 应为 PostgreSQL 数据库（postgres://…），收到“${withoutPassword(to)}”`);
  const source = databaseTarget(from, cmsRoot);
  if (source.kind === 'sqlite' && !existsSync(source.path)) throw new UsageError(`--from 指向的数据库文件不存在：${source.path}`);
  return { from, to, force: flags.has('--force'), help: false };
}
