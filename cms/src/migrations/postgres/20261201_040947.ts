import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The necessity columns keep their database default: a value added to an enum (ADD VALUE
  // 'unspecified') cannot be used in the same transaction ("unsafe use of new value"), and Payload
  // applies the config's default (未说明) itself.
  await db.execute(sql`
   CREATE TYPE "public"."enum_implementations_materials_copy_unit" AS ENUM('set', 'sheet');
  CREATE TYPE "public"."enum_implementations_case_time_limits_day_kind" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum_implementations_fee_status" AS ENUM('charged', 'free');
  CREATE TYPE "public"."enum_implementations_statutory_day_kind" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum_implementations_promised_day_kind" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum__implementations_v_version_materials_copy_unit" AS ENUM('set', 'sheet');
  CREATE TYPE "public"."enum__implementations_v_version_case_time_limits_day_kind" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum__implementations_v_version_fee_status" AS ENUM('charged', 'free');
  CREATE TYPE "public"."enum__implementations_v_version_statutory_day_kind" AS ENUM('working', 'calendar');
  CREATE TYPE "public"."enum__implementations_v_version_promised_day_kind" AS ENUM('working', 'calendar');
  ALTER TYPE "public"."enum_implementations_materials_necessity" ADD VALUE 'unspecified';
  ALTER TYPE "public"."enum_implementations_handling_forms" ADD VALUE 'phone';
  ALTER TYPE "public"."enum_implementations_handling_forms" ADD VALUE 'fax';
  ALTER TYPE "public"."enum__implementations_v_version_materials_necessity" ADD VALUE 'unspecified';
  ALTER TYPE "public"."enum__implementations_v_version_handling_forms" ADD VALUE 'phone';
  ALTER TYPE "public"."enum__implementations_v_version_handling_forms" ADD VALUE 'fax';
  ALTER TYPE "public"."enum_units_kind" ADD VALUE 'mass-organization';
  ALTER TYPE "public"."enum_regions_level" ADD VALUE 'province' BEFORE 'city';
  CREATE TABLE "implementations_case_time_limits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"case" varchar,
  	"days" numeric,
  	"day_kind" "enum_implementations_case_time_limits_day_kind",
  	"note" varchar
  );
  
  CREATE TABLE "implementations_online_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "_implementations_v_version_case_time_limits" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"case" varchar,
  	"days" numeric,
  	"day_kind" "enum__implementations_v_version_case_time_limits_day_kind",
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_implementations_v_version_online_channels" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"url" varchar,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  DROP INDEX "catalog_items_basic_code_idx";
  ALTER TABLE "implementations" ALTER COLUMN "charged" DROP DEFAULT;
  ALTER TABLE "_implementations_v" ALTER COLUMN "version_charged" DROP DEFAULT;
  ALTER TABLE "implementations_materials" ADD COLUMN "copy_unit" "enum_implementations_materials_copy_unit";
  ALTER TABLE "implementations_fees" ADD COLUMN "applicable_case" varchar;
  ALTER TABLE "implementations" ADD COLUMN "service_object_note" varchar;
  ALTER TABLE "implementations" ADD COLUMN "fee_status" "enum_implementations_fee_status";
  ALTER TABLE "implementations" ADD COLUMN "statutory_day_kind" "enum_implementations_statutory_day_kind";
  ALTER TABLE "implementations" ADD COLUMN "promised_day_kind" "enum_implementations_promised_day_kind";
  ALTER TABLE "implementations" ADD COLUMN "result_delivery" varchar;
  ALTER TABLE "_implementations_v_version_materials" ADD COLUMN "copy_unit" "enum__implementations_v_version_materials_copy_unit";
  ALTER TABLE "_implementations_v_version_fees" ADD COLUMN "applicable_case" varchar;
  ALTER TABLE "_implementations_v" ADD COLUMN "version_service_object_note" varchar;
  ALTER TABLE "_implementations_v" ADD COLUMN "version_fee_status" "enum__implementations_v_version_fee_status";
  ALTER TABLE "_implementations_v" ADD COLUMN "version_statutory_day_kind" "enum__implementations_v_version_statutory_day_kind";
  ALTER TABLE "_implementations_v" ADD COLUMN "version_promised_day_kind" "enum__implementations_v_version_promised_day_kind";
  ALTER TABLE "_implementations_v" ADD COLUMN "version_result_delivery" varchar;
  ALTER TABLE "implementations_case_time_limits" ADD CONSTRAINT "implementations_case_time_limits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "implementations_online_channels" ADD CONSTRAINT "implementations_online_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."implementations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_case_time_limits" ADD CONSTRAINT "_implementations_v_version_case_time_limits_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_implementations_v_version_online_channels" ADD CONSTRAINT "_implementations_v_version_online_channels_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_implementations_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "implementations_case_time_limits_order_idx" ON "implementations_case_time_limits" USING btree ("_order");
  CREATE INDEX "implementations_case_time_limits_parent_id_idx" ON "implementations_case_time_limits" USING btree ("_parent_id");
  CREATE INDEX "implementations_online_channels_order_idx" ON "implementations_online_channels" USING btree ("_order");
  CREATE INDEX "implementations_online_channels_parent_id_idx" ON "implementations_online_channels" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_case_time_limits_order_idx" ON "_implementations_v_version_case_time_limits" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_case_time_limits_parent_id_idx" ON "_implementations_v_version_case_time_limits" USING btree ("_parent_id");
  CREATE INDEX "_implementations_v_version_online_channels_order_idx" ON "_implementations_v_version_online_channels" USING btree ("_order");
  CREATE INDEX "_implementations_v_version_online_channels_parent_id_idx" ON "_implementations_v_version_online_channels" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "catalog_items_basic_code_idx" ON "catalog_items" USING btree ("basic_code");`)
  // 是否收费 has three states now: the old boolean becomes 收费 / 不收费 (no row was 'not stated' before).
  await db.execute(sql`
  UPDATE "implementations" SET "fee_status" = CASE WHEN "charged" THEN 'charged'::"enum_implementations_fee_status" WHEN NOT "charged" THEN 'free'::"enum_implementations_fee_status" END;
  UPDATE "_implementations_v" SET "version_fee_status" = CASE WHEN "version_charged" THEN 'charged'::"enum__implementations_v_version_fee_status" WHEN NOT "version_charged" THEN 'free'::"enum__implementations_v_version_fee_status" END;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "implementations_case_time_limits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "implementations_online_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_implementations_v_version_case_time_limits" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_implementations_v_version_online_channels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "implementations_case_time_limits" CASCADE;
  DROP TABLE "implementations_online_channels" CASCADE;
  DROP TABLE "_implementations_v_version_case_time_limits" CASCADE;
  DROP TABLE "_implementations_v_version_online_channels" CASCADE;
  ALTER TABLE "implementations_materials" ALTER COLUMN "necessity" SET DATA TYPE text;
  ALTER TABLE "implementations_materials" ALTER COLUMN "necessity" SET DEFAULT 'required'::text;
  DROP TYPE "public"."enum_implementations_materials_necessity";
  CREATE TYPE "public"."enum_implementations_materials_necessity" AS ENUM('required', 'deferrable', 'conditional');
  ALTER TABLE "implementations_materials" ALTER COLUMN "necessity" SET DEFAULT 'required'::"public"."enum_implementations_materials_necessity";
  ALTER TABLE "implementations_materials" ALTER COLUMN "necessity" SET DATA TYPE "public"."enum_implementations_materials_necessity" USING "necessity"::"public"."enum_implementations_materials_necessity";
  ALTER TABLE "implementations_handling_forms" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_implementations_handling_forms";
  CREATE TYPE "public"."enum_implementations_handling_forms" AS ENUM('window', 'online', 'express', 'appointment', 'door-to-door', 'self-service', 'city-wide', 'proxy');
  ALTER TABLE "implementations_handling_forms" ALTER COLUMN "value" SET DATA TYPE "public"."enum_implementations_handling_forms" USING "value"::"public"."enum_implementations_handling_forms";
  ALTER TABLE "_implementations_v_version_materials" ALTER COLUMN "necessity" SET DATA TYPE text;
  ALTER TABLE "_implementations_v_version_materials" ALTER COLUMN "necessity" SET DEFAULT 'required'::text;
  DROP TYPE "public"."enum__implementations_v_version_materials_necessity";
  CREATE TYPE "public"."enum__implementations_v_version_materials_necessity" AS ENUM('required', 'deferrable', 'conditional');
  ALTER TABLE "_implementations_v_version_materials" ALTER COLUMN "necessity" SET DEFAULT 'required'::"public"."enum__implementations_v_version_materials_necessity";
  ALTER TABLE "_implementations_v_version_materials" ALTER COLUMN "necessity" SET DATA TYPE "public"."enum__implementations_v_version_materials_necessity" USING "necessity"::"public"."enum__implementations_v_version_materials_necessity";
  ALTER TABLE "_implementations_v_version_handling_forms" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum__implementations_v_version_handling_forms";
  CREATE TYPE "public"."enum__implementations_v_version_handling_forms" AS ENUM('window', 'online', 'express', 'appointment', 'door-to-door', 'self-service', 'city-wide', 'proxy');
  ALTER TABLE "_implementations_v_version_handling_forms" ALTER COLUMN "value" SET DATA TYPE "public"."enum__implementations_v_version_handling_forms" USING "value"::"public"."enum__implementations_v_version_handling_forms";
  ALTER TABLE "units" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_units_kind";
  CREATE TYPE "public"."enum_units_kind" AS ENUM('government', 'institution', 'intermediary', 'soe');
  ALTER TABLE "units" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_units_kind" USING "kind"::"public"."enum_units_kind";
  ALTER TABLE "regions" ALTER COLUMN "level" SET DATA TYPE text;
  DROP TYPE "public"."enum_regions_level";
  CREATE TYPE "public"."enum_regions_level" AS ENUM('city', 'county', 'town', 'village');
  ALTER TABLE "regions" ALTER COLUMN "level" SET DATA TYPE "public"."enum_regions_level" USING "level"::"public"."enum_regions_level";
  DROP INDEX "catalog_items_basic_code_idx";
  ALTER TABLE "implementations" ALTER COLUMN "charged" SET DEFAULT false;
  ALTER TABLE "_implementations_v" ALTER COLUMN "version_charged" SET DEFAULT false;
  CREATE INDEX "catalog_items_basic_code_idx" ON "catalog_items" USING btree ("basic_code");
  ALTER TABLE "implementations_materials" DROP COLUMN "copy_unit";
  ALTER TABLE "implementations_fees" DROP COLUMN "applicable_case";
  ALTER TABLE "implementations" DROP COLUMN "service_object_note";
  ALTER TABLE "implementations" DROP COLUMN "fee_status";
  ALTER TABLE "implementations" DROP COLUMN "statutory_day_kind";
  ALTER TABLE "implementations" DROP COLUMN "promised_day_kind";
  ALTER TABLE "implementations" DROP COLUMN "result_delivery";
  ALTER TABLE "_implementations_v_version_materials" DROP COLUMN "copy_unit";
  ALTER TABLE "_implementations_v_version_fees" DROP COLUMN "applicable_case";
  ALTER TABLE "_implementations_v" DROP COLUMN "version_service_object_note";
  ALTER TABLE "_implementations_v" DROP COLUMN "version_fee_status";
  ALTER TABLE "_implementations_v" DROP COLUMN "version_statutory_day_kind";
  ALTER TABLE "_implementations_v" DROP COLUMN "version_promised_day_kind";
  ALTER TABLE "_implementations_v" DROP COLUMN "version_result_delivery";
  DROP TYPE "public"."enum_implementations_materials_copy_unit";
  DROP TYPE "public"."enum_implementations_case_time_limits_day_kind";
  DROP TYPE "public"."enum_implementations_fee_status";
  DROP TYPE "public"."enum_implementations_statutory_day_kind";
  DROP TYPE "public"."enum_implementations_promised_day_kind";
  DROP TYPE "public"."enum__implementations_v_version_materials_copy_unit";
  DROP TYPE "public"."enum__implementations_v_version_case_time_limits_day_kind";
  DROP TYPE "public"."enum__implementations_v_version_fee_status";
  DROP TYPE "public"."enum__implementations_v_version_statutory_day_kind";
  DROP TYPE "public"."enum__implementations_v_version_promised_day_kind";`)
}
