import type { postgresAdapter } from '@payloadcms/db-postgres';
import { index as pgIndex } from '@payloadcms/db-postgres/drizzle/pg-core';
import type { sqliteAdapter } from '@payloadcms/db-sqlite';
import { index as sqliteIndex } from '@payloadcms/db-sqlite/drizzle/sqlite-core';

type PostgresSchemaHook = NonNullable<Parameters<typeof postgresAdapter>[0]['afterSchemaInit']>[number];
type SQLiteSchemaHook = NonNullable<Parameters<typeof sqliteAdapter>[0]['afterSchemaInit']>[number];

/**
 * Payload keeps the values of a `hasMany` text field in a `<table>_texts` table indexed on
 * ("order", parent_id) only, and reads them per document with `where parent_id = ?`: with the
 * parent second, every read walks the whole index. At 100,000 guides that was 3.5 ms per catalog
 * item (132,000 rows in `_catalog_items_v_texts`), 40 of the 42 ms of the admin's catalog list
 * query and most of the snapshot export's page reads (deploy/QUERY-PLANS.md). An index on
 * parent_id makes it a lookup. Added through the adapters' afterSchemaInit hook, so the
 * migrations (and the tests' pushed schema) carry it like Payload's own indexes.
 */
const isValueTable = (name: string) => name.endsWith('_texts') || name.endsWith('_numbers');

type Column = Parameters<ReturnType<typeof pgIndex>['on']>[0];

export const postgresTextsParentIndexes: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!isValueTable(name)) continue;
    extendTable({ table, extraConfig: (columns) => ({ [`${name}_parent_idx`]: pgIndex(`${name}_parent_idx`).on(columns.parent as Column) }) });
  }
  return schema;
};

type SqliteColumn = Parameters<ReturnType<typeof sqliteIndex>['on']>[0];

export const sqliteTextsParentIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!isValueTable(name)) continue;
    extendTable({ table, extraConfig: (columns) => ({ [`${name}_parent_idx`]: sqliteIndex(`${name}_parent_idx`).on(columns.parent as SqliteColumn) }) });
  }
  return schema;
};
