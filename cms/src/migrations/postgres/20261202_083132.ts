import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_feedback_verdict" AS ENUM('good', 'bad');
  CREATE TYPE "public"."enum_feedback_reason" AS ENUM('inaccurate-guide', 'unclear-materials', 'too-slow', 'complicated-process', 'online-inconvenient', 'poor-attitude', 'other');
  CREATE TYPE "public"."enum_feedback_follow_up" AS ENUM('open', 'in-progress', 'done', 'not-needed');
  ALTER TABLE "feedback" ADD COLUMN "verdict" "enum_feedback_verdict";
  ALTER TABLE "feedback" ADD COLUMN "reason" "enum_feedback_reason";
  ALTER TABLE "feedback" ADD COLUMN "unit_id" integer;
  ALTER TABLE "feedback" ADD COLUMN "follow_up" "enum_feedback_follow_up";
  ALTER TABLE "feedback" ADD COLUMN "follow_up_note" varchar;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "feedback_unit_idx" ON "feedback" USING btree ("unit_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "feedback" DROP CONSTRAINT "feedback_unit_id_units_id_fk";
  
  DROP INDEX "feedback_unit_idx";
  ALTER TABLE "feedback" DROP COLUMN "verdict";
  ALTER TABLE "feedback" DROP COLUMN "reason";
  ALTER TABLE "feedback" DROP COLUMN "unit_id";
  ALTER TABLE "feedback" DROP COLUMN "follow_up";
  ALTER TABLE "feedback" DROP COLUMN "follow_up_note";
  DROP TYPE "public"."enum_feedback_verdict";
  DROP TYPE "public"."enum_feedback_reason";
  DROP TYPE "public"."enum_feedback_follow_up";`)
}
