import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`catalog_items_service_objects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_service_objects_order_idx\` ON \`catalog_items_service_objects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_service_objects_parent_idx\` ON \`catalog_items_service_objects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_themes_order_idx\` ON \`catalog_items_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_themes_parent_idx\` ON \`catalog_items_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_levels_order_idx\` ON \`catalog_items_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_levels_parent_idx\` ON \`catalog_items_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`instrument\` text,
  	\`article\` text,
  	\`text\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_legal_basis_order_idx\` ON \`catalog_items_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_legal_basis_parent_id_idx\` ON \`catalog_items_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`basic_code\` text,
  	\`item_type\` text,
  	\`category\` text,
  	\`status\` text DEFAULT 'active',
  	\`unit_id\` integer,
  	\`transferable_to_society\` integer DEFAULT false,
  	\`has_normative_documents\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_basic_code_idx\` ON \`catalog_items\` (\`basic_code\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_unit_idx\` ON \`catalog_items\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_updated_at_idx\` ON \`catalog_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_created_at_idx\` ON \`catalog_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items__status_idx\` ON \`catalog_items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`catalog_items_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalog_items_texts_order_parent\` ON \`catalog_items_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_service_objects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_service_objects_order_idx\` ON \`_catalog_items_v_version_service_objects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_service_objects_parent_idx\` ON \`_catalog_items_v_version_service_objects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_themes\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_themes_order_idx\` ON \`_catalog_items_v_version_themes\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_themes_parent_idx\` ON \`_catalog_items_v_version_themes\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_levels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_levels_order_idx\` ON \`_catalog_items_v_version_levels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_levels_parent_idx\` ON \`_catalog_items_v_version_levels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_version_legal_basis\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`instrument\` text,
  	\`article\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_legal_basis_order_idx\` ON \`_catalog_items_v_version_legal_basis\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_legal_basis_parent_id_idx\` ON \`_catalog_items_v_version_legal_basis\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_basic_code\` text,
  	\`version_item_type\` text,
  	\`version_category\` text,
  	\`version_status\` text DEFAULT 'active',
  	\`version_unit_id\` integer,
  	\`version_transferable_to_society\` integer DEFAULT false,
  	\`version_has_normative_documents\` integer DEFAULT false,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_parent_idx\` ON \`_catalog_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_basic_code_idx\` ON \`_catalog_items_v\` (\`version_basic_code\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_unit_idx\` ON \`_catalog_items_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_updated_at_idx\` ON \`_catalog_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_created_at_idx\` ON \`_catalog_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version__status_idx\` ON \`_catalog_items_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_created_at_idx\` ON \`_catalog_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_updated_at_idx\` ON \`_catalog_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_latest_idx\` ON \`_catalog_items_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_catalog_items_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_catalog_items_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_texts_order_parent\` ON \`_catalog_items_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_service_objects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_service_objects_order_idx\` ON \`implementations_service_objects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_service_objects_parent_idx\` ON \`implementations_service_objects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_process\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`actor\` text,
  	\`days\` numeric,
  	\`description\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_process_order_idx\` ON \`implementations_process\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_process_parent_id_idx\` ON \`implementations_process\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_special_procedures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`days\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_special_procedures_order_idx\` ON \`implementations_special_procedures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_special_procedures_parent_id_idx\` ON \`implementations_special_procedures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_intermediary_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`provider\` text,
  	\`basis\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_intermediary_services_order_idx\` ON \`implementations_intermediary_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_intermediary_services_parent_id_idx\` ON \`implementations_intermediary_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_materials_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementations_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_materials_forms_order_idx\` ON \`implementations_materials_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_forms_parent_idx\` ON \`implementations_materials_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_materials\` (
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
  await db.run(sql`CREATE INDEX \`implementations_materials_order_idx\` ON \`implementations_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_parent_id_idx\` ON \`implementations_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_blank_form_idx\` ON \`implementations_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_materials_sample_idx\` ON \`implementations_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_fees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`standard\` text,
  	\`basis\` text,
  	\`reducible\` integer DEFAULT false,
  	\`reduction_basis\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_fees_order_idx\` ON \`implementations_fees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_fees_parent_id_idx\` ON \`implementations_fees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_handling_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_handling_forms_order_idx\` ON \`implementations_handling_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_handling_forms_parent_idx\` ON \`implementations_handling_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_online_depths\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_online_depths_order_idx\` ON \`implementations_online_depths\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_online_depths_parent_idx\` ON \`implementations_online_depths\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`address\` text,
  	\`hours\` text,
  	\`transit\` text,
  	\`phone\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_locations_order_idx\` ON \`implementations_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_locations_parent_id_idx\` ON \`implementations_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_faq_order_idx\` ON \`implementations_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_faq_parent_id_idx\` ON \`implementations_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations_forms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_forms_order_idx\` ON \`implementations_forms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`implementations_forms_parent_id_idx\` ON \`implementations_forms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_forms_file_idx\` ON \`implementations_forms\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`implementations\` (
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
  await db.run(sql`CREATE INDEX \`implementations_catalog_item_idx\` ON \`implementations\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_implementation_code_idx\` ON \`implementations\` (\`implementation_code\`);`)
  await db.run(sql`CREATE INDEX \`implementations_unit_idx\` ON \`implementations\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_region_idx\` ON \`implementations\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_review_date_idx\` ON \`implementations\` (\`review_date\`);`)
  await db.run(sql`CREATE INDEX \`implementations_result_sample_idx\` ON \`implementations\` (\`result_sample_id\`);`)
  await db.run(sql`CREATE INDEX \`implementations_updated_at_idx\` ON \`implementations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`implementations_created_at_idx\` ON \`implementations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`implementations__status_idx\` ON \`implementations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`implementations_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`implementations_texts_order_parent\` ON \`implementations_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_service_objects\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_service_objects_order_idx\` ON \`_implementations_v_version_service_objects\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_service_objects_parent_idx\` ON \`_implementations_v_version_service_objects\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_process\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`actor\` text,
  	\`days\` numeric,
  	\`description\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_process_order_idx\` ON \`_implementations_v_version_process\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_process_parent_id_idx\` ON \`_implementations_v_version_process\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_special_procedures\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text,
  	\`days\` numeric,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_special_procedures_order_idx\` ON \`_implementations_v_version_special_procedures\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_special_procedures_parent_id_idx\` ON \`_implementations_v_version_special_procedures\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_intermediary_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`provider\` text,
  	\`basis\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_intermediary_services_order_idx\` ON \`_implementations_v_version_intermediary_services\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_intermediary_services_parent_id_idx\` ON \`_implementations_v_version_intermediary_services\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_materials_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_implementations_v_version_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_forms_order_idx\` ON \`_implementations_v_version_materials_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_forms_parent_idx\` ON \`_implementations_v_version_materials_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_materials\` (
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
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_order_idx\` ON \`_implementations_v_version_materials\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_parent_id_idx\` ON \`_implementations_v_version_materials\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_blank_form_idx\` ON \`_implementations_v_version_materials\` (\`blank_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_materials_sample_idx\` ON \`_implementations_v_version_materials\` (\`sample_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_fees\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`standard\` text,
  	\`basis\` text,
  	\`reducible\` integer DEFAULT false,
  	\`reduction_basis\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_fees_order_idx\` ON \`_implementations_v_version_fees\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_fees_parent_id_idx\` ON \`_implementations_v_version_fees\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_handling_forms\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_handling_forms_order_idx\` ON \`_implementations_v_version_handling_forms\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_handling_forms_parent_idx\` ON \`_implementations_v_version_handling_forms\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_online_depths\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_online_depths_order_idx\` ON \`_implementations_v_version_online_depths\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_online_depths_parent_idx\` ON \`_implementations_v_version_online_depths\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_locations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`address\` text,
  	\`hours\` text,
  	\`transit\` text,
  	\`phone\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_locations_order_idx\` ON \`_implementations_v_version_locations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_locations_parent_id_idx\` ON \`_implementations_v_version_locations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_faq\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`question\` text,
  	\`answer\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_faq_order_idx\` ON \`_implementations_v_version_faq\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_faq_parent_id_idx\` ON \`_implementations_v_version_faq\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v_version_forms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_forms_order_idx\` ON \`_implementations_v_version_forms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_forms_parent_id_idx\` ON \`_implementations_v_version_forms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_implementations_v_version_forms_file_idx\` ON \`_implementations_v_version_forms\` (\`file_id\`);`)
  await db.run(sql`CREATE TABLE \`_implementations_v\` (
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
  await db.run(sql`CREATE TABLE \`_implementations_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_implementations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_implementations_v_texts_order_parent\` ON \`_implementations_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_preview_url\` text,
  	\`sizes_preview_width\` numeric,
  	\`sizes_preview_height\` numeric,
  	\`sizes_preview_mime_type\` text,
  	\`sizes_preview_filesize\` numeric,
  	\`sizes_preview_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_preview_sizes_preview_filename_idx\` ON \`media\` (\`sizes_preview_filename\`);`)
  await db.run(sql`CREATE TABLE \`adjustments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`catalog_item_id\` integer,
  	\`implementation_id\` integer,
  	\`unit_id\` integer NOT NULL,
  	\`reason\` text NOT NULL,
  	\`basis\` text,
  	\`effective_date\` text,
  	\`batch\` text,
  	\`proposed_version\` text,
  	\`changes\` text,
  	\`state\` text DEFAULT 'draft',
  	\`stage\` text,
  	\`round\` numeric DEFAULT 1,
  	\`created_by_id\` integer,
  	\`submitted_by_id\` integer,
  	\`submitted_at\` text,
  	\`stage_entered_at\` text,
  	\`consultation_opens_at\` text,
  	\`consultation_closes_at\` text,
  	\`published_at\` text,
  	\`implementation_version\` text,
  	\`catalog_item_version\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`catalog_item_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`implementation_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`adjustments_catalog_item_idx\` ON \`adjustments\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_implementation_idx\` ON \`adjustments\` (\`implementation_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_unit_idx\` ON \`adjustments\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_state_idx\` ON \`adjustments\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_stage_idx\` ON \`adjustments\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_created_by_idx\` ON \`adjustments\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_submitted_by_idx\` ON \`adjustments\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_updated_at_idx\` ON \`adjustments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_created_at_idx\` ON \`adjustments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`review_records\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`adjustment_id\` integer NOT NULL,
  	\`unit_id\` integer,
  	\`stage\` text NOT NULL,
  	\`stage_name\` text,
  	\`round\` numeric,
  	\`actor_id\` integer NOT NULL,
  	\`decision\` text NOT NULL,
  	\`opinion\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`adjustment_id\`) REFERENCES \`adjustments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_records_adjustment_idx\` ON \`review_records\` (\`adjustment_id\`);`)
  await db.run(sql`CREATE INDEX \`review_records_unit_idx\` ON \`review_records\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`review_records_actor_idx\` ON \`review_records\` (\`actor_id\`);`)
  await db.run(sql`CREATE INDEX \`review_records_updated_at_idx\` ON \`review_records\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_records_created_at_idx\` ON \`review_records\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`implementation_id\` integer,
  	\`adjustment_id\` integer,
  	\`helpful\` integer,
  	\`comment\` text,
  	\`name\` text,
  	\`contact\` text,
  	\`moderation\` text DEFAULT 'pending' NOT NULL,
  	\`moderated_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`implementation_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`adjustment_id\`) REFERENCES \`adjustments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_implementation_idx\` ON \`feedback\` (\`implementation_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_adjustment_idx\` ON \`feedback\` (\`adjustment_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_moderated_by_idx\` ON \`feedback\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`publications_triggers\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_triggers_order_idx\` ON \`publications_triggers\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_triggers_parent_idx\` ON \`publications_triggers\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications_steps\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`label\` text,
  	\`ms\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_steps_order_idx\` ON \`publications_steps\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`publications_steps_parent_id_idx\` ON \`publications_steps\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`publications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`status\` text DEFAULT 'running' NOT NULL,
  	\`attempt\` numeric,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`duration_ms\` numeric,
  	\`items\` numeric,
  	\`pages_changed\` numeric,
  	\`site_version\` text,
  	\`previous_version\` text,
  	\`error\` text,
  	\`log\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_updated_at_idx\` ON \`publications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`publications_created_at_idx\` ON \`publications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`publications_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`adjustments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`adjustments_id\`) REFERENCES \`adjustments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`publications_rels_order_idx\` ON \`publications_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_parent_idx\` ON \`publications_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_path_idx\` ON \`publications_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`publications_rels_adjustments_id_idx\` ON \`publications_rels\` (\`adjustments_id\`);`)
  await db.run(sql`CREATE TABLE \`units\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`credit_code\` text NOT NULL,
  	\`region_id\` integer NOT NULL,
  	\`level\` text,
  	\`supervisor_id\` integer,
  	\`phone\` text,
  	\`address\` text,
  	\`hours\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supervisor_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`units_credit_code_idx\` ON \`units\` (\`credit_code\`);`)
  await db.run(sql`CREATE INDEX \`units_region_idx\` ON \`units\` (\`region_id\`);`)
  await db.run(sql`CREATE INDEX \`units_supervisor_idx\` ON \`units\` (\`supervisor_id\`);`)
  await db.run(sql`CREATE INDEX \`units_updated_at_idx\` ON \`units\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`units_created_at_idx\` ON \`units\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`level\` text NOT NULL,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_code_idx\` ON \`regions\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`regions_parent_idx\` ON \`regions\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`unit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`unit_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_unit_idx\` ON \`users\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`catalog_items_id\` integer,
  	\`implementations_id\` integer,
  	\`media_id\` integer,
  	\`adjustments_id\` integer,
  	\`review_records_id\` integer,
  	\`feedback_id\` integer,
  	\`publications_id\` integer,
  	\`units_id\` integer,
  	\`regions_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalog_items_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`implementations_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`adjustments_id\`) REFERENCES \`adjustments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_records_id\`) REFERENCES \`review_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalog_items_id_idx\` ON \`payload_locked_documents_rels\` (\`catalog_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_implementations_id_idx\` ON \`payload_locked_documents_rels\` (\`implementations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_adjustments_id_idx\` ON \`payload_locked_documents_rels\` (\`adjustments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_records_id_idx\` ON \`payload_locked_documents_rels\` (\`review_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_name\` text NOT NULL,
  	\`region_name\` text NOT NULL,
  	\`region_id\` integer,
  	\`hotline\` text DEFAULT '12345' NOT NULL,
  	\`footer\` text,
  	\`icp\` text,
  	\`public_security_filing\` text,
  	\`site_code\` text,
  	\`base_url\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`region_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_region_idx\` ON \`site_settings\` (\`region_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`catalog_items_service_objects\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_themes\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_levels\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`catalog_items\`;`)
  await db.run(sql`DROP TABLE \`catalog_items_texts\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_service_objects\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_themes\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_levels\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_version_legal_basis\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v_texts\`;`)
  await db.run(sql`DROP TABLE \`implementations_service_objects\`;`)
  await db.run(sql`DROP TABLE \`implementations_process\`;`)
  await db.run(sql`DROP TABLE \`implementations_special_procedures\`;`)
  await db.run(sql`DROP TABLE \`implementations_intermediary_services\`;`)
  await db.run(sql`DROP TABLE \`implementations_materials_forms\`;`)
  await db.run(sql`DROP TABLE \`implementations_materials\`;`)
  await db.run(sql`DROP TABLE \`implementations_fees\`;`)
  await db.run(sql`DROP TABLE \`implementations_handling_forms\`;`)
  await db.run(sql`DROP TABLE \`implementations_online_depths\`;`)
  await db.run(sql`DROP TABLE \`implementations_locations\`;`)
  await db.run(sql`DROP TABLE \`implementations_faq\`;`)
  await db.run(sql`DROP TABLE \`implementations_forms\`;`)
  await db.run(sql`DROP TABLE \`implementations\`;`)
  await db.run(sql`DROP TABLE \`implementations_texts\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_service_objects\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_process\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_special_procedures\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_intermediary_services\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_materials_forms\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_materials\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_fees\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_handling_forms\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_online_depths\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_locations\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_faq\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_version_forms\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v\`;`)
  await db.run(sql`DROP TABLE \`_implementations_v_texts\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`adjustments\`;`)
  await db.run(sql`DROP TABLE \`review_records\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`publications_triggers\`;`)
  await db.run(sql`DROP TABLE \`publications_steps\`;`)
  await db.run(sql`DROP TABLE \`publications\`;`)
  await db.run(sql`DROP TABLE \`publications_rels\`;`)
  await db.run(sql`DROP TABLE \`units\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`site_settings\`;`)
}
