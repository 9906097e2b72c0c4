import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "catalog_items_texts_parent_idx" ON "catalog_items_texts" USING btree ("parent_id");
  CREATE INDEX "_catalog_items_v_texts_parent_idx" ON "_catalog_items_v_texts" USING btree ("parent_id");
  CREATE INDEX "implementations_texts_parent_idx" ON "implementations_texts" USING btree ("parent_id");
  CREATE INDEX "_implementations_v_texts_parent_idx" ON "_implementations_v_texts" USING btree ("parent_id");
  CREATE INDEX "adjustments_texts_parent_idx" ON "adjustments_texts" USING btree ("parent_id");
  CREATE INDEX "users_texts_parent_idx" ON "users_texts" USING btree ("parent_id");
  CREATE INDEX "search_synonyms_texts_parent_idx" ON "search_synonyms_texts" USING btree ("parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "catalog_items_texts_parent_idx";
  DROP INDEX "_catalog_items_v_texts_parent_idx";
  DROP INDEX "implementations_texts_parent_idx";
  DROP INDEX "_implementations_v_texts_parent_idx";
  DROP INDEX "adjustments_texts_parent_idx";
  DROP INDEX "users_texts_parent_idx";
  DROP INDEX "search_synonyms_texts_parent_idx";`)
}
