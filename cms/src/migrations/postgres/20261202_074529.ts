import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_laws_level" AS ENUM('law', 'administrative-regulation', 'state-council-decision', 'department-rule', 'local-regulation', 'local-government-rule', 'normative-document', 'other');
  CREATE TYPE "public"."enum_laws_status" AS ENUM('in-force', 'amended', 'repealed');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'law-change';
  CREATE TABLE "laws" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"key" varchar,
  	"document_number" varchar,
  	"level" "enum_laws_level",
  	"status" "enum_laws_status",
  	"effective_date" timestamp(3) with time zone,
  	"repeal_date" timestamp(3) with time zone,
  	"link" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "laws_id" integer;
  CREATE UNIQUE INDEX "laws_key_idx" ON "laws" USING btree ("key");
  CREATE INDEX "laws_document_number_idx" ON "laws" USING btree ("document_number");
  CREATE INDEX "laws_updated_at_idx" ON "laws" USING btree ("updated_at");
  CREATE INDEX "laws_created_at_idx" ON "laws" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_laws_fk" FOREIGN KEY ("laws_id") REFERENCES "public"."laws"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_laws_id_idx" ON "payload_locked_documents_rels" USING btree ("laws_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "laws" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "laws" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_laws_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('stage', 'returned', 'overdue', 'approved', 'rejected');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  DROP INDEX "payload_locked_documents_rels_laws_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "laws_id";
  DROP TYPE "public"."enum_laws_level";
  DROP TYPE "public"."enum_laws_status";`)
}
