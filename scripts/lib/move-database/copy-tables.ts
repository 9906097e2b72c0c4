import { asc, count, eq, sql, type Table } from 'drizzle-orm';
import type { Payload } from 'payload';
import { keptInTarget, notCopied } from './policy.ts';
import type { TableShape } from './schema.ts';
import { rowsPerInsert } from './table-order.ts';

type Row = Record<string, unknown>;
/** The query builder both adapters expose as `payload.db.drizzle` (typed loosely: one code path for both dialects). */
type Database = {
  select(fields?: Record<string, unknown>): { from(table: Table): any };
  insert(table: Table): { values(rows: Row[]): Promise<unknown> };
  update(table: Table): { set(values: Row): { where(condition: unknown): Promise<unknown> } };
  delete(table: Table): Promise<unknown>;
  execute(query: unknown): Promise<unknown>;
};

const drizzleOf = (payload: Payload) => (payload.db as unknown as { drizzle: Database & { transaction<T>(run: (tx: Database) => Promise<T>): Promise<T> } }).drizzle;

/** Rows read from the source per query: bounded memory whatever the table's size. */
const PAGE = 2_000;

export async function countRows(db: Database, table: Table): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return Number(row.n);
}

/** Rows per table of the target that the move would replace (the migration record excluded). */
export async function targetRowCounts(target: Payload, shapes: Map<string, TableShape>): Promise<Map<string, number>> {
  const db = drizzleOf(target);
  const counts = new Map<string, number>();
  for (const [name, shape] of shapes) if (!keptInTarget.has(name)) counts.set(name, await countRows(db, shape.table));
  return counts;
}

export interface CopyOptions {
  source: Payload;
  target: Payload;
  sourceShapes: Map<string, TableShape>;
  targetShapes: Map<string, TableShape>;
  /** Every table, referenced ones first (fillOrder). */
  order: string[];
  /** Empty the target's tables first (--force; checked by the caller). */
  empty: boolean;
  log: (line: string) => void;
}

/**
 * Copies every table row for row, ids and all, inside one transaction on the target: an error
 * anywhere rolls the target back to what it was. Payload's own writers cannot do this: `createVersion`
 * gives each version a new id and `latest` flag (adjustments record version ids), and `create`
 * writes a document's relationships at once, before the documents they point to exist. The
 * adapters' drizzle tables carry each value through its column type (JSON, booleans, timestamps),
 * so no SQL text is written except PostgreSQL's sequence call. Counts are checked before COMMIT.
 */
export async function copyTables({ source, target, sourceShapes, targetShapes, order, empty, log }: CopyOptions): Promise<Map<string, number>> {
  const from = drizzleOf(source);
  const copied = new Map<string, number>();
  const copying = order.filter((name) => !notCopied.has(name));
  await drizzleOf(target).transaction(async (tx) => {
    if (empty) {
      log('清空目标数据库（--force）…');
      for (const name of [...order].reverse()) if (!keptInTarget.has(name)) await tx.delete(targetShapes.get(name)!.table);
    }
    for (const [index, name] of copying.entries()) {
      const shape = sourceShapes.get(name)!;
      const into = targetShapes.get(name)!.table;
      const total = await countRows(from, shape.table);
      const batch = rowsPerInsert(shape.columns.length);
      const laterLinks: { id: unknown; values: Row }[] = [];
      const idColumn = (shape.table as unknown as Record<string, unknown>).id;
      for (let offset = 0; offset < total; offset += PAGE) {
        const query = from.select().from(shape.table);
        const rows: Row[] = await (idColumn ? query.orderBy(asc(idColumn as never)) : query).limit(PAGE).offset(offset);
        for (const row of rows) {
          // A row may point to one inserted later in the same table: link it once all are in.
          const links = Object.fromEntries(shape.selfColumns.filter((key) => row[key] != null).map((key) => [key, row[key]]));
          if (Object.keys(links).length > 0) {
            laterLinks.push({ id: row.id, values: links });
            for (const key of Object.keys(links)) row[key] = null;
          }
        }
        for (let start = 0; start < rows.length; start += batch) await tx.insert(into).values(rows.slice(start, start + batch));
      }
      for (const { id, values } of laterLinks) await tx.update(into).set(values).where(eq((into as unknown as { id: never }).id, id));
      const written = await countRows(tx, into);
      if (written !== total) throw new Error(`数据表 ${name} 复制后行数不符：源 ${total} 行，目标 ${written} 行。已回滚，目标数据库没有改变。`);
      copied.set(name, total);
      if (total > 0) log(`  [${index + 1}/${copying.length}] ${name}：${total} 行`);
    }
    // Ids were written as they are: move each id sequence past them so the next create gets a new one.
    for (const name of copying) {
      const shape = targetShapes.get(name)!;
      if (!shape.serialId) continue;
      const id = (shape.table as unknown as { id: never }).id;
      await tx.execute(sql`SELECT setval(pg_get_serial_sequence(${`"${name}"`}, 'id'), (SELECT COALESCE(MAX(${id}), 0) + 1 FROM ${shape.table}), false)`);
    }
  });
  return copied;
}
