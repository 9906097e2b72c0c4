import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_catalog_items_service_objects" AS ENUM('person', 'legal-person', 'other-org');
  CREATE TYPE "public"."enum_catalog_items_themes" AS ENUM('birth', 'school', 'employment', 'marriage-childbearing', 'housing', 'medical', 'social-insurance', 'disability', 'elderly', 'retirement', 'household', 'vehicle', 'death', 'start-business', 'business-operation', 'construction', 'close-business');
  CREATE TYPE "public"."enum_catalog_items_levels" AS ENUM('1', '2', '3', '4', '5', '6');
  CREATE TYPE "public"."enum_catalog_items_item_type" AS ENUM('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '20', '31', '99');
  CREATE TYPE "public"."enum_catalog_items_category" AS ENUM('policy', 'legal-info', 'ip', 'employment', 'education', 'social-security', 'health', 'housing', 'culture-sports', 'civil-aid', 'poverty', 'other');
  CREATE TYPE "public"."enum_catalog_items_item_status" AS ENUM('active', 'cancelled');
  CREATE TYPE "public"."enum_catalog_items_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__catalog_items_v_version_service_objects" AS ENUM('person', 'legal-person', 'other-org');
  CREATE TYPE "public"."enum__catalog_items_v_version_themes" AS ENUM('birth', 'school', 'employment', 'marriage-childbearing', 'housing', 'medical', 'social-insurance', 'disability', 'elderly', 'retirement', 'household', 'vehicle', 'death', 'start-business', 'business-operation', 'construction', 'close-business');
  CREATE TYPE "public"."enum__catalog_items_v_version_levels" AS ENUM('1', '2', '3', '4', '5', '6');
  CREATE TYPE "public"."enum__catalog_items_v_version_item_type" AS ENUM('01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '20', '31', '99');
  CREATE TYPE "public"."enum__catalog_items_v_version_category" AS ENUM('policy', 'legal-info', 'ip', 'employment', 'education', 'social-security', 'health', 'housing', 'culture-sports', 'civil-aid', 'poverty', 'other');
  CREATE TYPE "public"."enum__catalog_items_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_implementations_service_objects" AS ENUM('person', 'legal-person', 'other-org');
  CREATE TYPE "public"."enum_implementations_special_procedures_kind" AS ENUM('hearing', 'publicity', 'inspection', 'expert-review', 'other');
  CREATE TYPE "public"."enum_implementations_materials_forms" AS ENUM('original', 'copy', 'electronic');
  CREATE TYPE "public"."enum_implementations_materials_source" AS ENUM('applicant', 'government', 'other');
  CREATE TYPE "public"."enum_implementations_materials_necessity" AS ENUM('required', 'deferrable', 'conditional');
  CREATE TYPE "public"."enum_implementations_handling_forms" AS ENUM('window', 'online', 'express', 'appointment', 'door-to-door', 'self-service', 'city-wide', 'proxy');
  CREATE TYPE "public"."enum_implementations_online_depths" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8');
  CREATE TYPE "public"."enum_implementations_level" AS ENUM('1', '2', '3', '4', '5', '6');
  CREATE TYPE "public"."enum_implementations_case_type" AS ENUM('instant', 'promised');
  CREATE TYPE "public"."enum_implementations_cross_region" AS ENUM('none', 'city', 'province', 'cross-province');
  CREATE TYPE "public"."enum_implementations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__implementations_v_version_service_objects" AS ENUM('person', 'legal-person', 'other-org');
  CREATE TYPE "public"."enum__implementations_v_version_special_procedures_kind" AS ENUM('hearing', 'publicity', 'inspection', 'expert-review', 'other');
  CREATE TYPE "public"."enum__implementations_v_version_materials_forms" AS ENUM('original', 'copy', 'electronic');
  CREATE TYPE "public"."enum__implementations_v_version_materials_source" AS ENUM('applicant', 'government', 'other');
  CREATE TYPE "public"."enum__implementations_v_version_materials_necessity" AS ENUM('required', 'deferrable', 'conditional');
  CREATE TYPE "public"."enum__implementations_v_version_handling_forms" AS ENUM('window', 'online', 'express', 'appointment', 'door-to-door', 'self-service', 'city-wide', 'proxy');
  CREATE TYPE "public"."enum__implementations_v_version_online_depths" AS ENUM('1', '2', '3', '4', '5', '6', '7', '8');
  CREATE TYPE "public"."enum__implementations_v_version_level" AS ENUM('1', '2', '3', '4', '5', '6');
  CREATE TYPE "public"."enum__implementations_v_version_case_type" AS ENUM('instant', 'promised');
  CREATE TYPE "public"."enum__implementations_v_version_cross_region" AS ENUM('none', 'city', 'province', 'cross-province');
  CREATE TYPE "public"."enum__implementations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_adjustments_kind" AS ENUM('add', 'change', 'cancel', 'guide');
  CREATE TYPE "public"."enum_review_records_decision" AS ENUM('submit', 'confirm', 'withdraw', 'approve', 'return', 'reject');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('comment', 'rating');
  CREATE TYPE "public"."enum_feedback_moderation" AS ENUM('pending', 'approved', 'rejected');
  CREATE TYPE "public"."enum_publications_triggers" AS ENUM('approval', 'schedule', 'manual', 'effective-date');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('running', 'succeeded', 'failed');
  CREATE TYPE "public"."enum_units_kind" AS ENUM('government', 'institution', 'intermediary', 'soe');
  CREATE TYPE "public"."enum_units_level" AS ENUM('1', '2', '3', '4', '5', '6');
  CREATE TYPE "public"."enum_regions_level" AS ENUM('city', 'county', 'town', 'village');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('editor', 'unit-head', 'reviewer', 'price-reviewer', 'finance-reviewer', 'legal-reviewer', 'intermediary-reviewer', 'supervisor-reviewer', 'approver', 'admin');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishSite');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishSite');
  CREATE TABLE "catalog_items_service_objects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalog_items_service_objects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalog_items_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalog_items_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalog_items_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_catalog_items_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "catalog_items_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"instrument" varchar,
  	"article" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "catalog_items" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"basic_code" varchar,
  	"item_type" "enum_catalog_items_item_type",
  	"category" "enum_catalog_items_category",
  	"status" "enum_catalog_items_item_status" DEFAULT 'active',
  	"unit_id" integer,
  	"transferable_to_society" boolean DEFAULT false,
  	"has_normative_documents" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_catalog_items_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "catalog_items_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_catalog_items_v_version_service_objects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__catalog_items_v_version_service_objects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__catalog_items_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v_version_levels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__catalog_items_v_version_levels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_catalog_items_v_version_legal_basis" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"instrument" varchar,
  	"article" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_catalog_items_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar,
  	"version_basic_code" varchar,
  	"version_item_type" "enum__catalog_items_v_version_item_type",
  	"version_category" "enum__catalog_items_v_version_category",
  	"version_status" "enum_catalog_items_item_status" DEFAULT 'active',
  	"version_unit_id" integer,
  	"version_transferable_to_society" boolean DEFAULT false,
  	"version_has_normative_documents" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__catalog_items_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_catalog_items_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "implementations_service_objects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_implementations_service_objects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "implementations_process" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"actor" varchar,
  	"days" numeric,
  	"description" varchar
  );
  
  CREATE TABLE "implementations_special_procedures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_implementations_special_procedures_kind",
  	"days" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "implementations_intermediary_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"provider" varchar,
  	"basis" varchar
  );
  
  CREATE TABLE "implementations_materials_forms" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_implementations_materials_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "implementations_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"source" "enum_implementations_materials_source",
  	"copies" numeric,
  	"necessity" "enum_implementations_materials_necessity" DEFAULT 'required',
  	"requirements" varchar,
  	"basis" varchar,
  	"blank_form_id" integer,
  	"sample_id" integer,
  	"fill_notes" varchar,
  	"common_mistakes" varchar,
  	"obtainable_by_sharing" boolean DEFAULT false,
  	"demanded_from_applicant" boolean DEFAULT true
  );
  
  CREATE TABLE "implementations_fees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"standard" varchar,
  	"basis" varchar,
  	"reducible" boolean DEFAULT false,
  	"reduction_basis" varchar
  );
  
  CREATE TABLE "implementations_handling_forms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_implementations_handling_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "implementations_online_depths" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_implementations_online_depths",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "implementations_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"hours" varchar,
  	"transit" varchar,
  	"phone" varchar
  );
  
  CREATE TABLE "implementations_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar
  );
  
  CREATE TABLE "implementations_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"file_id" integer
  );
  
  CREATE TABLE "implementations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"catalog_item_id" integer,
  	"name" varchar,
  	"implementation_code" varchar,
  	"unit_id" integer,
  	"region_id" integer,
  	"level" "enum_implementations_level",
  	"handling_unit" varchar,
  	"review_date" timestamp(3) with time zone,
  	"conditions" varchar,
  	"charged" boolean DEFAULT false,
  	"government_purchased" boolean DEFAULT false,
  	"statutory_days" numeric,
  	"promised_days" numeric,
  	"case_type" "enum_implementations_case_type",
  	"time_limit_note" varchar,
  	"online_url" varchar,
  	"mobile_url" varchar,
  	"visits" numeric,
  	"onsite_reason" varchar,
  	"cross_region" "enum_implementations_cross_region",
  	"in_service_hall" boolean,
  	"supports_express" boolean,
  	"supports_appointment" boolean,
  	"supports_online_payment" boolean,
  	"supports_self_service" boolean,
  	"consult_phone" varchar,
  	"complaint_phone" varchar,
  	"result_name" varchar,
  	"result_type" varchar,
  	"result_sample_id" integer,
  	"status_query" varchar,
  	"accountability" varchar,
  	"quantity_limit" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_implementations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "implementations_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_implementations_v_version_service_objects" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__implementations_v_version_service_objects",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_implementations_v_version_process" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"actor" varchar,
  	"days" numeric,
  	"description" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_special_procedures" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum__implementations_v_version_special_procedures_kind",
  	"days" numeric,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_intermediary_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"provider" varchar,
  	"basis" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_materials_forms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__implementations_v_version_materials_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_implementations_v_version_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"source" "enum__implementations_v_version_materials_source",
  	"copies" numeric,
  	"necessity" "enum__implementations_v_version_materials_necessity" DEFAULT 'required',
  	"requirements" varchar,
  	"basis" varchar,
  	"blank_form_id" integer,
  	"sample_id" integer,
  	"fill_notes" varchar,
  	"common_mistakes" varchar,
  	"obtainable_by_sharing" boolean DEFAULT false,
  	"demanded_from_applicant" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_fees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"standard" varchar,
  	"basis" varchar,
  	"reducible" boolean DEFAULT false,
  	"reduction_basis" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_handling_forms" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__implementations_v_version_handling_forms",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_implementations_v_version_online_depths" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__implementations_v_version_online_depths",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_implementations_v_version_locations" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"address" varchar,
  	"hours" varchar,
  	"transit" varchar,
  	"phone" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_faq" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"question" varchar,
  	"answer" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_forms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_catalog_item_id" integer,
  	"version_name" varchar,
  	"version_implementation_code" varchar,
  	"version_unit_id" integer,
  	"version_region_id" integer,
  	"version_level" "enum__implementations_v_version_level",
  	"version_handling_unit" varchar,
  	"version_review_date" timestamp(3) with time zone,
  	"version_conditions" varchar,
  	"version_charged" boolean DEFAULT false,
  	"version_government_purchased" boolean DEFAULT false,
  	"version_statutory_days" numeric,
  	"version_promised_days" numeric,
  	"version_case_type" "enum__implementations_v_version_case_type",
  	"version_time_limit_note" varchar,
  	"version_online_url" varchar,
  	"version_mobile_url" varchar,
  	"version_visits" numeric,
  	"version_onsite_reason" varchar,
  	"version_cross_region" "enum__implementations_v_version_cross_region",
  	"version_in_service_hall" boolean,
  	"version_supports_express" boolean,
  	"version_supports_appointment" boolean,
  	"version_supports_online_payment" boolean,
  	"version_supports_self_service" boolean,
  	"version_consult_phone" varchar,
  	"version_complaint_phone" varchar,
  	"version_result_name" varchar,
  	"version_result_type" varchar,
  	"version_result_sample_id" integer,
  	"version_status_query" varchar,
  	"version_accountability" varchar,
  	"version_quantity_limit" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__implementations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_implementations_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_preview_url" varchar,
  	"sizes_preview_width" numeric,
  	"sizes_preview_height" numeric,
  	"sizes_preview_mime_type" varchar,
  	"sizes_preview_filesize" numeric,
  	"sizes_preview_filename" varchar
  );
  
  CREATE TABLE "adjustments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_adjustments_kind" NOT NULL,
  	"catalog_item_id" integer,
  	"implementation_id" integer,
  	"unit_id" integer NOT NULL,
  	"reason" varchar NOT NULL,
  	"basis" varchar,
  	"effective_date" timestamp(3) with time zone,
  	"batch" varchar,
  	"proposed_version" jsonb,
  	"changes" jsonb,
  	"state" varchar DEFAULT 'draft',
  	"stage" varchar,
  	"round" numeric DEFAULT 1,
  	"created_by_id" integer,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"stage_entered_at" timestamp(3) with time zone,
  	"consultation_opens_at" timestamp(3) with time zone,
  	"consultation_closes_at" timestamp(3) with time zone,
  	"published_at" timestamp(3) with time zone,
  	"implementation_version" varchar,
  	"catalog_item_version" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_records" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"adjustment_id" integer NOT NULL,
  	"unit_id" integer,
  	"stage" varchar NOT NULL,
  	"stage_name" varchar,
  	"round" numeric,
  	"actor_id" integer NOT NULL,
  	"decision" "enum_review_records_decision" NOT NULL,
  	"opinion" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_feedback_kind" NOT NULL,
  	"implementation_id" integer,
  	"adjustment_id" integer,
  	"helpful" boolean,
  	"comment" varchar,
  	"name" varchar,
  	"contact" varchar,
  	"moderation" "enum_feedback_moderation" DEFAULT 'pending' NOT NULL,
  	"moderated_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publications_triggers" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_triggers",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications_steps" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"label" varchar,
  	"ms" numeric
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_publications_status" DEFAULT 'running' NOT NULL,
  	"attempt" numeric,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"items" numeric,
  	"pages_changed" numeric,
  	"site_version" varchar,
  	"previous_version" varchar,
  	"error" varchar,
  	"log" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publications_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"adjustments_id" integer
  );
  
  CREATE TABLE "units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_units_kind" NOT NULL,
  	"credit_code" varchar NOT NULL,
  	"region_id" integer NOT NULL,
  	"level" "enum_units_level",
  	"supervisor_id" integer,
  	"phone" varchar,
  	"address" varchar,
  	"hours" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"level" "enum_regions_level" NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"catalog_items_id" integer,
  	"implementations_id" integer,
  	"media_id" integer,
  	"adjustments_id" integer,
  	"review_records_id" integer,
  	"feedback_id" integer,
  	"publications_id" integer,
  	"units_id" integer,
  	"regions_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"site_name" varchar NOT NULL,
  	"region_name" varchar NOT NULL,
  	"region_id" integer,
  	"hotline" varchar DEFAULT '12345' NOT NULL,
  	"footer" varchar,
  	"icp" varchar,
  	"public_security_filing" varchar,
  	"site_code" varchar,
  	"base_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "catalog_items_service_objects" ADD CONSTRAINT "catalog_items_service_objects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_themes" ADD CONSTRAINT "catalog_items_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_levels" ADD CONSTRAINT "catalog_items_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items_legal_basis" ADD CONSTRAINT "catalog_items_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalog_items_texts" ADD CONSTRAINT "catalog_items_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_service_objects" ADD CONSTRAINT "_catalog_items_v_version_service_objects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_themes" ADD CONSTRAINT "_catalog_items_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_levels" ADD CONSTRAINT "_catalog_items_v_version_levels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_version_legal_basis" ADD CONSTRAINT "_catalog_items_v_version_legal_basis_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_catalog_items_v" ADD CONSTRAINT "_catalog_items_v_parent_id_catalog_items_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_catalog_items_v" ADD CONSTRAINT "_catalog_items_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_catalog_items_v_texts" ADD CONSTRAINT "_catalog_items_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_catalog_items_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_service_objects" ADD CONSTRAINT "implementations_service_objects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_process" ADD CONSTRAINT "implementations_process_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_special_procedures" ADD CONSTRAINT "implementations_special_procedures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_intermediary_services" ADD CONSTRAINT "implementations_intermediary_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_materials_forms" ADD CONSTRAINT "implementations_materials_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."implementations_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_materials" ADD CONSTRAINT "implementations_materials_blank_form_id_media_id_fk" FOREIGN KEY ("blank_form_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "implementations_materials" ADD CONSTRAINT "implementations_materials_sample_id_media_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "implementations_materials" ADD CONSTRAINT "implementations_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_fees" ADD CONSTRAINT "implementations_fees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_handling_forms" ADD CONSTRAINT "implementations_handling_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_online_depths" ADD CONSTRAINT "implementations_online_depths_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_locations" ADD CONSTRAINT "implementations_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_faq" ADD CONSTRAINT "implementations_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_forms" ADD CONSTRAINT "implementations_forms_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "implementations_forms" ADD CONSTRAINT "implementations_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations" ADD CONSTRAINT "implementations_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "implementations" ADD CONSTRAINT "implementations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "implementations" ADD CONSTRAINT "implementations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "implementations" ADD CONSTRAINT "implementations_result_sample_id_media_id_fk" FOREIGN KEY ("result_sample_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "implementations_texts" ADD CONSTRAINT "implementations_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_service_objects" ADD CONSTRAINT "_implementations_v_version_service_objects_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_process" ADD CONSTRAINT "_implementations_v_version_process_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_special_procedures" ADD CONSTRAINT "_implementations_v_version_special_procedures_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_intermediary_services" ADD CONSTRAINT "_implementations_v_version_intermediary_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_materials_forms" ADD CONSTRAINT "_implementations_v_version_materials_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_implementations_v_version_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_materials" ADD CONSTRAINT "_implementations_v_version_materials_blank_form_id_media_id_fk" FOREIGN KEY ("blank_form_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_materials" ADD CONSTRAINT "_implementations_v_version_materials_sample_id_media_id_fk" FOREIGN KEY ("sample_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_materials" ADD CONSTRAINT "_implementations_v_version_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_fees" ADD CONSTRAINT "_implementations_v_version_fees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_handling_forms" ADD CONSTRAINT "_implementations_v_version_handling_forms_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_online_depths" ADD CONSTRAINT "_implementations_v_version_online_depths_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_locations" ADD CONSTRAINT "_implementations_v_version_locations_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_faq" ADD CONSTRAINT "_implementations_v_version_faq_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_forms" ADD CONSTRAINT "_implementations_v_version_forms_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_forms" ADD CONSTRAINT "_implementations_v_version_forms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v" ADD CONSTRAINT "_implementations_v_parent_id_implementations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."implementations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v" ADD CONSTRAINT "_implementations_v_version_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("version_catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v" ADD CONSTRAINT "_implementations_v_version_unit_id_units_id_fk" FOREIGN KEY ("version_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v" ADD CONSTRAINT "_implementations_v_version_region_id_regions_id_fk" FOREIGN KEY ("version_region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v" ADD CONSTRAINT "_implementations_v_version_result_sample_id_media_id_fk" FOREIGN KEY ("version_result_sample_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_implementations_v_texts" ADD CONSTRAINT "_implementations_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_records" ADD CONSTRAINT "review_records_adjustment_id_adjustments_id_fk" FOREIGN KEY ("adjustment_id") REFERENCES "public"."adjustments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_records" ADD CONSTRAINT "review_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_records" ADD CONSTRAINT "review_records_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_implementation_id_implementations_id_fk" FOREIGN KEY ("implementation_id") REFERENCES "public"."implementations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_adjustment_id_adjustments_id_fk" FOREIGN KEY ("adjustment_id") REFERENCES "public"."adjustments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications_triggers" ADD CONSTRAINT "publications_triggers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_steps" ADD CONSTRAINT "publications_steps_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_rels" ADD CONSTRAINT "publications_rels_adjustments_fk" FOREIGN KEY ("adjustments_id") REFERENCES "public"."adjustments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "units" ADD CONSTRAINT "units_supervisor_id_units_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalog_items_fk" FOREIGN KEY ("catalog_items_id") REFERENCES "public"."catalog_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_implementations_fk" FOREIGN KEY ("implementations_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_adjustments_fk" FOREIGN KEY ("adjustments_id") REFERENCES "public"."adjustments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_records_fk" FOREIGN KEY ("review_records_id") REFERENCES "public"."review_records"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "catalog_items_service_objects_order_idx" ON "catalog_items_service_objects" USING btree ("order");
  CREATE INDEX "catalog_items_service_objects_parent_idx" ON "catalog_items_service_objects" USING btree ("parent_id");
  CREATE INDEX "catalog_items_themes_order_idx" ON "catalog_items_themes" USING btree ("order");
  CREATE INDEX "catalog_items_themes_parent_idx" ON "catalog_items_themes" USING btree ("parent_id");
  CREATE INDEX "catalog_items_levels_order_idx" ON "catalog_items_levels" USING btree ("order");
  CREATE INDEX "catalog_items_levels_parent_idx" ON "catalog_items_levels" USING btree ("parent_id");
  CREATE INDEX "catalog_items_legal_basis_order_idx" ON "catalog_items_legal_basis" USING btree ("_order");
  CREATE INDEX "catalog_items_legal_basis_parent_id_idx" ON "catalog_items_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "catalog_items_basic_code_idx" ON "catalog_items" USING btree ("basic_code");
  CREATE INDEX "catalog_items_unit_idx" ON "catalog_items" USING btree ("unit_id");
  CREATE INDEX "catalog_items_updated_at_idx" ON "catalog_items" USING btree ("updated_at");
  CREATE INDEX "catalog_items_created_at_idx" ON "catalog_items" USING btree ("created_at");
  CREATE INDEX "catalog_items__status_idx" ON "catalog_items" USING btree ("_status");
  CREATE INDEX "catalog_items_texts_order_parent" ON "catalog_items_texts" USING btree ("order","parent_id");
  CREATE INDEX "_catalog_items_v_version_service_objects_order_idx" ON "_catalog_items_v_version_service_objects" USING btree ("order");
  CREATE INDEX "_catalog_items_v_version_service_objects_parent_idx" ON "_catalog_items_v_version_service_objects" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_themes_order_idx" ON "_catalog_items_v_version_themes" USING btree ("order");
  CREATE INDEX "_catalog_items_v_version_themes_parent_idx" ON "_catalog_items_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_levels_order_idx" ON "_catalog_items_v_version_levels" USING btree ("order");
  CREATE INDEX "_catalog_items_v_version_levels_parent_idx" ON "_catalog_items_v_version_levels" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_legal_basis_order_idx" ON "_catalog_items_v_version_legal_basis" USING btree ("_order");
  CREATE INDEX "_catalog_items_v_version_legal_basis_parent_id_idx" ON "_catalog_items_v_version_legal_basis" USING btree ("_parent_id");
  CREATE INDEX "_catalog_items_v_parent_idx" ON "_catalog_items_v" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_version_version_basic_code_idx" ON "_catalog_items_v" USING btree ("version_basic_code");
  CREATE INDEX "_catalog_items_v_version_version_unit_idx" ON "_catalog_items_v" USING btree ("version_unit_id");
  CREATE INDEX "_catalog_items_v_version_version_updated_at_idx" ON "_catalog_items_v" USING btree ("version_updated_at");
  CREATE INDEX "_catalog_items_v_version_version_created_at_idx" ON "_catalog_items_v" USING btree ("version_created_at");
  CREATE INDEX "_catalog_items_v_version_version__status_idx" ON "_catalog_items_v" USING btree ("version__status");
  CREATE INDEX "_catalog_items_v_created_at_idx" ON "_catalog_items_v" USING btree ("created_at");
  CREATE INDEX "_catalog_items_v_updated_at_idx" ON "_catalog_items_v" USING btree ("updated_at");
  CREATE INDEX "_catalog_items_v_latest_idx" ON "_catalog_items_v" USING btree ("latest");
  CREATE INDEX "_catalog_items_v_texts_order_parent" ON "_catalog_items_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "implementations_service_objects_order_idx" ON "implementations_service_objects" USING btree ("order");
  CREATE INDEX "implementations_service_objects_parent_idx" ON "implementations_service_objects" USING btree ("parent_id");
  CREATE INDEX "implementations_process_order_idx" ON "implementations_process" USING btree ("_order");
  CREATE INDEX "implementations_process_parent_id_idx" ON "implementations_process" USING btree ("_parent_id");
  CREATE INDEX "implementations_special_procedures_order_idx" ON "implementations_special_procedures" USING btree ("_order");
  CREATE INDEX "implementations_special_procedures_parent_id_idx" ON "implementations_special_procedures" USING btree ("_parent_id");
  CREATE INDEX "implementations_intermediary_services_order_idx" ON "implementations_intermediary_services" USING btree ("_order");
  CREATE INDEX "implementations_intermediary_services_parent_id_idx" ON "implementations_intermediary_services" USING btree ("_parent_id");
  CREATE INDEX "implementations_materials_forms_order_idx" ON "implementations_materials_forms" USING btree ("order");
  CREATE INDEX "implementations_materials_forms_parent_idx" ON "implementations_materials_forms" USING btree ("parent_id");
  CREATE INDEX "implementations_materials_order_idx" ON "implementations_materials" USING btree ("_order");
  CREATE INDEX "implementations_materials_parent_id_idx" ON "implementations_materials" USING btree ("_parent_id");
  CREATE INDEX "implementations_materials_blank_form_idx" ON "implementations_materials" USING btree ("blank_form_id");
  CREATE INDEX "implementations_materials_sample_idx" ON "implementations_materials" USING btree ("sample_id");
  CREATE INDEX "implementations_fees_order_idx" ON "implementations_fees" USING btree ("_order");
  CREATE INDEX "implementations_fees_parent_id_idx" ON "implementations_fees" USING btree ("_parent_id");
  CREATE INDEX "implementations_handling_forms_order_idx" ON "implementations_handling_forms" USING btree ("order");
  CREATE INDEX "implementations_handling_forms_parent_idx" ON "implementations_handling_forms" USING btree ("parent_id");
  CREATE INDEX "implementations_online_depths_order_idx" ON "implementations_online_depths" USING btree ("order");
  CREATE INDEX "implementations_online_depths_parent_idx" ON "implementations_online_depths" USING btree ("parent_id");
  CREATE INDEX "implementations_locations_order_idx" ON "implementations_locations" USING btree ("_order");
  CREATE INDEX "implementations_locations_parent_id_idx" ON "implementations_locations" USING btree ("_parent_id");
  CREATE INDEX "implementations_faq_order_idx" ON "implementations_faq" USING btree ("_order");
  CREATE INDEX "implementations_faq_parent_id_idx" ON "implementations_faq" USING btree ("_parent_id");
  CREATE INDEX "implementations_forms_order_idx" ON "implementations_forms" USING btree ("_order");
  CREATE INDEX "implementations_forms_parent_id_idx" ON "implementations_forms" USING btree ("_parent_id");
  CREATE INDEX "implementations_forms_file_idx" ON "implementations_forms" USING btree ("file_id");
  CREATE INDEX "implementations_catalog_item_idx" ON "implementations" USING btree ("catalog_item_id");
  CREATE INDEX "implementations_implementation_code_idx" ON "implementations" USING btree ("implementation_code");
  CREATE INDEX "implementations_unit_idx" ON "implementations" USING btree ("unit_id");
  CREATE INDEX "implementations_region_idx" ON "implementations" USING btree ("region_id");
  CREATE INDEX "implementations_review_date_idx" ON "implementations" USING btree ("review_date");
  CREATE INDEX "implementations_result_sample_idx" ON "implementations" USING btree ("result_sample_id");
  CREATE INDEX "implementations_updated_at_idx" ON "implementations" USING btree ("updated_at");
  CREATE INDEX "implementations_created_at_idx" ON "implementations" USING btree ("created_at");
  CREATE INDEX "implementations__status_idx" ON "implementations" USING btree ("_status");
  CREATE INDEX "implementations_texts_order_parent" ON "implementations_texts" USING btree ("order","parent_id");
  CREATE INDEX "_implementations_v_version_service_objects_order_idx" ON "_implementations_v_version_service_objects" USING btree ("order");
  CREATE INDEX "_implementations_v_version_service_objects_parent_idx" ON "_implementations_v_version_service_objects" USING btree ("parent_id");
  CREATE INDEX "_implementations_v_version_process_order_idx" ON "_implementations_v_version_process" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_process_parent_id_idx" ON "_implementations_v_version_process" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_special_procedures_order_idx" ON "_implementations_v_version_special_procedures" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_special_procedures_parent_id_idx" ON "_implementations_v_version_special_procedures" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_intermediary_services_order_idx" ON "_implementations_v_version_intermediary_services" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_intermediary_services_parent_id_idx" ON "_implementations_v_version_intermediary_services" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_materials_forms_order_idx" ON "_implementations_v_version_materials_forms" USING btree ("order");
  CREATE INDEX "_implementations_v_version_materials_forms_parent_idx" ON "_implementations_v_version_materials_forms" USING btree ("parent_id");
  CREATE INDEX "_implementations_v_version_materials_order_idx" ON "_implementations_v_version_materials" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_materials_parent_id_idx" ON "_implementations_v_version_materials" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_materials_blank_form_idx" ON "_implementations_v_version_materials" USING btree ("blank_form_id");
  CREATE INDEX "_implementations_v_version_materials_sample_idx" ON "_implementations_v_version_materials" USING btree ("sample_id");
  CREATE INDEX "_implementations_v_version_fees_order_idx" ON "_implementations_v_version_fees" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_fees_parent_id_idx" ON "_implementations_v_version_fees" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_handling_forms_order_idx" ON "_implementations_v_version_handling_forms" USING btree ("order");
  CREATE INDEX "_implementations_v_version_handling_forms_parent_idx" ON "_implementations_v_version_handling_forms" USING btree ("parent_id");
  CREATE INDEX "_implementations_v_version_online_depths_order_idx" ON "_implementations_v_version_online_depths" USING btree ("order");
  CREATE INDEX "_implementations_v_version_online_depths_parent_idx" ON "_implementations_v_version_online_depths" USING btree ("parent_id");
  CREATE INDEX "_implementations_v_version_locations_order_idx" ON "_implementations_v_version_locations" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_locations_parent_id_idx" ON "_implementations_v_version_locations" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_faq_order_idx" ON "_implementations_v_version_faq" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_faq_parent_id_idx" ON "_implementations_v_version_faq" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_forms_order_idx" ON "_implementations_v_version_forms" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_forms_parent_id_idx" ON "_implementations_v_version_forms" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_forms_file_idx" ON "_implementations_v_version_forms" USING btree ("file_id");
  CREATE INDEX "_implementations_v_parent_idx" ON "_implementations_v" USING btree ("parent_id");
  CREATE INDEX "_implementations_v_version_version_catalog_item_idx" ON "_implementations_v" USING btree ("version_catalog_item_id");
  CREATE INDEX "_implementations_v_version_version_implementation_code_idx" ON "_implementations_v" USING btree ("version_implementation_code");
  CREATE INDEX "_implementations_v_version_version_unit_idx" ON "_implementations_v" USING btree ("version_unit_id");
  CREATE INDEX "_implementations_v_version_version_region_idx" ON "_implementations_v" USING btree ("version_region_id");
  CREATE INDEX "_implementations_v_version_version_review_date_idx" ON "_implementations_v" USING btree ("version_review_date");
  CREATE INDEX "_implementations_v_version_version_result_sample_idx" ON "_implementations_v" USING btree ("version_result_sample_id");
  CREATE INDEX "_implementations_v_version_version_updated_at_idx" ON "_implementations_v" USING btree ("version_updated_at");
  CREATE INDEX "_implementations_v_version_version_created_at_idx" ON "_implementations_v" USING btree ("version_created_at");
  CREATE INDEX "_implementations_v_version_version__status_idx" ON "_implementations_v" USING btree ("version__status");
  CREATE INDEX "_implementations_v_created_at_idx" ON "_implementations_v" USING btree ("created_at");
  CREATE INDEX "_implementations_v_updated_at_idx" ON "_implementations_v" USING btree ("updated_at");
  CREATE INDEX "_implementations_v_latest_idx" ON "_implementations_v" USING btree ("latest");
  CREATE INDEX "_implementations_v_texts_order_parent" ON "_implementations_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_preview_sizes_preview_filename_idx" ON "media" USING btree ("sizes_preview_filename");
  CREATE INDEX "adjustments_catalog_item_idx" ON "adjustments" USING btree ("catalog_item_id");
  CREATE INDEX "adjustments_implementation_idx" ON "adjustments" USING btree ("implementation_id");
  CREATE INDEX "adjustments_unit_idx" ON "adjustments" USING btree ("unit_id");
  CREATE INDEX "adjustments_state_idx" ON "adjustments" USING btree ("state");
  CREATE INDEX "adjustments_stage_idx" ON "adjustments" USING btree ("stage");
  CREATE INDEX "adjustments_created_by_idx" ON "adjustments" USING btree ("created_by_id");
  CREATE INDEX "adjustments_submitted_by_idx" ON "adjustments" USING btree ("submitted_by_id");
  CREATE INDEX "adjustments_updated_at_idx" ON "adjustments" USING btree ("updated_at");
  CREATE INDEX "adjustments_created_at_idx" ON "adjustments" USING btree ("created_at");
  CREATE INDEX "review_records_adjustment_idx" ON "review_records" USING btree ("adjustment_id");
  CREATE INDEX "review_records_unit_idx" ON "review_records" USING btree ("unit_id");
  CREATE INDEX "review_records_actor_idx" ON "review_records" USING btree ("actor_id");
  CREATE INDEX "review_records_updated_at_idx" ON "review_records" USING btree ("updated_at");
  CREATE INDEX "review_records_created_at_idx" ON "review_records" USING btree ("created_at");
  CREATE INDEX "feedback_implementation_idx" ON "feedback" USING btree ("implementation_id");
  CREATE INDEX "feedback_adjustment_idx" ON "feedback" USING btree ("adjustment_id");
  CREATE INDEX "feedback_moderated_by_idx" ON "feedback" USING btree ("moderated_by_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "publications_triggers_order_idx" ON "publications_triggers" USING btree ("order");
  CREATE INDEX "publications_triggers_parent_idx" ON "publications_triggers" USING btree ("parent_id");
  CREATE INDEX "publications_steps_order_idx" ON "publications_steps" USING btree ("_order");
  CREATE INDEX "publications_steps_parent_id_idx" ON "publications_steps" USING btree ("_parent_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications_rels_order_idx" ON "publications_rels" USING btree ("order");
  CREATE INDEX "publications_rels_parent_idx" ON "publications_rels" USING btree ("parent_id");
  CREATE INDEX "publications_rels_path_idx" ON "publications_rels" USING btree ("path");
  CREATE INDEX "publications_rels_adjustments_id_idx" ON "publications_rels" USING btree ("adjustments_id");
  CREATE UNIQUE INDEX "units_credit_code_idx" ON "units" USING btree ("credit_code");
  CREATE INDEX "units_region_idx" ON "units" USING btree ("region_id");
  CREATE INDEX "units_supervisor_idx" ON "units" USING btree ("supervisor_id");
  CREATE INDEX "units_updated_at_idx" ON "units" USING btree ("updated_at");
  CREATE INDEX "units_created_at_idx" ON "units" USING btree ("created_at");
  CREATE UNIQUE INDEX "regions_code_idx" ON "regions" USING btree ("code");
  CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_id");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_catalog_items_id_idx" ON "payload_locked_documents_rels" USING btree ("catalog_items_id");
  CREATE INDEX "payload_locked_documents_rels_implementations_id_idx" ON "payload_locked_documents_rels" USING btree ("implementations_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_adjustments_id_idx" ON "payload_locked_documents_rels" USING btree ("adjustments_id");
  CREATE INDEX "payload_locked_documents_rels_review_records_id_idx" ON "payload_locked_documents_rels" USING btree ("review_records_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_units_id_idx" ON "payload_locked_documents_rels" USING btree ("units_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "site_settings_region_idx" ON "site_settings" USING btree ("region_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "catalog_items_service_objects" CASCADE;
  DROP TABLE "catalog_items_themes" CASCADE;
  DROP TABLE "catalog_items_levels" CASCADE;
  DROP TABLE "catalog_items_legal_basis" CASCADE;
  DROP TABLE "catalog_items" CASCADE;
  DROP TABLE "catalog_items_texts" CASCADE;
  DROP TABLE "_catalog_items_v_version_service_objects" CASCADE;
  DROP TABLE "_catalog_items_v_version_themes" CASCADE;
  DROP TABLE "_catalog_items_v_version_levels" CASCADE;
  DROP TABLE "_catalog_items_v_version_legal_basis" CASCADE;
  DROP TABLE "_catalog_items_v" CASCADE;
  DROP TABLE "_catalog_items_v_texts" CASCADE;
  DROP TABLE "implementations_service_objects" CASCADE;
  DROP TABLE "implementations_process" CASCADE;
  DROP TABLE "implementations_special_procedures" CASCADE;
  DROP TABLE "implementations_intermediary_services" CASCADE;
  DROP TABLE "implementations_materials_forms" CASCADE;
  DROP TABLE "implementations_materials" CASCADE;
  DROP TABLE "implementations_fees" CASCADE;
  DROP TABLE "implementations_handling_forms" CASCADE;
  DROP TABLE "implementations_online_depths" CASCADE;
  DROP TABLE "implementations_locations" CASCADE;
  DROP TABLE "implementations_faq" CASCADE;
  DROP TABLE "implementations_forms" CASCADE;
  DROP TABLE "implementations" CASCADE;
  DROP TABLE "implementations_texts" CASCADE;
  DROP TABLE "_implementations_v_version_service_objects" CASCADE;
  DROP TABLE "_implementations_v_version_process" CASCADE;
  DROP TABLE "_implementations_v_version_special_procedures" CASCADE;
  DROP TABLE "_implementations_v_version_intermediary_services" CASCADE;
  DROP TABLE "_implementations_v_version_materials_forms" CASCADE;
  DROP TABLE "_implementations_v_version_materials" CASCADE;
  DROP TABLE "_implementations_v_version_fees" CASCADE;
  DROP TABLE "_implementations_v_version_handling_forms" CASCADE;
  DROP TABLE "_implementations_v_version_online_depths" CASCADE;
  DROP TABLE "_implementations_v_version_locations" CASCADE;
  DROP TABLE "_implementations_v_version_faq" CASCADE;
  DROP TABLE "_implementations_v_version_forms" CASCADE;
  DROP TABLE "_implementations_v" CASCADE;
  DROP TABLE "_implementations_v_texts" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "adjustments" CASCADE;
  DROP TABLE "review_records" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "publications_triggers" CASCADE;
  DROP TABLE "publications_steps" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_rels" CASCADE;
  DROP TABLE "units" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TYPE "public"."enum_catalog_items_service_objects";
  DROP TYPE "public"."enum_catalog_items_themes";
  DROP TYPE "public"."enum_catalog_items_levels";
  DROP TYPE "public"."enum_catalog_items_item_type";
  DROP TYPE "public"."enum_catalog_items_category";
  DROP TYPE "public"."enum_catalog_items_item_status";
  DROP TYPE "public"."enum_catalog_items_status";
  DROP TYPE "public"."enum__catalog_items_v_version_service_objects";
  DROP TYPE "public"."enum__catalog_items_v_version_themes";
  DROP TYPE "public"."enum__catalog_items_v_version_levels";
  DROP TYPE "public"."enum__catalog_items_v_version_item_type";
  DROP TYPE "public"."enum__catalog_items_v_version_category";
  DROP TYPE "public"."enum__catalog_items_v_version_status";
  DROP TYPE "public"."enum_implementations_service_objects";
  DROP TYPE "public"."enum_implementations_special_procedures_kind";
  DROP TYPE "public"."enum_implementations_materials_forms";
  DROP TYPE "public"."enum_implementations_materials_source";
  DROP TYPE "public"."enum_implementations_materials_necessity";
  DROP TYPE "public"."enum_implementations_handling_forms";
  DROP TYPE "public"."enum_implementations_online_depths";
  DROP TYPE "public"."enum_implementations_level";
  DROP TYPE "public"."enum_implementations_case_type";
  DROP TYPE "public"."enum_implementations_cross_region";
  DROP TYPE "public"."enum_implementations_status";
  DROP TYPE "public"."enum__implementations_v_version_service_objects";
  DROP TYPE "public"."enum__implementations_v_version_special_procedures_kind";
  DROP TYPE "public"."enum__implementations_v_version_materials_forms";
  DROP TYPE "public"."enum__implementations_v_version_materials_source";
  DROP TYPE "public"."enum__implementations_v_version_materials_necessity";
  DROP TYPE "public"."enum__implementations_v_version_handling_forms";
  DROP TYPE "public"."enum__implementations_v_version_online_depths";
  DROP TYPE "public"."enum__implementations_v_version_level";
  DROP TYPE "public"."enum__implementations_v_version_case_type";
  DROP TYPE "public"."enum__implementations_v_version_cross_region";
  DROP TYPE "public"."enum__implementations_v_version_status";
  DROP TYPE "public"."enum_adjustments_kind";
  DROP TYPE "public"."enum_review_records_decision";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_moderation";
  DROP TYPE "public"."enum_publications_triggers";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum_units_kind";
  DROP TYPE "public"."enum_units_level";
  DROP TYPE "public"."enum_regions_level";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
