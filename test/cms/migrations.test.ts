import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsRoot } from '../../cms/src/env.ts';
import { startCms } from './support/cms.ts';

/**
 * `next start` builds the schema from the committed migrations, not from the config: a field added
 * without a new migration would be missing in production. This compares the config's schema with
 * the snapshot of the newest migration, as `payload migrate:create` does, by tables, columns and
 * enum values (drizzle-kit's own diff may stop to ask about renames, which a test cannot answer).
 */
interface DrizzleJson {
  tables: Record<string, { name: string; columns: Record<string, { type: string }> }>;
  enums?: Record<string, { name: string; values: string[] }>;
}

function shape(json: DrizzleJson): Record<string, string[]> {
  const tables = Object.values(json.tables).map((t) => [`table ${t.name}`, Object.entries(t.columns).map(([c, v]) => `${c}:${v.type}`).sort()]);
  const enums = Object.values(json.enums ?? {}).map((e) => [`enum ${e.name}`, [...e.values].sort()]);
  return Object.fromEntries([...tables, ...enums].sort(([a], [b]) => String(a).localeCompare(String(b))));
}

describe('committed migrations', () => {
  it('match the schema of the current config', async () => {
    const { payload } = await startCms();
    const db = payload.db as unknown as {
      name: string;
      schema: unknown;
      requireDrizzleKit(): { generateDrizzleJson(schema: unknown): Promise<DrizzleJson> };
    };
    const dir = join(cmsRoot, 'src/migrations', db.name);
    const latest = readdirSync(dir).filter((file) => file.endsWith('.json')).sort().at(-1)!;
    const committed = shape(JSON.parse(readFileSync(join(dir, latest), 'utf8')) as DrizzleJson);
    const current = shape(await db.requireDrizzleKit().generateDrizzleJson(db.schema));
    expect(current, `配置的数据库结构与最新迁移 ${latest} 不一致：请运行 npm run migrate:create -w @catalog/cms 生成迁移`).toEqual(committed);
  });
});
