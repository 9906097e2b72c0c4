import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`unit_createdAt_idx\` ON \`catalog_items\` (\`unit_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_createdAt_idx\` ON \`_catalog_items_v\` (\`version_unit_id\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`unit_createdAt_1_idx\` ON \`implementations\` (\`unit_id\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`version_unit_version_createdAt_1_idx\` ON \`_implementations_v\` (\`version_unit_id\`,\`version_created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`unit_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`version_unit_version_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`unit_createdAt_1_idx\`;`)
  await db.run(sql`DROP INDEX \`version_unit_version_createdAt_1_idx\`;`)
}
