import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`adjustments_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`adjustments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`adjustments_texts_order_parent\` ON \`adjustments_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_texts_text_idx\` ON \`adjustments_texts\` (\`text\`);`)
  await db.run(sql`CREATE TABLE \`workflow_procedures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`version\` numeric DEFAULT 1,
  	\`active\` integer DEFAULT true,
  	\`description\` text,
  	\`definition\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`workflow_procedures_code_idx\` ON \`workflow_procedures\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`workflow_procedures_updated_at_idx\` ON \`workflow_procedures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`workflow_procedures_created_at_idx\` ON \`workflow_procedures\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`procedure_id\` integer NOT NULL,
  	\`deadline\` text,
  	\`active\` integer DEFAULT true,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`workflow_procedures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_procedure_idx\` ON \`campaigns\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`notifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`recipient_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text,
  	\`adjustment_id\` integer,
  	\`stage\` text,
  	\`dedupe_key\` text NOT NULL,
  	\`read_at\` text,
  	\`unread\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`recipient_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`adjustment_id\`) REFERENCES \`adjustments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`notifications_recipient_idx\` ON \`notifications\` (\`recipient_id\`);`)
  await db.run(sql`CREATE INDEX \`notifications_adjustment_idx\` ON \`notifications\` (\`adjustment_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`notifications_dedupe_key_idx\` ON \`notifications\` (\`dedupe_key\`);`)
  await db.run(sql`CREATE INDEX \`notifications_unread_idx\` ON \`notifications\` (\`unread\`);`)
  await db.run(sql`CREATE INDEX \`notifications_updated_at_idx\` ON \`notifications\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`notifications_created_at_idx\` ON \`notifications\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_texts_order_parent\` ON \`users_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings_rules_kinds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`workflow_settings_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_settings_rules_kinds_order_idx\` ON \`workflow_settings_rules_kinds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_settings_rules_kinds_parent_idx\` ON \`workflow_settings_rules_kinds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings_rules\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`contact_only\` integer DEFAULT false,
  	\`procedure_id\` integer NOT NULL,
  	FOREIGN KEY (\`procedure_id\`) REFERENCES \`workflow_procedures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`workflow_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_settings_rules_order_idx\` ON \`workflow_settings_rules\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`workflow_settings_rules_parent_id_idx\` ON \`workflow_settings_rules\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`workflow_settings_rules_procedure_idx\` ON \`workflow_settings_rules\` (\`procedure_id\`);`)
  await db.run(sql`CREATE TABLE \`workflow_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`fallback_procedure_id\` integer,
  	\`review_interval_months\` numeric DEFAULT 12,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`fallback_procedure_id\`) REFERENCES \`workflow_procedures\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`workflow_settings_fallback_procedure_idx\` ON \`workflow_settings\` (\`fallback_procedure_id\`);`)
  await db.run(sql`CREATE TABLE \`holiday_calendar_holidays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holiday_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holiday_calendar_holidays_order_idx\` ON \`holiday_calendar_holidays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holiday_calendar_holidays_parent_id_idx\` ON \`holiday_calendar_holidays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holiday_calendar_workdays\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`holiday_calendar\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`holiday_calendar_workdays_order_idx\` ON \`holiday_calendar_workdays\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`holiday_calendar_workdays_parent_id_idx\` ON \`holiday_calendar_workdays\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`holiday_calendar\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`catalog_items\` ADD \`region_id\` integer REFERENCES regions(id);`)
  await db.run(sql`CREATE INDEX \`catalog_items_region_idx\` ON \`catalog_items\` (\`region_id\`);`)
  await db.run(sql`ALTER TABLE \`_catalog_items_v\` ADD \`version_region_id\` integer REFERENCES regions(id);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_region_idx\` ON \`_catalog_items_v\` (\`version_region_id\`);`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`campaign_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`procedure_id\` integer REFERENCES workflow_procedures(id);`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`procedure_code\` text;`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`procedure_version\` numeric;`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`stage_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`procedure_snapshot\` text;`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`resume_stage\` text;`)
  await db.run(sql`ALTER TABLE \`adjustments\` ADD \`consulted_stages\` text;`)
  await db.run(sql`CREATE INDEX \`adjustments_campaign_idx\` ON \`adjustments\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_procedure_idx\` ON \`adjustments\` (\`procedure_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_procedure_code_idx\` ON \`adjustments\` (\`procedure_code\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_stage_due_at_idx\` ON \`adjustments\` (\`stage_due_at\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_batch_idx\` ON \`adjustments\` (\`batch\`);`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`disposition\` text;`)
  await db.run(sql`ALTER TABLE \`review_records\` ADD \`batch\` text;`)
  await db.run(sql`CREATE INDEX \`review_records_batch_idx\` ON \`review_records\` (\`batch\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`workflow_procedures_id\` integer REFERENCES workflow_procedures(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`notifications_id\` integer REFERENCES notifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_workflow_procedures_id_idx\` ON \`payload_locked_documents_rels\` (\`workflow_procedures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`adjustments_texts\`;`)
  await db.run(sql`DROP TABLE \`workflow_procedures\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`notifications\`;`)
  await db.run(sql`DROP TABLE \`users_texts\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings_rules_kinds\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings_rules\`;`)
  await db.run(sql`DROP TABLE \`workflow_settings\`;`)
  await db.run(sql`DROP TABLE \`holiday_calendar_holidays\`;`)
  await db.run(sql`DROP TABLE \`holiday_calendar_workdays\`;`)
  await db.run(sql`DROP TABLE \`holiday_calendar\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_catalog_items\` (
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
  await db.run(sql`INSERT INTO \`__new_catalog_items\`("id", "name", "basic_code", "item_type", "category", "status", "unit_id", "transferable_to_society", "has_normative_documents", "updated_at", "created_at", "_status") SELECT "id", "name", "basic_code", "item_type", "category", "status", "unit_id", "transferable_to_society", "has_normative_documents", "updated_at", "created_at", "_status" FROM \`catalog_items\`;`)
  await db.run(sql`DROP TABLE \`catalog_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_catalog_items\` RENAME TO \`catalog_items\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`catalog_items_basic_code_idx\` ON \`catalog_items\` (\`basic_code\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_unit_idx\` ON \`catalog_items\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_updated_at_idx\` ON \`catalog_items\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items_created_at_idx\` ON \`catalog_items\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`catalog_items__status_idx\` ON \`catalog_items\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__catalog_items_v\` (
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
  await db.run(sql`INSERT INTO \`__new__catalog_items_v\`("id", "parent_id", "version_name", "version_basic_code", "version_item_type", "version_category", "version_status", "version_unit_id", "version_transferable_to_society", "version_has_normative_documents", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_basic_code", "version_item_type", "version_category", "version_status", "version_unit_id", "version_transferable_to_society", "version_has_normative_documents", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_catalog_items_v\`;`)
  await db.run(sql`DROP TABLE \`_catalog_items_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__catalog_items_v\` RENAME TO \`_catalog_items_v\`;`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_parent_idx\` ON \`_catalog_items_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_basic_code_idx\` ON \`_catalog_items_v\` (\`version_basic_code\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_unit_idx\` ON \`_catalog_items_v\` (\`version_unit_id\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_updated_at_idx\` ON \`_catalog_items_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version_created_at_idx\` ON \`_catalog_items_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_version_version__status_idx\` ON \`_catalog_items_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_created_at_idx\` ON \`_catalog_items_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_updated_at_idx\` ON \`_catalog_items_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_catalog_items_v_latest_idx\` ON \`_catalog_items_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_adjustments\` (
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
  await db.run(sql`INSERT INTO \`__new_adjustments\`("id", "kind", "catalog_item_id", "implementation_id", "unit_id", "reason", "basis", "effective_date", "batch", "proposed_version", "changes", "state", "stage", "round", "created_by_id", "submitted_by_id", "submitted_at", "stage_entered_at", "consultation_opens_at", "consultation_closes_at", "published_at", "implementation_version", "catalog_item_version", "updated_at", "created_at") SELECT "id", "kind", "catalog_item_id", "implementation_id", "unit_id", "reason", "basis", "effective_date", "batch", "proposed_version", "changes", "state", "stage", "round", "created_by_id", "submitted_by_id", "submitted_at", "stage_entered_at", "consultation_opens_at", "consultation_closes_at", "published_at", "implementation_version", "catalog_item_version", "updated_at", "created_at" FROM \`adjustments\`;`)
  await db.run(sql`DROP TABLE \`adjustments\`;`)
  await db.run(sql`ALTER TABLE \`__new_adjustments\` RENAME TO \`adjustments\`;`)
  await db.run(sql`CREATE INDEX \`adjustments_catalog_item_idx\` ON \`adjustments\` (\`catalog_item_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_implementation_idx\` ON \`adjustments\` (\`implementation_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_unit_idx\` ON \`adjustments\` (\`unit_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_state_idx\` ON \`adjustments\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_stage_idx\` ON \`adjustments\` (\`stage\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_created_by_idx\` ON \`adjustments\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_submitted_by_idx\` ON \`adjustments\` (\`submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_updated_at_idx\` ON \`adjustments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`adjustments_created_at_idx\` ON \`adjustments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`catalog_items_id\` integer,
  	\`implementations_id\` integer,
  	\`imports_id\` integer,
  	\`media_id\` integer,
  	\`adjustments_id\` integer,
  	\`review_records_id\` integer,
  	\`feedback_id\` integer,
  	\`publications_id\` integer,
  	\`units_id\` integer,
  	\`regions_id\` integer,
  	\`users_id\` integer,
  	\`login_events_id\` integer,
  	\`rate_limits_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalog_items_id\`) REFERENCES \`catalog_items\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`implementations_id\`) REFERENCES \`implementations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`imports_id\`) REFERENCES \`imports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`adjustments_id\`) REFERENCES \`adjustments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_records_id\`) REFERENCES \`review_records\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`publications_id\`) REFERENCES \`publications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`units_id\`) REFERENCES \`units\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`login_events_id\`) REFERENCES \`login_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "catalog_items_id", "implementations_id", "imports_id", "media_id", "adjustments_id", "review_records_id", "feedback_id", "publications_id", "units_id", "regions_id", "users_id", "login_events_id", "rate_limits_id") SELECT "id", "order", "parent_id", "path", "catalog_items_id", "implementations_id", "imports_id", "media_id", "adjustments_id", "review_records_id", "feedback_id", "publications_id", "units_id", "regions_id", "users_id", "login_events_id", "rate_limits_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalog_items_id_idx\` ON \`payload_locked_documents_rels\` (\`catalog_items_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_implementations_id_idx\` ON \`payload_locked_documents_rels\` (\`implementations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_adjustments_id_idx\` ON \`payload_locked_documents_rels\` (\`adjustments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_records_id_idx\` ON \`payload_locked_documents_rels\` (\`review_records_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_publications_id_idx\` ON \`payload_locked_documents_rels\` (\`publications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_units_id_idx\` ON \`payload_locked_documents_rels\` (\`units_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_login_events_id_idx\` ON \`payload_locked_documents_rels\` (\`login_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`DROP INDEX \`review_records_batch_idx\`;`)
  await db.run(sql`ALTER TABLE \`review_records\` DROP COLUMN \`disposition\`;`)
  await db.run(sql`ALTER TABLE \`review_records\` DROP COLUMN \`batch\`;`)
}
