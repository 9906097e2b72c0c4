/**
 * EXPLAIN (ANALYZE, BUFFERS) of the queries behind the admin lists, the REST list and the snapshot
 * export, on a PostgreSQL CMS database (e.g. one left running by `BENCH_PG_KEEP=1` of
 * pg-scale.ts). Prints markdown: a summary table, then each plan. deploy/QUERY-PLANS.md holds the
 * output before and after the indexes.
 *   npx tsx scripts/lib/bench/pg-plans.ts <DATABASE_URL> [label]
 * The SQL in plan-queries/ is what Payload 3.90.1 sent for those pages (taken from PostgreSQL's
 * statement log); another Payload version may send other SQL: capture it again then.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const dir = join(import.meta.dirname, 'plan-queries');

/** The unit queries run twice: for the largest unit and, as `<name> (smallest unit)`, for the smallest. */
const perUnit = new Set(['admin-list-implementations-unit', 'admin-count-implementations-unit', 'admin-list-catalog-items-unit', 'admin-count-catalog-items-unit', 'rest-list-implementations-unit']);

interface Context {
  unit: string;
  smallUnit: string;
  exportOffset: string;
  exportAfterId: string;
}

/**
 * Parameters of each query, as Payload bound them: for the unit with the most guides, the one
 * with the fewest (most units of a province are small beside 100,000 guides), the export's last page.
 */
const parameters: Record<string, (c: Context) => string[]> = {
  'admin-list-implementations-unit': (c) => ['t', c.unit, '10'],
  'admin-count-implementations-unit': (c) => ['t', c.unit],
  'admin-list-catalog-items-unit': (c) => ['t', c.unit, '10'],
  'admin-count-catalog-items-unit': (c) => ['t', c.unit],
  'admin-list-implementations-all': () => ['t', '10'],
  'admin-count-implementations-all': () => ['t'],
  'rest-list-implementations-unit': (c) => [c.unit, '10'],
  'export-page-offset': (c) => ['published', '200', c.exportOffset],
  'export-page-keyset': (c) => ['published', c.exportAfterId, '200'],
};

export async function explainAll(databaseUrl: string): Promise<{ name: string; ms: number; plan: string }[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const one = async (sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows[0] as Record<string, string>;
    const unit = (await one('select unit_id::text as u from implementations group by unit_id order by count(*) desc limit 1')).u!;
    const smallUnit = (await one('select unit_id::text as u from implementations where unit_id is not null group by unit_id order by count(*), unit_id limit 1')).u!;
    const published = Number((await one(`select count(*) as n from implementations where _status = 'published'`)).n);
    const exportOffset = String(Math.max(0, published - 200));
    const exportAfterId = (await one(`select id::text as id from implementations where _status = 'published' order by id offset $1 limit 1`, [Math.max(0, published - 201)])).id!;
    const context = { unit, smallUnit, exportOffset, exportAfterId };
    const runs = readdirSync(dir)
      // PLANS_SKIP=a,b leaves queries out (the OFFSET export page takes about a minute at 100,000).
      .filter((name) => name.endsWith('.sql') && !(process.env.PLANS_SKIP ?? '').split(',').includes(name.replace(/\.sql$/, '')))
      .sort()
      .flatMap((file) => {
        const query = file.replace(/\.sql$/, '');
        const values = parameters[query]?.(context);
        if (!values) throw new Error(`plan-queries/${file} 没有对应的参数（pg-plans.ts 的 parameters）。`);
        const runsOf = [{ name: query, file, values }];
        if (perUnit.has(query)) runsOf.push({ name: `${query} (smallest unit)`, file, values: parameters[query]!({ ...context, unit: smallUnit }) });
        return runsOf;
      });
    const results = [];
    for (const { name, file, values } of runs) {
      const sql = readFileSync(join(dir, file), 'utf8').trim();
      // Once to warm the cache, then the measured run.
      await client.query(`explain (analyze) ${sql}`, values);
      const rows = (await client.query(`explain (analyze, buffers) ${sql}`, values)).rows as { 'QUERY PLAN': string }[];
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
      results.push({ name, ms, plan: `parameters: ${JSON.stringify(values)}\n${plan}` });
    }
    return results;
  } finally {
    await client.end();
  }
}

if (process.argv[1] === import.meta.filename) {
  const [url, label = ''] = process.argv.slice(2);
  if (!url) throw new Error('用法：npx tsx scripts/lib/bench/pg-plans.ts <DATABASE_URL> [标签]');
  const results = await explainAll(url);
  console.log(`| query ${label} | execution time |\n|---|---:|`);
  for (const r of results) console.log(`| ${r.name} | ${r.ms} ms |`);
  for (const r of results) console.log(`\n#### ${r.name} ${label}\n\n\`\`\`\n${r.plan}\n\`\`\``);
}
