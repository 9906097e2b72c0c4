import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`implementations_case_time_limits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`case\` text,
  	\`days\` numeric,
  	\`day_kind\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_case_time_limits_order_idx\` ON \`implementations_case_time_limits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_case_time_limits_parent_id_idx\` ON \`implementations_case_time_limits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_online_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_online_channels_order_idx\` ON \`implementations_online_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_online_channels_parent_id_idx\` ON \`implementations_online_channels\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_case_time_limits\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`case\` text,
  	\`days\` numeric,
  	\`day_kind\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_case_time_limits_order_idx\` ON \`_implementations_v_version_case_time_limits\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_case_time_limits_parent_id_idx\` ON \`_implementations_v_version_case_time_limits\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_online_channels\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`url\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_online_channels_order_idx\` ON \`_implementations_v_version_online_channels\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_online_channels_parent_id_idx\` ON \`_implementations_v_version_online_channels\` (\`_parent_id\`);`)
  await db.run(sql`DROP INDEX \`catalog_items_basic_code_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`catalog_items_basic_code_idx\` ON \`catalog_items\` (\`basic_code\`);`)
  // Columns are added in place. drizzle's generated migration rebuilt `implementations` and three
  // other tables (copy, DROP TABLE, rename) only to change two column defaults; inside Payload's
  // migration transaction `PRAGMA foreign_keys=OFF` has no effect, so the DROP cascaded: every
  // material, fee and step of every guide was deleted and adjustments lost their implementation.
  // The defaults stay as they were in the database (Payload applies the config's defaults itself:
  // necessity 未说明, 是否收费 empty).
  await db.run(sql`ALTER TABLE \`implementations_materials\` ADD \`copy_unit\` text;`)
  await db.run(sql`ALTER TABLE \`_implementations_v_version_materials\` ADD \`copy_unit\` text;`)
  await db.run(sql`ALTER TABLE \`implementations_fees\` ADD \`applicable_case\` text;`)
  await db.run(sql`ALTER TABLE \`_implementations_v_version_fees\` ADD \`applicable_case\` text;`)
  for (const column of ['service_object_note', 'fee_status', 'statutory_day_kind', 'promised_day_kind', 'result_delivery']) {
    await db.run(sql.raw(`ALTER TABLE \`implementations\` ADD \`${column}\` text;`))
    await db.run(sql.raw(`ALTER TABLE \`_implementations_v\` ADD \`version_${column}\` text;`))
  }
  // 是否收费 has three states now: the old boolean becomes 收费 / 不收费 (no row was 'not stated' before).
  await db.run(sql`UPDATE \`implementations\` SET \`fee_status\` = CASE WHEN \`charged\` = 1 THEN 'charged' WHEN \`charged\` = 0 THEN 'free' END;`)
  await db.run(sql`UPDATE \`_implementations_v\` SET \`version_fee_status\` = CASE WHEN \`version_charged\` = 1 THEN 'charged' WHEN \`version_charged\` = 0 THEN 'free' END;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of ['implementations_case_time_limits', 'implementations_online_channels', '_implementations_v_version_case_time_limits', '_implementations_v_version_online_channels']) {
    await db.run(sql.raw(`DROP TABLE \`${table}\`;`))
  }
  await db.run(sql`DROP INDEX \`catalog_items_basic_code_idx\`;`)
  await db.run(sql`CREATE INDEX \`catalog_items_basic_code_idx\` ON \`catalog_items\` (\`basic_code\`);`)
  await db.run(sql`ALTER TABLE \`implementations_materials\` DROP COLUMN \`copy_unit\`;`)
  await db.run(sql`ALTER TABLE \`_implementations_v_version_materials\` DROP COLUMN \`copy_unit\`;`)
  await db.run(sql`ALTER TABLE \`implementations_fees\` DROP COLUMN \`applicable_case\`;`)
  await db.run(sql`ALTER TABLE \`_implementations_v_version_fees\` DROP COLUMN \`applicable_case\`;`)
  for (const column of ['service_object_note', 'fee_status', 'statutory_day_kind', 'promised_day_kind', 'result_delivery']) {
    await db.run(sql.raw(`ALTER TABLE \`implementations\` DROP COLUMN \`${column}\`;`))
    await db.run(sql.raw(`ALTER TABLE \`_implementations_v\` DROP COLUMN \`version_${column}\`;`))
  }
}
