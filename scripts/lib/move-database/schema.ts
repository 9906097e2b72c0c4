import { getTableColumns, is, type Table } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig } from 'drizzle-orm/sqlite-core';
import type { Payload } from 'payload';
import type { TableLinks } from './table-order.ts';

/** One table of a Payload SQL adapter's schema, as the copy needs it. */
export interface TableShape extends TableLinks {
  table: Table;
  /** Column keys (drizzle's property names, the same in both adapters: one config builds both). */
  columns: string[];
  /** Columns that point into the table itself (regions.parent, units.supervisor). */
  selfColumns: string[];
  /** An integer id, which PostgreSQL numbers from a sequence. */
  serialId: boolean;
}

/** The drizzle tables Payload built from the config for this adapter (SQLite or PostgreSQL). */
export function adapterTables(payload: Payload): Record<string, Table> {
  const tables = (payload.db as unknown as { tables?: Record<string, Table> }).tables;
  if (!tables) throw new Error(`数据库适配器 ${payload.db.name} 不是 SQL 数据库，不能用本命令迁移。`);
  return tables;
}

export function tableShapes(payload: Payload): Map<string, TableShape> {
  const shapes = new Map<string, TableShape>();
  for (const [name, table] of Object.entries(adapterTables(payload))) {
    const config = is(table, PgTable) ? pgTableConfig(table) : sqliteTableConfig(table as never);
    const columns = getTableColumns(table);
    const keyOf = new Map(Object.entries(columns).map(([key, column]) => [column.name, key]));
    const references: string[] = [];
    const selfColumns: string[] = [];
    for (const foreignKey of config.foreignKeys) {
      const reference = foreignKey.reference();
      const target = (is(reference.foreignTable, PgTable) ? pgTableConfig(reference.foreignTable) : sqliteTableConfig(reference.foreignTable as never)).name;
      references.push(target);
      if (target === config.name) selfColumns.push(...reference.columns.map((column) => keyOf.get(column.name)!));
    }
    shapes.set(name, { name, table, columns: Object.keys(columns).sort(), references, selfColumns, serialId: columns.id?.dataType === 'number' });
  }
  return shapes;
}

/** Differences between two schemas built from the same config, in Chinese; empty when they match. */
export function schemaDifferences(source: Map<string, TableShape>, target: Map<string, TableShape>): string[] {
  const problems: string[] = [];
  for (const [name, shape] of source) {
    const other = target.get(name);
    if (!other) problems.push(`目标数据库缺少数据表 ${name}`);
    else if (shape.columns.join() !== other.columns.join()) problems.push(`数据表 ${name} 的列不同：源 ${shape.columns.join(',')}；目标 ${other.columns.join(',')}`);
  }
  for (const name of target.keys()) if (!source.has(name)) problems.push(`源数据库缺少数据表 ${name}`);
  return problems;
}
