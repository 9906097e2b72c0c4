import { sql } from '@payloadcms/db-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrations as postgresMigrations } from '../../cms/src/migrations/postgres/index.ts';
import { migrations as sqliteMigrations } from '../../cms/src/migrations/sqlite/index.ts';
import { startCms, type Cms } from './support/cms.ts';

/**
 * A live database is upgraded by the committed migrations, inside Payload's own migration runner
 * (one transaction per migration). Fresh-database tests cannot see what an upgrade destroys: a
 * generated SQLite migration once rebuilt `implementations` (copy, DROP TABLE, rename) and, with
 * foreign keys still on inside the transaction, the DROP deleted every material and fee and
 * emptied every adjustment's link. This test stops after the initial migration, writes a guide
 * with its rows the way that schema stored it, runs every later migration (so each new one is
 * tried against data too), and requires every row to be there and 是否收费 to be carried over.
 */

const postgres = (process.env.DATABASE_URL ?? '').startsWith('postgres');
const list = (postgres ? postgresMigrations : sqliteMigrations) as { name: string }[];
const all = [...list];
let cms: Cms;

type Row = Record<string, unknown>;

async function run(query: string): Promise<void> {
  const db = cms.payload.db as unknown as { drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> } };
  if (postgres) await db.drizzle.execute!(sql.raw(query));
  else await db.drizzle.run!(sql.raw(query));
}

async function rows(query: string): Promise<Row[]> {
  const db = cms.payload.db as unknown as { drizzle: { all?: (q: unknown) => Promise<Row[]>; execute?: (q: unknown) => Promise<{ rows: Row[] }> } };
  return postgres ? (await db.drizzle.execute!(sql.raw(query))).rows : await db.drizzle.all!(sql.raw(query));
}

const yes = postgres ? 'true' : '1';

beforeAll(async () => {
  process.env.PAYLOAD_MIGRATE = '1';
  // The adapter migrates on connect with this very array: shortened, it stops at the old schema.
  list.splice(1);
  try {
    cms = await startCms();
  } finally {
    list.splice(0, list.length, ...all);
  }
}, 120_000);

afterAll(async () => {
  delete process.env.PAYLOAD_MIGRATE;
  await cms?.payload.destroy();
});

describe('upgrading a database that holds guides', () => {
  it('keeps every guide row and carries 是否收费 over', async () => {
    expect(all.length).toBeGreaterThan(1);
    await run(`INSERT INTO regions (name, code, level) VALUES ('平阳县', '330326', 'county')`);
    const [region] = await rows(`SELECT id FROM regions`);
    await run(`INSERT INTO units (name, kind, credit_code, region_id, level) VALUES ('平阳县民政局', 'government', '11330326MB1873201X', ${region!.id}, '4')`);
    const [unit] = await rows(`SELECT id FROM units`);
    await run(`INSERT INTO catalog_items (name, basic_code, item_type, category, unit_id, _status) VALUES ('最低生活保障对象认定', '330507001000', '05', 'civil-aid', ${unit!.id}, 'published')`);
    const [item] = await rows(`SELECT id FROM catalog_items`);
    await run(
      `INSERT INTO implementations (catalog_item_id, implementation_code, unit_id, region_id, level, charged, consult_phone, _status) VALUES (${item!.id}, '113303261234567890433050700100', ${unit!.id}, ${region!.id}, '4', ${yes}, '0577-63712001', 'published')`,
    );
    const [impl] = await rows(`SELECT id FROM implementations`);
    await run(`INSERT INTO implementations_materials (_order, _parent_id, id, name, necessity) VALUES (1, ${impl!.id}, 'm1', '居民户口簿', 'required')`);
    await run(`INSERT INTO implementations_fees (_order, _parent_id, id, name, standard, basis) VALUES (1, ${impl!.id}, 'f1', '工本费', '每证 10 元', '浙价费〔2004〕129号')`);
    await run(`INSERT INTO implementations_process (_order, _parent_id, id, name) VALUES (1, ${impl!.id}, 'p1', '受理')`);
    await run(`INSERT INTO _implementations_v (parent_id, version_implementation_code, version_charged, version__status, latest) VALUES (${impl!.id}, '113303261234567890433050700100', ${yes}, 'published', ${yes})`);
    await run(`INSERT INTO adjustments (kind, implementation_id, catalog_item_id, unit_id, reason) VALUES ('change', ${impl!.id}, ${item!.id}, ${unit!.id}, '调整收费')`);

    await cms.payload.db.migrate({ migrations: all as never });

    expect(await rows(`SELECT name FROM implementations_materials`)).toEqual([{ name: '居民户口簿' }]);
    expect(await rows(`SELECT name FROM implementations_fees`)).toEqual([{ name: '工本费' }]);
    expect(await rows(`SELECT name FROM implementations_process`)).toEqual([{ name: '受理' }]);
    const [adjustment] = await rows(`SELECT implementation_id FROM adjustments`);
    expect(Number(adjustment!.implementation_id)).toBe(Number(impl!.id));
    const [version] = await rows(`SELECT parent_id, version_fee_status FROM _implementations_v`);
    expect({ parent: Number(version!.parent_id), fee: version!.version_fee_status }).toEqual({ parent: Number(impl!.id), fee: 'charged' });

    // And the upgraded database serves the guide through Payload with the new fields.
    const doc = (await cms.payload.findByID({ collection: 'implementations', id: impl!.id as number, depth: 0, overrideAccess: true })) as unknown as Row & { materials: Row[]; fees: Row[] };
    expect(doc.feeStatus).toBe('charged');
    expect(doc.charged).toBe(true);
    expect(doc.materials.map((m) => m.name)).toEqual(['居民户口簿']);
    expect(doc.fees.map((f) => f.name)).toEqual(['工本费']);
  }, 120_000);
});
