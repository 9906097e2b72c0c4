import { mediaDir } from '../../../cms/src/env.ts';
import { otherSessions } from '../backup/postgres.ts';
import { withoutPassword } from './args.ts';
import { copyTables, targetRowCounts } from './copy-tables.ts';
import { countDifferences, describeCount, documentCounts, type DocumentCount } from './document-counts.ts';
import { globalDifferences } from './global-differences.ts';
import { closeDatabase, openDatabase } from './open-database.ts';
import { notCopied } from './policy.ts';
import { schemaDifferences, tableShapes } from './schema.ts';
import { fillOrder } from './table-order.ts';

export interface MoveOptions {
  from: string;
  to: string;
  force?: boolean;
  log?: (line: string) => void;
}

export interface MoveResult {
  /** Rows copied per table. */
  rows: Map<string, number>;
  /** Documents and versions per collection and global, equal on both sides. */
  counts: DocumentCount[];
}

const SOURCE_KEY = 'move-source';
const TARGET_KEY = 'move-target';

/**
 * Moves a county's catalog from SQLite to PostgreSQL: opens both through Payload (each brought to
 * this code's schema by the committed migrations), refuses a target with data unless `force`
 * (listing what would be lost), copies every table in one transaction and compares the documents
 * and versions of every collection and global through Payload afterwards. The CMS and the publish
 * worker must be stopped: writes during the move would not be carried over.
 */
export async function runMove({ from, to, force = false, log = console.log }: MoveOptions): Promise<MoveResult> {
  const shownTarget = withoutPassword(to);
  const others = await otherSessions(to).catch((error: unknown) => {
    throw new Error(`无法连接目标数据库 ${shownTarget}：${error instanceof Error ? error.message : String(error)}（数据库须已建立，如 createdb catalog）。`);
  });
  if (others > 0) throw new Error(`目标数据库 ${shownTarget} 还有 ${others} 个其他连接（运行中的 CMS 或发布进程？）：请先停止它们再迁移。`);

  log(`打开目标数据库 ${shownTarget}（执行已提交的迁移）…`);
  const target = await openDatabase(to, TARGET_KEY);
  let source: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    const targetShapes = tableShapes(target);
    // Checked before the source is even opened: a refusal costs nothing and changes nothing.
    const existing = [...(await targetRowCounts(target, targetShapes))].filter(([, rows]) => rows > 0);
    if (existing.length > 0) {
      const held = (await documentCounts(target)).filter((count) => count.docs || count.versions).map(describeCount);
      const lost = held.length > 0 ? held : existing.map(([name, rows]) => `${name}：${rows} 行`);
      if (!force) throw new Error(`目标数据库 ${shownTarget} 不是空的，迁移将删除其中的全部数据：\n  ${lost.join('\n  ')}\n确认不再需要这些数据时，加 --force 重新运行。`);
      log(`目标数据库不是空的，按 --force 删除其中的全部数据：\n  ${lost.join('\n  ')}`);
    }

    log(`打开源数据库 ${from}（按已提交的迁移升级到当前版本，与 CMS 启动时相同）…`);
    source = await openDatabase(from, SOURCE_KEY);
    const sourceShapes = tableShapes(source);
    const differences = schemaDifferences(sourceShapes, targetShapes);
    if (differences.length > 0) throw new Error(`两个数据库的表结构不一致，不能迁移：\n${differences.join('\n')}`);
    const sourceCounts = await documentCounts(source);
    if (sourceCounts.every((count) => !count.docs && !count.versions)) throw new Error(`源数据库 ${from} 没有任何数据，无需迁移。`);

    log('不复制的内容：');
    for (const [table, why] of notCopied) log(`  ${table}：${why}`);
    log('在一个事务中复制全部数据表（保留编号与关联）…');
    const order = fillOrder([...sourceShapes.values()]);
    const started = Date.now();
    const rows = await copyTables({ source, target, sourceShapes, targetShapes, order, empty: existing.length > 0, log });
    log(`已提交：共 ${rows.size} 张数据表、${[...rows.values()].reduce((sum, n) => sum + n, 0)} 行，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);

    log('核对各集合的文档数与版本数、各全局设置的内容（经 Payload 读取）：');
    const targetCounts = await documentCounts(target);
    const mismatches = [...countDifferences(sourceCounts, targetCounts), ...(await globalDifferences(source, target))];
    if (mismatches.length > 0) throw new Error(`数据已写入目标数据库，但核对发现数量不一致：\n${mismatches.join('\n')}`);
    for (const count of sourceCounts) log(`  ${describeCount(count)} — 一致`);
    log(`媒体文件没有复制：它们仍在 ${mediaDir()}；新部署的 MEDIA_DIR 须指向这些文件（或先把文件夹复制过去）。`);
    log(`迁移完成。把 CMS 和发布进程的 DATABASE_URL 改为目标数据库后再启动；所有人需重新登录。`);
    return { rows, counts: sourceCounts };
  } finally {
    if (source) await closeDatabase(source, SOURCE_KEY);
    await closeDatabase(target, TARGET_KEY);
  }
}
