import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`catalog_items_texts_parent_idx\` ON \`catalog_items_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_texts_parent_idx\` ON \`_catalog_items_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_texts_parent_idx\` ON \`implementations_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_texts_parent_idx\` ON \`_implementations_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_texts_parent_idx\` ON \`adjustments_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_texts_parent_idx\` ON \`users_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`search_synonyms_texts_parent_idx\` ON \`search_synonyms_texts\` (\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`catalog_items_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_catalog_items_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`implementations_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`_implementations_v_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`adjustments_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`users_texts_parent_idx\`;`)
  await db.run(sql`DROP INDEX \`search_synonyms_texts_parent_idx\`;`)
}
