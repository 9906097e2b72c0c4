/**
 * The CMS at province scale on PostgreSQL (issue 19): a throwaway PostgreSQL, migrated, the demo
 * seed, grown at SQL level to N implementations (pg-grow.ts), then
 *  - the snapshot export the publisher runs,
 *  - a full publication of the site from it, then approvals of one guide each published
 *    incrementally from the CMS (approval to live),
 *  - the built admin under `next start` with E editors logged in at once (admin-load.ts),
 *  - a 梳理表 import of M items into that catalog.
 * Runs in a child process of its own (Payload reads DATABASE_URL once per process) and prints its
 * figures as JSON on the last line; progress goes to stderr.
 *   npx tsx scripts/lib/bench/pg-scale.ts <items> [editors] [rounds] [importItems] [approvals]
 * BENCH_PG_KEEP=1 leaves the database running afterwards and prints its address (for EXPLAIN).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Payload } from 'payload';
import type { AdminLoadFigures, LoadEditor } from './admin-load.ts';
import type { ImportFigures } from './import.ts';
import type { GrowFigures } from './pg-grow.ts';

export interface PgScaleFigures {
  measuredAt?: string;
  /** The size asked for (--pg-scale N); whole copies of the seed land at or just above it. */
  target: number;
  /** Published implementations and catalog items the measurements ran on. */
  implementations: number;
  catalogItems: number;
  postgres: string;
  seedMs: number;
  grow: GrowFigures;
  exportMs: number;
  exportedItems: number;
  load: AdminLoadFigures;
  /** The same rounds with fewer editors first (1, 10): how the wait grows with the number of people. */
  lighterLoads?: AdminLoadFigures[];
  /** All the editors again, each pausing between requests (THINK_MS on average). */
  thinkingLoad?: AdminLoadFigures;
  /** Absent when run with --pg-import 0 (the import of 5,000 items takes longest). */
  import?: Omit<ImportFigures, 'measuredAt'>;
  /** Approval to live from the CMS at this size; absent when run with --pg-approvals 0. */
  approval?: PgApprovalFigures;
  /** Runs from before approval was measured here: why it was not. */
  approvalNotMeasured?: string;
}

export interface PgApprovalFigures {
  /** The first publication: the whole site from this CMS (export, build, search index, switch). */
  fullBuildMs: number;
  fullBuildSteps: Record<string, number>;
  /** Each approval from the changed guide's write to the switch, the CMS export of the change included. */
  ms: number[];
  medianMs: number;
  steps: Record<string, number>;
  /** Items' share cards off (SHARE_CARDS=0) for both: a first build draws every card, an approval one. */
  shareCards: boolean;
}

const self = fileURLToPath(import.meta.url);
/** One CMS process per core, as deploy/TOPOLOGY.md runs them behind nginx. */
const CMS_PROCESSES = availableParallelism();
/** Mean pause of an editor between two pages in the thinking run. */
const THINK_MS = 5000;
const repoRoot = resolve(self, '../../../..');

export async function benchPgScale(items: number, editors: number, rounds: number, importItems: number, approvals: number, say: (line: string) => void): Promise<PgScaleFigures> {
  say(`PostgreSQL 规模测试：${items} 份指南，${editors} 位编辑，导入 ${importItems} 项，审定到上线 ${approvals} 次…`);
  return new Promise((done, fail) => {
    const child = execFile(process.execPath, ['--import', 'tsx', self, String(items), String(editors), String(rounds), String(importItems), String(approvals)], { cwd: repoRoot, maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => {
      if (error) return fail(error);
      done(JSON.parse(stdout.trim().split('\n').at(-1)!) as PgScaleFigures);
    });
    child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  });
}

/** Editors in the units with the most guides, round robin, each with a sample of its unit's guides. */
async function createEditors(payload: Payload, databaseUrl: string, count: number, password: string): Promise<LoadEditor[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const units = (await client.query<{ unit_id: number }>('select unit_id from implementations where unit_id is not null group by unit_id order by count(*) desc limit 10')).rows.map((r) => r.unit_id);
    const idsByUnit = new Map<number, number[]>();
    for (const unit of units) {
      idsByUnit.set(unit, (await client.query<{ id: number }>('select id from implementations where unit_id = $1 order by random() limit 200', [unit])).rows.map((r) => r.id));
    }
    const editors: LoadEditor[] = [];
    for (let i = 0; i < count; i++) {
      const unit = units[i % units.length]!;
      const email = `bench-editor-${String(i + 1).padStart(2, '0')}@bench.local`;
      await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, name: `基准编辑${i + 1}`, roles: ['editor'], unit } as never });
      editors.push({ email, password, implementationIds: idsByUnit.get(unit)! });
    }
    return editors;
  } finally {
    await client.end();
  }
}

/**
 * The whole site published from this CMS, then `runs` approvals through the incremental path, as
 * the publish worker runs them (the bench at 10,000 items does the same on SQLite: cms.ts).
 */
async function measureApproval(payload: Payload, dir: string, runs: number, say: (line: string) => void): Promise<PgApprovalFigures> {
  // A first build draws every item's share card (~25 min at 100,000 on this machine); an approval
  // draws one (~15 ms). The build's child processes inherit this.
  process.env.SHARE_CARDS = '0';
  const { publishSite } = await import('../publish-site.ts');
  const { realPublishSteps } = await import('../publish-steps.ts');
  const { releaseStore, sparesSettled } = await import('../releases.ts');
  const { incrementalApprovals } = await import('./cms.ts');
  const store = releaseStore(join(dir, 'site'));
  const snapshotsDir = join(dir, 'snapshots');
  say('从 CMS 全量发布整个站点（导出、构建、搜索索引、切换）…');
  const full = await publishSite({ store, snapshotsDir, steps: realPublishSteps(payload) });
  if (full.status === 'failed') throw new Error(`全量发布失败：${full.error}`);
  const fullBuildMs = Date.parse(full.finishedAt) - Date.parse(full.startedAt);
  say(`全量发布 ${(fullBuildMs / 1000).toFixed(1)} 秒。`);
  const approvals = await incrementalApprovals(payload, join(dir, 'site'), snapshotsDir, say, runs);
  // The next measurements must not share the cores with the spare release being linked.
  await sparesSettled(store);
  delete process.env.SHARE_CARDS;
  return { fullBuildMs, fullBuildSteps: Object.fromEntries(full.steps.map((step) => [step.name, step.ms])), ...approvals, shareCards: false };
}

async function measure(items: number, editorCount: number, rounds: number, importItems: number, approvalRuns: number): Promise<PgScaleFigures> {
  const say = (line: string) => process.stderr.write(`[基准·PostgreSQL] ${line}\n`);
  const { startPostgres } = await import('../../../test/support/postgres.ts');
  const postgres = await startPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'bench-pg-scale-'));
  const keep = process.env.BENCH_PG_KEEP === '1';
  Object.assign(process.env, { DATABASE_URL: postgres.url, MEDIA_DIR: join(dir, 'media'), CMS_SEED: 'off', CMS_ENV: 'demo' });
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../../cms/src/payload.config.ts');
  const payload = await getPayload({ config });
  try {
    const server = (await serverVersion(postgres.url)).replace(/ on .*/, '');
    say('写入演示数据（经 Payload）…');
    let started = performance.now();
    const { seedDemo } = await import('../../../cms/src/seed/demo.ts');
    await seedDemo(payload, () => undefined);
    const seedMs = Math.round(performance.now() - started);

    say(`在 SQL 层批量复制到 ${items} 份指南…`);
    const { checkGrownCatalog, growCatalogSql } = await import('./pg-grow.ts');
    const grow = await growCatalogSql(postgres.url, items, say);
    say(`复制完成：${grow.after} 份指南，${grow.rowsInserted} 行，${(grow.ms / 1000).toFixed(1)} 秒；经 Payload 读回检查…`);
    await checkGrownCatalog(payload, grow.after);
    const catalogItems = (await payload.count({ collection: 'catalog-items', overrideAccess: true })).totalDocs;
    if (process.env.BENCH_PG_GROW_ONLY === '1') throw new GrownOnly(postgres.url);

    say('从 CMS 导出快照（发布时的同一导出）…');
    const { exportSnapshot } = await import('../../../cms/src/publish/exportSnapshot.ts');
    started = performance.now();
    const { meta } = await exportSnapshot(payload, join(dir, 'export'), { siteVersion: 'bench' });
    const exportMs = Math.round(performance.now() - started);
    rmSync(join(dir, 'export'), { recursive: true, force: true });
    say(`导出 ${meta.counts.items} 项，${(exportMs / 1000).toFixed(1)} 秒。`);
    const approval = approvalRuns > 0 ? await measureApproval(payload, dir, approvalRuns, say) : undefined;
    if (approval) say(`结果 ${JSON.stringify(approval)}`);

    const { demoPassword } = await import('../../../cms/src/seed/demoUsers.ts');
    const editors = await createEditors(payload, postgres.url, editorCount, demoPassword);
    say(`启动 ${CMS_PROCESSES} 个 next start（管理后台生产构建）…`);
    const { startNext } = await import('../../../test/deploy/support/next-start.ts');
    const { randomBytes } = await import('node:crypto');
    // One secret for all, as in deploy/TOPOLOGY.md: a login from one process is valid in the others.
    const shared = { DATABASE_URL: postgres.url, MEDIA_DIR: join(dir, 'media'), PAYLOAD_SECRET: randomBytes(32).toString('hex') };
    const servers = [];
    for (let i = 0; i < CMS_PROCESSES; i++) servers.push(await startNext(shared));
    const urls = servers.map((server) => server.url);
    let load: AdminLoadFigures;
    let thinkingLoad: AdminLoadFigures;
    const lighterLoads: AdminLoadFigures[] = [];
    try {
      const { measureAdminLoad } = await import('./admin-load.ts');
      const { treeCpuSeconds } = await import('./process-tree.ts');
      const cpu = {
        // Next renames its process (next-server …): found as this process's children instead.
        cms: () => treeCpuSeconds((line, parent) => parent === process.pid && line.includes('next')),
        postgres: () => treeCpuSeconds((line) => line.includes('postgres -D') && line.includes(`-p ${postgres.port} `)),
      };
      // Each result is also printed as it comes: a run stopped later (the import takes long) keeps it.
      const measured = async (count: number, thinkMs = 0) => {
        const figures = await measureAdminLoad(urls, editors.slice(0, count), { rounds, cpu, thinkMs }, say);
        say(`结果 ${JSON.stringify(figures)}`);
        return figures;
      };
      for (const fewer of [1, 10].filter((count) => count < editors.length)) lighterLoads.push(await measured(fewer));
      load = await measured(editors.length);
      thinkingLoad = await measured(editors.length, THINK_MS);
    } finally {
      for (const server of servers) server.stop();
    }

    say(`梳理表导入 ${importItems} 项（演示指南的副本）到这份目录…`);
    const { importWorkbook } = await import('./import.ts');
    const seedIds = { id: { less_than_equal: grow.lastSeedId } };
    const imported = importItems > 0 ? await importWorkbook(payload, importItems, seedIds) : undefined;

    return {
      target: items,
      implementations: grow.after,
      catalogItems,
      postgres: server,
      seedMs,
      grow,
      exportMs,
      exportedItems: meta.counts.items,
      load,
      lighterLoads,
      thinkingLoad,
      import: imported,
      approval,
    };
  } finally {
    await payload.destroy();
    // Payload's destroy() leaves the adapter's connection pool open (and end() waits on a client
    // it never releases): stopping the server under it must not crash this process.
    (payload.db as unknown as { pool?: pg.Pool }).pool?.on('error', () => undefined);
    rmSync(dir, { recursive: true, force: true });
    if (keep) say(`数据库保留在 ${postgres.url}`);
    else await postgres.stop();
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ version: string }>('select version()')).rows[0]!.version;
  } finally {
    await client.end();
  }
}

/** BENCH_PG_GROW_ONLY=1: stop after growing (with BENCH_PG_KEEP=1, a database to EXPLAIN on). */
class GrownOnly extends Error {
  constructor(readonly url: string) {
    super(`已复制完成，数据库 ${url}`);
  }
}

if (process.argv[1] === self) {
  const [items, editors, rounds, importItems, approvals] = process.argv.slice(2).map(Number);
  try {
    console.log(JSON.stringify(await measure(items ?? 100_000, editors ?? 50, rounds ?? 3, importItems ?? 5000, approvals ?? 10)));
  } catch (error) {
    if (!(error instanceof GrownOnly)) throw error;
    console.log(error.message);
  }
  process.exit(0);
}
