import pg from 'pg';

/**
 * Bench only: grows a PostgreSQL CMS database holding the demo seed to ≥ `target` implementations
 * (and as many catalog items) by copying every row of the two collections at SQL level —
 * `INSERT … SELECT … CROSS JOIN generate_series` over the main tables, their array, hasMany and
 * `_texts` tables and their `_v` version tables — in one transaction.
 *
 * Why SQL and not Payload: `growCatalog` (cms-scale.ts) creates one document at a time through
 * the Local API, hooks, validation and a version row each; that is ~10 documents a second here,
 * hours for 100,000. The copies are exact row copies of documents Payload wrote itself, so they
 * read back like them (checked by `checkGrownCatalog`). Never run this on a real database: it
 * bypasses every hook, access rule and the workflow.
 *
 * Copy k (1…K) of a row gets:
 * - integer ids (and integer references to a copied table) + k × (that table's largest id);
 * - Payload's string array-row ids (and references to them) an md5-derived 24-hex id;
 * - 基本编码 `<first 6 digits><6 digits from 500000 up>` (source, item type and department kept,
 *   main and sub item codes from a range the demo does not use), and each implementation's
 *   实施编码 the credit code and level of its source plus its copied item's 基本编码, so both stay
 *   well-formed and unique;
 * - the name with （副本k） appended, and timestamps k minutes earlier (list sorts see no ties).
 */

/** The collections copied: their main table (versions are `_<table>_v`). */
const roots = ['catalog_items', 'implementations'] as const;

interface Column {
  name: string;
  type: string;
}

interface TableInfo {
  name: string;
  columns: Column[];
  primaryKey: string | undefined;
  /** column → referenced table, for foreign keys. */
  references: Map<string, string>;
}

export interface GrowFigures {
  /** Implementations before and after. */
  before: number;
  after: number;
  copies: number;
  /** The largest implementation id of the seed: ids above it are copies. */
  lastSeedId: number;
  tables: number;
  rowsInserted: number;
  ms: number;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function familyOf(table: string): string | undefined {
  return roots.find((root) => table === root || table.startsWith(`${root}_`) || table === `_${root}_v` || table.startsWith(`_${root}_v_`));
}

async function tablesOf(client: pg.PoolClient): Promise<TableInfo[]> {
  const { rows: columns } = await client.query<{ table_name: string; column_name: string; data_type: string }>(
    `select table_name, column_name, data_type from information_schema.columns where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const { rows: keys } = await client.query<{ table_name: string; column_name: string; kind: string; referenced: string | null }>(`
    select c.conrelid::regclass::text as table_name, a.attname as column_name, c.contype as kind, c.confrelid::regclass::text as referenced
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
    where c.contype in ('p', 'f') and c.connamespace = 'public'::regnamespace and array_length(c.conkey, 1) = 1`);
  const tables = new Map<string, TableInfo>();
  for (const column of columns) {
    if (!familyOf(column.table_name)) continue;
    const table: TableInfo = tables.get(column.table_name) ?? { name: column.table_name, columns: [], primaryKey: undefined, references: new Map() };
    table.columns.push({ name: column.column_name, type: column.data_type });
    tables.set(column.table_name, table);
  }
  for (const key of keys) {
    const table = tables.get(key.table_name.replace(/^"|"$/g, ''));
    if (!table) continue;
    if (key.kind === 'p') table.primaryKey = key.column_name;
    else table.references.set(key.column_name, key.referenced!.replace(/^"|"$/g, ''));
  }
  return [...tables.values()];
}

/** The tail (main + sub item code) of copy k of the catalog item with id `itemId`. */
const codeTail = (itemId: string, stride: number) => `lpad((500000 + (k - 1) * ${stride} + ${itemId})::text, 6, '0')`;

function selectList(table: TableInfo, strides: Map<string, number>, itemStride: number): string {
  const isRoot = roots.some((root) => table.name === root || table.name === `_${root}_v`);
  const isVersion = table.name.startsWith('_');
  return table.columns
    .map(({ name, type }) => {
      const column = quote(name);
      const target = name === table.primaryKey ? table.name : table.references.get(name);
      if (target && strides.has(target)) {
        return type === 'integer' ? `${column} + k * ${strides.get(target)}` : `substr(md5(${column} || ':' || k), 1, 24)`;
      }
      // Versions keep the array rows' ids in `_uuid`: rewritten the same way as the ids they copy.
      if (name === '_uuid') return `substr(md5(${column} || ':' || k), 1, 24)`;
      if (!isRoot) return column;
      const field = isVersion ? name.replace(/^version_/, '') : name;
      const itemId = table.name.includes('catalog_items') ? (isVersion ? 'parent_id' : 'id') : quote(isVersion ? 'version_catalog_item_id' : 'catalog_item_id');
      if (field === 'basic_code') return `left(${column}, 6) || ${codeTail(itemId, itemStride)}`;
      if (field === 'implementation_code') return `left(${column}, length(${column}) - 6) || ${codeTail(itemId, itemStride)}`;
      if (field === 'name') return `${column} || '（副本' || k || '）'`;
      if (type.startsWith('timestamp') && /(^|_)(updated_at|created_at)$/.test(name)) return `${column} - k * interval '1 minute'`;
      return column;
    })
    .join(', ');
}

/**
 * Copies the two collections until at least `target` implementations exist. Whole copies of the
 * seed only (each implementation with its catalog item), so the count lands on the next multiple
 * of the seed's size above `target` (150 demo guides: 100,050 for 100,000).
 */
export async function growCatalogSql(databaseUrl: string, target: number, say: (line: string) => void): Promise<GrowFigures> {
  const started = performance.now();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    const count = async () => Number((await client.query<{ n: string }>('select count(*) as n from implementations')).rows[0]!.n);
    const before = await count();
    if (before === 0) throw new Error('数据库中没有实施清单：请先写入演示数据，再批量复制。');
    const copies = Math.max(0, Math.ceil((target - before) / before));
    
    const tables = await tablesOf(client);
    const strides = new Map<string, number>();
    for (const table of tables) {
      if (!table.primaryKey || table.columns.find((c) => c.name === table.primaryKey)?.type !== 'integer') {
        strides.set(table.name, 0);
        continue;
      }
      const { rows } = await client.query<{ m: number | null }>(`select max(${quote(table.primaryKey)}) as m from ${quote(table.name)}`);
      strides.set(table.name, rows[0]!.m ?? 0);
    }
    const itemStride = strides.get('catalog_items')!;
    const lastSeedId = strides.get('implementations')!;
    if (copies === 0) return { before, after: before, copies, lastSeedId, tables: 0, rowsInserted: 0, ms: 0 };
    if (500000 + copies * itemStride > 999999) throw new Error(`副本过多：${copies} 份 × ${itemStride} 个目录事项超出 6 位主项 + 子项码的范围。`);
    let rowsInserted = 0;
    await client.query('begin');
    // Foreign keys are checked per row by triggers; the copies are consistent by construction, and
    // skipping the checks makes the copy several times faster (throwaway superuser database only).
    await client.query(`set local session_replication_role = replica`);
    for (const table of tables) {
      const columns = table.columns.map((c) => quote(c.name)).join(', ');
      const sql = `insert into ${quote(table.name)} (${columns}) select ${selectList(table, strides, itemStride)} from ${quote(table.name)} cross join generate_series(1, ${copies}) as k`;
      const result = await client.query(sql);
      rowsInserted += result.rowCount ?? 0;
      say(`  ${table.name}：${(result.rowCount ?? 0).toLocaleString('zh-CN')} 行`);
    }
    // Serial ids continue after the copies.
    for (const table of tables) {
      if (!table.primaryKey || !strides.get(table.name)) continue;
      await client.query(`select setval(pg_get_serial_sequence($1, $2), (select max(${quote(table.primaryKey)}) from ${quote(table.name)}))`, [table.name, table.primaryKey]);
    }
    await client.query('commit');
    await client.query('analyze');
    const after = await count();
    return { before, after, copies, lastSeedId, tables: tables.length, rowsInserted, ms: Math.round(performance.now() - started) };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

/**
 * Reads the copies back through Payload, as the admin and the export will: a copy found by id
 * with its arrays and relationships, the list count, and one draft save through the Local API
 * (hooks, validation and a new version row on a copied document). Throws in Chinese on a mismatch.
 */
export async function checkGrownCatalog(payload: import('payload').Payload, expected: number): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'implementations', overrideAccess: true });
  if (totalDocs !== expected) throw new Error(`复制后的实施清单数量不符：Payload 读到 ${totalDocs} 份，应为 ${expected} 份。`);
  const [original] = (await payload.find({ collection: 'implementations', sort: 'id', limit: 1, depth: 0, overrideAccess: true, draft: true })).docs;
  const [copy] = (await payload.find({ collection: 'implementations', sort: '-id', limit: 1, depth: 0, overrideAccess: true, draft: true })).docs;
  if (!original || !copy) throw new Error('复制后读不到实施清单。');
  const read = (await payload.findByID({ collection: 'implementations', id: copy.id, depth: 1, overrideAccess: true, draft: true })) as unknown as Record<string, unknown>;
  const item = read.catalogItem as { basicCode?: string } | null;
  const code = String(read.implementationCode ?? '');
  if (!item?.basicCode || !code.endsWith(item.basicCode)) {
    throw new Error(`副本 ${copy.id} 的实施编码“${code}”与其目录事项的基本编码“${item?.basicCode ?? '无'}”不对应。`);
  }
  if (!Array.isArray(read.materials) || !Array.isArray(read.process)) throw new Error(`副本 ${copy.id} 读不到申请材料或办理流程。`);
  const saved = await payload.update({ collection: 'implementations', id: copy.id, draft: true, overrideAccess: true, data: { conditions: `${String(read.conditions ?? '')}（基准测试保存）` } as never });
  if (!String((saved as { conditions?: string }).conditions ?? '').endsWith('（基准测试保存）')) throw new Error(`副本 ${copy.id} 保存草稿后读回的内容不对。`);
}
