import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "unit_createdAt_idx" ON "catalog_items" USING btree ("unit_id","created_at");
  CREATE INDEX "version_unit_version_createdAt_idx" ON "_catalog_items_v" USING btree ("version_unit_id","version_created_at");
  CREATE INDEX "unit_createdAt_1_idx" ON "implementations" USING btree ("unit_id","created_at");
  CREATE INDEX "version_unit_version_createdAt_1_idx" ON "_implementations_v" USING btree ("version_unit_id","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "unit_createdAt_idx";
  DROP INDEX "version_unit_version_createdAt_idx";
  DROP INDEX "unit_createdAt_1_idx";
  DROP INDEX "version_unit_version_createdAt_1_idx";`)
}
