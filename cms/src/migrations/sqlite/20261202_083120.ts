import { sql, type MigrateDownArgs, type MigrateUpArgs } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`verdict\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`reason\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`unit_id\` integer REFERENCES units(id);`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`follow_up\` text;`)
  await db.run(sql`ALTER TABLE \`feedback\` ADD \`follow_up_note\` text;`)
  await db.run(sql`CREATE INDEX \`feedback_unit_idx\` ON \`feedback\` (\`unit_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_feedback\` (
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
  await db.run(sql`INSERT INTO \`__new_feedback\`("id", "kind", "implementation_id", "adjustment_id", "helpful", "comment", "name", "contact", "moderation", "moderated_by_id", "updated_at", "created_at") SELECT "id", "kind", "implementation_id", "adjustment_id", "helpful", "comment", "name", "contact", "moderation", "moderated_by_id", "updated_at", "created_at" FROM \`feedback\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`ALTER TABLE \`__new_feedback\` RENAME TO \`feedback\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`feedback_implementation_idx\` ON \`feedback\` (\`implementation_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_adjustment_idx\` ON \`feedback\` (\`adjustment_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_moderated_by_idx\` ON \`feedback\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
}
