import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_records_disposition" AS ENUM('retain', 'cancel', 'merge', 'simplify-materials', 'delegate', 'transfer', 'government-purchase');
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('stage', 'returned', 'overdue', 'approved', 'rejected');
  CREATE TYPE "public"."enum_workflow_settings_rules_kinds" AS ENUM('add', 'change', 'cancel', 'guide');
  ALTER TYPE "public"."enum_publications_triggers" ADD VALUE 'consultation';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notifyOverdue';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notifyOverdue';
  CREATE TABLE "adjustments_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "workflow_procedures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"version" numeric DEFAULT 1,
  	"active" boolean DEFAULT true,
  	"description" varchar,
  	"definition" jsonb NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"procedure_id" integer NOT NULL,
  	"deadline" timestamp(3) with time zone,
  	"active" boolean DEFAULT true,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"kind" "enum_notifications_kind" NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"adjustment_id" integer,
  	"stage" varchar,
  	"dedupe_key" varchar NOT NULL,
  	"read_at" timestamp(3) with time zone,
  	"unread" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "workflow_settings_rules_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_workflow_settings_rules_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "workflow_settings_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"contact_only" boolean DEFAULT false,
  	"procedure_id" integer NOT NULL
  );
  
  CREATE TABLE "workflow_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"fallback_procedure_id" integer,
  	"review_interval_months" numeric DEFAULT 12,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "holiday_calendar_holidays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "holiday_calendar_workdays" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar
  );
  
  CREATE TABLE "holiday_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "catalog_items" ADD COLUMN "region_id" integer;
  ALTER TABLE "_catalog_items_v" ADD COLUMN "version_region_id" integer;
  ALTER TABLE "adjustments" ADD COLUMN "campaign_id" integer;
  ALTER TABLE "adjustments" ADD COLUMN "procedure_id" integer;
  ALTER TABLE "adjustments" ADD COLUMN "procedure_code" varchar;
  ALTER TABLE "adjustments" ADD COLUMN "procedure_version" numeric;
  ALTER TABLE "adjustments" ADD COLUMN "stage_due_at" timestamp(3) with time zone;
  ALTER TABLE "adjustments" ADD COLUMN "procedure_snapshot" jsonb;
  ALTER TABLE "adjustments" ADD COLUMN "resume_stage" varchar;
  ALTER TABLE "adjustments" ADD COLUMN "consulted_stages" jsonb;
  ALTER TABLE "review_records" ADD COLUMN "disposition" "enum_review_records_disposition";
  ALTER TABLE "review_records" ADD COLUMN "batch" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "workflow_procedures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "notifications_id" integer;
  ALTER TABLE "adjustments_texts" ADD CONSTRAINT "adjustments_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."adjustments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_procedure_id_workflow_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."workflow_procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_adjustment_id_adjustments_id_fk" FOREIGN KEY ("adjustment_id") REFERENCES "public"."adjustments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_texts" ADD CONSTRAINT "users_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_settings_rules_kinds" ADD CONSTRAINT "workflow_settings_rules_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."workflow_settings_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_settings_rules" ADD CONSTRAINT "workflow_settings_rules_procedure_id_workflow_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."workflow_procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "workflow_settings_rules" ADD CONSTRAINT "workflow_settings_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."workflow_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "workflow_settings" ADD CONSTRAINT "workflow_settings_fallback_procedure_id_workflow_procedures_id_fk" FOREIGN KEY ("fallback_procedure_id") REFERENCES "public"."workflow_procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "holiday_calendar_holidays" ADD CONSTRAINT "holiday_calendar_holidays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."holiday_calendar"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "holiday_calendar_workdays" ADD CONSTRAINT "holiday_calendar_workdays_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."holiday_calendar"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "adjustments_texts_order_parent" ON "adjustments_texts" USING btree ("order","parent_id");
  CREATE INDEX "adjustments_texts_text_idx" ON "adjustments_texts" USING btree ("text");
  CREATE UNIQUE INDEX "workflow_procedures_code_idx" ON "workflow_procedures" USING btree ("code");
  CREATE INDEX "workflow_procedures_updated_at_idx" ON "workflow_procedures" USING btree ("updated_at");
  CREATE INDEX "workflow_procedures_created_at_idx" ON "workflow_procedures" USING btree ("created_at");
  CREATE INDEX "campaigns_procedure_idx" ON "campaigns" USING btree ("procedure_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_adjustment_idx" ON "notifications" USING btree ("adjustment_id");
  CREATE UNIQUE INDEX "notifications_dedupe_key_idx" ON "notifications" USING btree ("dedupe_key");
  CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("unread");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "users_texts_order_parent" ON "users_texts" USING btree ("order","parent_id");
  CREATE INDEX "workflow_settings_rules_kinds_order_idx" ON "workflow_settings_rules_kinds" USING btree ("order");
  CREATE INDEX "workflow_settings_rules_kinds_parent_idx" ON "workflow_settings_rules_kinds" USING btree ("parent_id");
  CREATE INDEX "workflow_settings_rules_order_idx" ON "workflow_settings_rules" USING btree ("_order");
  CREATE INDEX "workflow_settings_rules_parent_id_idx" ON "workflow_settings_rules" USING btree ("_parent_id");
  CREATE INDEX "workflow_settings_rules_procedure_idx" ON "workflow_settings_rules" USING btree ("procedure_id");
  CREATE INDEX "workflow_settings_fallback_procedure_idx" ON "workflow_settings" USING btree ("fallback_procedure_id");
  CREATE INDEX "holiday_calendar_holidays_order_idx" ON "holiday_calendar_holidays" USING btree ("_order");
  CREATE INDEX "holiday_calendar_holidays_parent_id_idx" ON "holiday_calendar_holidays" USING btree ("_parent_id");
  CREATE INDEX "holiday_calendar_workdays_order_idx" ON "holiday_calendar_workdays" USING btree ("_order");
  CREATE INDEX "holiday_calendar_workdays_parent_id_idx" ON "holiday_calendar_workdays" USING btree ("_parent_id");
  ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_catalog_items_v" ADD CONSTRAINT "_catalog_items_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_procedure_id_workflow_procedures_id_fk" FOREIGN KEY ("procedure_id") REFERENCES "public"."workflow_procedures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_workflow_procedures_fk" FOREIGN KEY ("workflow_procedures_id") REFERENCES "public"."workflow_procedures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "catalog_items_region_idx" ON "catalog_items" USING btree ("region_id");
  CREATE INDEX "_catalog_items_v_version_version_region_idx" ON "_catalog_items_v" USING btree ("version_region_id");
  CREATE INDEX "adjustments_campaign_idx" ON "adjustments" USING btree ("campaign_id");
  CREATE INDEX "adjustments_procedure_idx" ON "adjustments" USING btree ("procedure_id");
  CREATE INDEX "adjustments_procedure_code_idx" ON "adjustments" USING btree ("procedure_code");
  CREATE INDEX "adjustments_stage_due_at_idx" ON "adjustments" USING btree ("stage_due_at");
  CREATE INDEX "adjustments_batch_idx" ON "adjustments" USING btree ("batch");
  CREATE INDEX "review_records_batch_idx" ON "review_records" USING btree ("batch");
  CREATE INDEX "payload_locked_documents_rels_workflow_procedures_id_idx" ON "payload_locked_documents_rels" USING btree ("workflow_procedures_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "adjustments_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_procedures" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "notifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_settings_rules_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_settings_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "workflow_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holiday_calendar_holidays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holiday_calendar_workdays" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holiday_calendar" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "adjustments_texts" CASCADE;
  DROP TABLE "workflow_procedures" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "users_texts" CASCADE;
  DROP TABLE "workflow_settings_rules_kinds" CASCADE;
  DROP TABLE "workflow_settings_rules" CASCADE;
  DROP TABLE "workflow_settings" CASCADE;
  DROP TABLE "holiday_calendar_holidays" CASCADE;
  DROP TABLE "holiday_calendar_workdays" CASCADE;
  DROP TABLE "holiday_calendar" CASCADE;
  ALTER TABLE "catalog_items" DROP CONSTRAINT "catalog_items_region_id_regions_id_fk";
  
  ALTER TABLE "_catalog_items_v" DROP CONSTRAINT "_catalog_items_v_version_region_id_regions_id_fk";
  
  ALTER TABLE "adjustments" DROP CONSTRAINT "adjustments_campaign_id_campaigns_id_fk";
  
  ALTER TABLE "adjustments" DROP CONSTRAINT "adjustments_procedure_id_workflow_procedures_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_workflow_procedures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_notifications_fk";
  
  ALTER TABLE "publications_triggers" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_publications_triggers";
  CREATE TYPE "public"."enum_publications_triggers" AS ENUM('approval', 'schedule', 'manual', 'effective-date');
  ALTER TABLE "publications_triggers" ALTER COLUMN "value" SET DATA TYPE "public"."enum_publications_triggers" USING "value"::"public"."enum_publications_triggers";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishSite');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishSite');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "catalog_items_region_idx";
  DROP INDEX "_catalog_items_v_version_version_region_idx";
  DROP INDEX "adjustments_campaign_idx";
  DROP INDEX "adjustments_procedure_idx";
  DROP INDEX "adjustments_procedure_code_idx";
  DROP INDEX "adjustments_stage_due_at_idx";
  DROP INDEX "adjustments_batch_idx";
  DROP INDEX "review_records_batch_idx";
  DROP INDEX "payload_locked_documents_rels_workflow_procedures_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_notifications_id_idx";
  ALTER TABLE "catalog_items" DROP COLUMN "region_id";
  ALTER TABLE "_catalog_items_v" DROP COLUMN "version_region_id";
  ALTER TABLE "adjustments" DROP COLUMN "campaign_id";
  ALTER TABLE "adjustments" DROP COLUMN "procedure_id";
  ALTER TABLE "adjustments" DROP COLUMN "procedure_code";
  ALTER TABLE "adjustments" DROP COLUMN "procedure_version";
  ALTER TABLE "adjustments" DROP COLUMN "stage_due_at";
  ALTER TABLE "adjustments" DROP COLUMN "procedure_snapshot";
  ALTER TABLE "adjustments" DROP COLUMN "resume_stage";
  ALTER TABLE "adjustments" DROP COLUMN "consulted_stages";
  ALTER TABLE "review_records" DROP COLUMN "disposition";
  ALTER TABLE "review_records" DROP COLUMN "batch";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "workflow_procedures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "notifications_id";
  DROP TYPE "public"."enum_review_records_disposition";
  DROP TYPE "public"."enum_notifications_kind";
  DROP TYPE "public"."enum_workflow_settings_rules_kinds";`)
}
