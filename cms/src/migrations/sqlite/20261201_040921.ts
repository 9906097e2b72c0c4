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
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_implementations_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`source\` text,
  	\`copies\` numeric,
  	\`copy_unit\` text,
  	\`necessity\` text DEFAULT 'unspecified',
  	\`requirements\` text,
  	\`basis\` text,
  	\`blank_form_id\` integer,
  	\`sample_id\` integer,
  	\`fill_notes\` text,
  	\`common_mistakes\` text,
  	\`obtainable_by_sharing\` integer DEFAULT false,
  	\`demanded_from_applicant\` integer DEFAULT true,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_implementations_materials\`("_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant") SELECT "_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant" FROM \`implementations_materials\`;`)
  await db.run(sql`DROP TABLE \`implementations_materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_implementations_materials\` RENAME TO \`implementations_materials\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`implementations_materials_order_idx\` ON \`implementations_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_parent_id_idx\` ON \`implementations_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_blank_form_idx\` ON \`implementations_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_sample_idx\` ON \`implementations_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_implementations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`catalog_item_id\` integer,
  	\`name\` text,
  	\`implementation_code\` text,
  	\`unit_id\` integer,
  	\`region_id\` integer,
  	\`level\` text,
  	\`handling_unit\` text,
  	\`service_object_note\` text,
  	\`review_date\` text,
  	\`conditions\` text,
  	\`fee_status\` text,
  	\`charged\` integer,
  	\`government_purchased\` integer DEFAULT false,
  	\`statutory_days\` numeric,
  	\`statutory_day_kind\` text,
  	\`promised_days\` numeric,
  	\`promised_day_kind\` text,
  	\`case_type\` text,
  	\`time_limit_note\` text,
  	\`online_url\` text,
  	\`mobile_url\` text,
  	\`visits\` numeric,
  	\`onsite_reason\` text,
  	\`cross_region\` text,
  	\`in_service_hall\` integer,
  	\`supports_express\` integer,
  	\`supports_appointment\` integer,
  	\`supports_online_payment\` integer,
  	\`supports_self_service\` integer,
  	\`consult_phone\` text,
  	\`complaint_phone\` text,
  	\`result_name\` text,
  	\`result_type\` text,
  	\`result_delivery\` text,
  	\`result_sample_id\` integer,
  	\`status_query\` text,
  	\`accountability\` text,
  	\`quantity_limit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`result_sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_implementations\`("id", "catalog_item_id", "name", "implementation_code", "unit_id", "region_id", "level", "handling_unit", "review_date", "conditions", "charged", "government_purchased", "statutory_days", "promised_days", "case_type", "time_limit_note", "online_url", "mobile_url", "visits", "onsite_reason", "cross_region", "in_service_hall", "supports_express", "supports_appointment", "supports_online_payment", "supports_self_service", "consult_phone", "complaint_phone", "result_name", "result_type", "result_sample_id", "status_query", "accountability", "quantity_limit", "updated_at", "created_at", "_status") SELECT "id", "catalog_item_id", "name", "implementation_code", "unit_id", "region_id", "level", "handling_unit", "review_date", "conditions", "charged", "government_purchased", "statutory_days", "promised_days", "case_type", "time_limit_note", "online_url", "mobile_url", "visits", "onsite_reason", "cross_region", "in_service_hall", "supports_express", "supports_appointment", "supports_online_payment", "supports_self_service", "consult_phone", "complaint_phone", "result_name", "result_type", "result_sample_id", "status_query", "accountability", "quantity_limit", "updated_at", "created_at", "_status" FROM \`implementations\`;`)
  await db.run(sql`DROP TABLE \`implementations\`;`)
  await db.run(sql`ALTER TABLE \`__new_implementations\` RENAME TO \`implementations\`;`)
  await db.run(sql`CREATE INDEX \`implementations_catalog_item_idx\` ON \`implementations\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_implementation_code_idx\` ON \`implementations\` (\`implementation_code\`);`)
  await db.run(sql`CREATE INDEX \`implementations_unit_idx\` ON \`implementations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_region_idx\` ON \`implementations\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_review_date_idx\` ON \`implementations\` (\`review_date\`);`)
  await db.run(sql`CREATE INDEX \`implementations_result_sample_idx\` ON \`implementations\` (\`result_sample_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_updated_at_idx\` ON \`implementations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`implementations_created_at_idx\` ON \`implementations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`implementations__status_idx\` ON \`implementations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__implementations_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`source\` text,
  	\`copies\` numeric,
  	\`copy_unit\` text,
  	\`necessity\` text DEFAULT 'unspecified',
  	\`requirements\` text,
  	\`basis\` text,
  	\`blank_form_id\` integer,
  	\`sample_id\` integer,
  	\`fill_notes\` text,
  	\`common_mistakes\` text,
  	\`obtainable_by_sharing\` integer DEFAULT false,
  	\`demanded_from_applicant\` integer DEFAULT true,
  	\`_uuid\` text,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__implementations_v_version_materials\`("_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant", "_uuid") SELECT "_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant", "_uuid" FROM \`_implementations_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_materials\`;`)
  await db.run(sql`ALTER TABLE \`__new__implementations_v_version_materials\` RENAME TO \`_implementations_v_version_materials\`;`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_order_idx\` ON \`_implementations_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_parent_id_idx\` ON \`_implementations_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_blank_form_idx\` ON \`_implementations_v_version_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_sample_idx\` ON \`_implementations_v_version_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__implementations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_catalog_item_id\` integer,
  	\`version_name\` text,
  	\`version_implementation_code\` text,
  	\`version_unit_id\` integer,
  	\`version_region_id\` integer,
  	\`version_level\` text,
  	\`version_handling_unit\` text,
  	\`version_service_object_note\` text,
  	\`version_review_date\` text,
  	\`version_conditions\` text,
  	\`version_fee_status\` text,
  	\`version_charged\` integer,
  	\`version_government_purchased\` integer DEFAULT false,
  	\`version_statutory_days\` numeric,
  	\`version_statutory_day_kind\` text,
  	\`version_promised_days\` numeric,
  	\`version_promised_day_kind\` text,
  	\`version_case_type\` text,
  	\`version_time_limit_note\` text,
  	\`version_online_url\` text,
  	\`version_mobile_url\` text,
  	\`version_visits\` numeric,
  	\`version_onsite_reason\` text,
  	\`version_cross_region\` text,
  	\`version_in_service_hall\` integer,
  	\`version_supports_express\` integer,
  	\`version_supports_appointment\` integer,
  	\`version_supports_online_payment\` integer,
  	\`version_supports_self_service\` integer,
  	\`version_consult_phone\` text,
  	\`version_complaint_phone\` text,
  	\`version_result_name\` text,
  	\`version_result_type\` text,
  	\`version_result_delivery\` text,
  	\`version_result_sample_id\` integer,
  	\`version_status_query\` text,
  	\`version_accountability\` text,
  	\`version_quantity_limit\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_result_sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__implementations_v\`("id", "parent_id", "version_catalog_item_id", "version_name", "version_implementation_code", "version_unit_id", "version_region_id", "version_level", "version_handling_unit", "version_review_date", "version_conditions", "version_charged", "version_government_purchased", "version_statutory_days", "version_promised_days", "version_case_type", "version_time_limit_note", "version_online_url", "version_mobile_url", "version_visits", "version_onsite_reason", "version_cross_region", "version_in_service_hall", "version_supports_express", "version_supports_appointment", "version_supports_online_payment", "version_supports_self_service", "version_consult_phone", "version_complaint_phone", "version_result_name", "version_result_type", "version_result_sample_id", "version_status_query", "version_accountability", "version_quantity_limit", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_catalog_item_id", "version_name", "version_implementation_code", "version_unit_id", "version_region_id", "version_level", "version_handling_unit", "version_review_date", "version_conditions", "version_charged", "version_government_purchased", "version_statutory_days", "version_promised_days", "version_case_type", "version_time_limit_note", "version_online_url", "version_mobile_url", "version_visits", "version_onsite_reason", "version_cross_region", "version_in_service_hall", "version_supports_express", "version_supports_appointment", "version_supports_online_payment", "version_supports_self_service", "version_consult_phone", "version_complaint_phone", "version_result_name", "version_result_type", "version_result_sample_id", "version_status_query", "version_accountability", "version_quantity_limit", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_implementations_v\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__implementations_v\` RENAME TO \`_implementations_v\`;`)
  await db.run(sql`CREATE INDEX \`_implementations_v_parent_idx\` ON \`_implementations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_catalog_item_idx\` ON \`_implementations_v\` (\`version_catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_implementation_code_idx\` ON \`_implementations_v\` (\`version_implementation_code\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_unit_idx\` ON \`_implementations_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_region_idx\` ON \`_implementations_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_review_date_idx\` ON \`_implementations_v\` (\`version_review_date\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_result_sample_idx\` ON \`_implementations_v\` (\`version_result_sample_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_updated_at_idx\` ON \`_implementations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_created_at_idx\` ON \`_implementations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version__status_idx\` ON \`_implementations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_created_at_idx\` ON \`_implementations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_updated_at_idx\` ON \`_implementations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_latest_idx\` ON \`_implementations_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`implementations_fees\` ADD \`applicable_case\` text;`)
  await db.run(sql`ALTER TABLE \`_implementations_v_version_fees\` ADD \`applicable_case\` text;`)
  // 是否收费 has three states now: the old boolean becomes 收费 / 不收费 (no row was 'not stated' before).
  await db.run(sql`UPDATE \`implementations\` SET \`fee_status\` = CASE WHEN \`charged\` = 1 THEN 'charged' WHEN \`charged\` = 0 THEN 'free' END;`)
  await db.run(sql`UPDATE \`_implementations_v\` SET \`version_fee_status\` = CASE WHEN \`version_charged\` = 1 THEN 'charged' WHEN \`version_charged\` = 0 THEN 'free' END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`implementations_case_time_limits\`;`)
  await db.run(sql`DROP TABLE \`implementations_online_channels\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_case_time_limits\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_online_channels\`;`)
  await db.run(sql`DROP INDEX \`catalog_items_basic_code_idx\`;`)
  await db.run(sql`CREATE INDEX \`catalog_items_basic_code_idx\` ON \`catalog_items\` (\`basic_code\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_implementations_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`source\` text,
  	\`copies\` numeric,
  	\`necessity\` text DEFAULT 'required',
  	\`requirements\` text,
  	\`basis\` text,
  	\`blank_form_id\` integer,
  	\`sample_id\` integer,
  	\`fill_notes\` text,
  	\`common_mistakes\` text,
  	\`obtainable_by_sharing\` integer DEFAULT false,
  	\`demanded_from_applicant\` integer DEFAULT true,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_implementations_materials\`("_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant") SELECT "_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant" FROM \`implementations_materials\`;`)
  await db.run(sql`DROP TABLE \`implementations_materials\`;`)
  await db.run(sql`ALTER TABLE \`__new_implementations_materials\` RENAME TO \`implementations_materials\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`implementations_materials_order_idx\` ON \`implementations_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_parent_id_idx\` ON \`implementations_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_blank_form_idx\` ON \`implementations_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_sample_idx\` ON \`implementations_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_implementations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`catalog_item_id\` integer,
  	\`name\` text,
  	\`implementation_code\` text,
  	\`unit_id\` integer,
  	\`region_id\` integer,
  	\`level\` text,
  	\`handling_unit\` text,
  	\`review_date\` text,
  	\`conditions\` text,
  	\`charged\` integer DEFAULT false,
  	\`government_purchased\` integer DEFAULT false,
  	\`statutory_days\` numeric,
  	\`promised_days\` numeric,
  	\`case_type\` text,
  	\`time_limit_note\` text,
  	\`online_url\` text,
  	\`mobile_url\` text,
  	\`visits\` numeric,
  	\`onsite_reason\` text,
  	\`cross_region\` text,
  	\`in_service_hall\` integer,
  	\`supports_express\` integer,
  	\`supports_appointment\` integer,
  	\`supports_online_payment\` integer,
  	\`supports_self_service\` integer,
  	\`consult_phone\` text,
  	\`complaint_phone\` text,
  	\`result_name\` text,
  	\`result_type\` text,
  	\`result_sample_id\` integer,
  	\`status_query\` text,
  	\`accountability\` text,
  	\`quantity_limit\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`result_sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_implementations\`("id", "catalog_item_id", "name", "implementation_code", "unit_id", "region_id", "level", "handling_unit", "review_date", "conditions", "charged", "government_purchased", "statutory_days", "promised_days", "case_type", "time_limit_note", "online_url", "mobile_url", "visits", "onsite_reason", "cross_region", "in_service_hall", "supports_express", "supports_appointment", "supports_online_payment", "supports_self_service", "consult_phone", "complaint_phone", "result_name", "result_type", "result_sample_id", "status_query", "accountability", "quantity_limit", "updated_at", "created_at", "_status") SELECT "id", "catalog_item_id", "name", "implementation_code", "unit_id", "region_id", "level", "handling_unit", "review_date", "conditions", "charged", "government_purchased", "statutory_days", "promised_days", "case_type", "time_limit_note", "online_url", "mobile_url", "visits", "onsite_reason", "cross_region", "in_service_hall", "supports_express", "supports_appointment", "supports_online_payment", "supports_self_service", "consult_phone", "complaint_phone", "result_name", "result_type", "result_sample_id", "status_query", "accountability", "quantity_limit", "updated_at", "created_at", "_status" FROM \`implementations\`;`)
  await db.run(sql`DROP TABLE \`implementations\`;`)
  await db.run(sql`ALTER TABLE \`__new_implementations\` RENAME TO \`implementations\`;`)
  await db.run(sql`CREATE INDEX \`implementations_catalog_item_idx\` ON \`implementations\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_implementation_code_idx\` ON \`implementations\` (\`implementation_code\`);`)
  await db.run(sql`CREATE INDEX \`implementations_unit_idx\` ON \`implementations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_region_idx\` ON \`implementations\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_review_date_idx\` ON \`implementations\` (\`review_date\`);`)
  await db.run(sql`CREATE INDEX \`implementations_result_sample_idx\` ON \`implementations\` (\`result_sample_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_updated_at_idx\` ON \`implementations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`implementations_created_at_idx\` ON \`implementations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`implementations__status_idx\` ON \`implementations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__implementations_v_version_materials\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`source\` text,
  	\`copies\` numeric,
  	\`necessity\` text DEFAULT 'required',
  	\`requirements\` text,
  	\`basis\` text,
  	\`blank_form_id\` integer,
  	\`sample_id\` integer,
  	\`fill_notes\` text,
  	\`common_mistakes\` text,
  	\`obtainable_by_sharing\` integer DEFAULT false,
  	\`demanded_from_applicant\` integer DEFAULT true,
  	\`_uuid\` text,
  	FOREIGN KEY (\`blank_form_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__implementations_v_version_materials\`("_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant", "_uuid") SELECT "_order", "_parent_id", "id", "name", "source", "copies", "necessity", "requirements", "basis", "blank_form_id", "sample_id", "fill_notes", "common_mistakes", "obtainable_by_sharing", "demanded_from_applicant", "_uuid" FROM \`_implementations_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_materials\`;`)
  await db.run(sql`ALTER TABLE \`__new__implementations_v_version_materials\` RENAME TO \`_implementations_v_version_materials\`;`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_order_idx\` ON \`_implementations_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_parent_id_idx\` ON \`_implementations_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_blank_form_idx\` ON \`_implementations_v_version_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_sample_idx\` ON \`_implementations_v_version_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__implementations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_catalog_item_id\` integer,
  	\`version_name\` text,
  	\`version_implementation_code\` text,
  	\`version_unit_id\` integer,
  	\`version_region_id\` integer,
  	\`version_level\` text,
  	\`version_handling_unit\` text,
  	\`version_review_date\` text,
  	\`version_conditions\` text,
  	\`version_charged\` integer DEFAULT false,
  	\`version_government_purchased\` integer DEFAULT false,
  	\`version_statutory_days\` numeric,
  	\`version_promised_days\` numeric,
  	\`version_case_type\` text,
  	\`version_time_limit_note\` text,
  	\`version_online_url\` text,
  	\`version_mobile_url\` text,
  	\`version_visits\` numeric,
  	\`version_onsite_reason\` text,
  	\`version_cross_region\` text,
  	\`version_in_service_hall\` integer,
  	\`version_supports_express\` integer,
  	\`version_supports_appointment\` integer,
  	\`version_supports_online_payment\` integer,
  	\`version_supports_self_service\` integer,
  	\`version_consult_phone\` text,
  	\`version_complaint_phone\` text,
  	\`version_result_name\` text,
  	\`version_result_type\` text,
  	\`version_result_sample_id\` integer,
  	\`version_status_query\` text,
  	\`version_accountability\` text,
  	\`version_quantity_limit\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_result_sample_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__implementations_v\`("id", "parent_id", "version_catalog_item_id", "version_name", "version_implementation_code", "version_unit_id", "version_region_id", "version_level", "version_handling_unit", "version_review_date", "version_conditions", "version_charged", "version_government_purchased", "version_statutory_days", "version_promised_days", "version_case_type", "version_time_limit_note", "version_online_url", "version_mobile_url", "version_visits", "version_onsite_reason", "version_cross_region", "version_in_service_hall", "version_supports_express", "version_supports_appointment", "version_supports_online_payment", "version_supports_self_service", "version_consult_phone", "version_complaint_phone", "version_result_name", "version_result_type", "version_result_sample_id", "version_status_query", "version_accountability", "version_quantity_limit", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_catalog_item_id", "version_name", "version_implementation_code", "version_unit_id", "version_region_id", "version_level", "version_handling_unit", "version_review_date", "version_conditions", "version_charged", "version_government_purchased", "version_statutory_days", "version_promised_days", "version_case_type", "version_time_limit_note", "version_online_url", "version_mobile_url", "version_visits", "version_onsite_reason", "version_cross_region", "version_in_service_hall", "version_supports_express", "version_supports_appointment", "version_supports_online_payment", "version_supports_self_service", "version_consult_phone", "version_complaint_phone", "version_result_name", "version_result_type", "version_result_sample_id", "version_status_query", "version_accountability", "version_quantity_limit", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_implementations_v\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__implementations_v\` RENAME TO \`_implementations_v\`;`)
  await db.run(sql`CREATE INDEX \`_implementations_v_parent_idx\` ON \`_implementations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_catalog_item_idx\` ON \`_implementations_v\` (\`version_catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_implementation_code_idx\` ON \`_implementations_v\` (\`version_implementation_code\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_unit_idx\` ON \`_implementations_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_region_idx\` ON \`_implementations_v\` (\`version_region_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_review_date_idx\` ON \`_implementations_v\` (\`version_review_date\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_result_sample_idx\` ON \`_implementations_v\` (\`version_result_sample_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_updated_at_idx\` ON \`_implementations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version_created_at_idx\` ON \`_implementations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_version__status_idx\` ON \`_implementations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_created_at_idx\` ON \`_implementations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_updated_at_idx\` ON \`_implementations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_latest_idx\` ON \`_implementations_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`implementations_fees\` DROP COLUMN \`applicable_case\`;`)
  await db.run(sql`ALTER TABLE \`_implementations_v_version_fees\` DROP COLUMN \`applicable_case\`;`)
}
