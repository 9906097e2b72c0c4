import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

/**
 * units.credit_code may be empty (a unit whose 统一社会信用代码 is not at hand yet).
 *
 * Not drizzle's generated table rebuild: Payload runs each migration in a transaction, where
 * `PRAGMA foreign_keys=OFF` does nothing, so `DROP TABLE units` fired every ON DELETE SET NULL
 * pointing at units (measured: users.unit_id became null) and CASCADE deleted rows. Removing a
 * NOT NULL constraint does not change how rows are stored, so SQLite's documented in-place
 * procedure (https://sqlite.org/lang_altertable.html#otheralter) edits the table's definition
 * instead: no row is copied, deleted or unlinked.
 */
async function setCreditCodeDefinition(db: MigrateUpArgs['db'], from: string, to: string): Promise<void> {
  const table = (await db.get(sql`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'units'`)) as { sql: string } | undefined
  if (!table || !table.sql.includes(from)) throw new Error(`units.credit_code: expected definition “${from}” not found`)
  const { schema_version: version } = (await db.get(sql`PRAGMA schema_version`)) as { schema_version: number }
  await db.run(sql`PRAGMA writable_schema = ON`)
  await db.run(sql`UPDATE sqlite_master SET sql = ${table.sql.replace(from, to)} WHERE type = 'table' AND name = 'units'`)
  await db.run(sql.raw(`PRAGMA schema_version = ${version + 1}`))
  await db.run(sql`PRAGMA writable_schema = OFF`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await setCreditCodeDefinition(db, '`credit_code` text NOT NULL', '`credit_code` text')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  const { count } = (await db.get(sql`SELECT count(*) AS count FROM units WHERE credit_code IS NULL`)) as { count: number }
  if (count > 0) throw new Error(`${count} 个单位没有统一社会信用代码，不能恢复为必填`)
  await setCreditCodeDefinition(db, '`credit_code` text,', '`credit_code` text NOT NULL,')
}
