/**
 * Profiling aid: a 梳理表 import of N items (copies of the guides with id ≤ lastSeedId, as
 * scripts/lib/bench/import.ts writes them) into the database DATABASE_URL names, without the dry
 * run, printing the time of each phase and of every Local API call by operation and collection.
 * With IMPORT_PROFILE=<file.cpuprofile> the write phase alone is CPU-profiled. The write phase's
 * CPU time (user + system) is printed beside its wall time: on a shared machine wall time varies.
 * `series` (one digit, default 7) starts the new codes, so runs into one database import new items.
 *   DATABASE_URL=postgres://… npx tsx scripts/lib/bench/import-into.ts <items> <lastSeedId> [series]
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const items = Number(process.argv[2] ?? 200);
const lastSeedId = Number(process.argv[3] ?? 150);
const series = process.argv[4] ?? '7';
Object.assign(process.env, { MEDIA_DIR: '/tmp/import-into-media', CMS_SEED: 'off', CMS_ENV: 'demo' });
const { createLocalReq, getPayload } = await import('payload');
const { default: config } = await import('../../../cms/src/payload.config.ts');
const payload = await getPayload({ config });
const { exportGuides } = await import('../../../cms/src/import/export.ts');
const { runImport } = await import('../../../cms/src/import/service.ts');
const { writeGuidesWorkbook } = await import('../../../cms/src/spreadsheet/write-workbook.ts');

const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@demo.local' } }, overrideAccess: true })).docs[0]!;
const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload);
const demo = await exportGuides(req, 'implementations', { id: { less_than_equal: lastSeedId } });
const guides = Array.from({ length: items }, (_, i) => {
  const source = demo[i % demo.length]!;
  const suffix = `${series}${String(i).padStart(5, '0')}`;
  return { ...source, name: `${source.name}（批量${i}）`, implementationCode: source.implementationCode!.slice(0, -6) + suffix, basicCode: source.basicCode!.slice(0, -6) + suffix };
});
const bytes = await writeGuidesWorkbook(guides);

const tally = new Map<string, { n: number; ms: number }>();
let depth = 0;
for (const op of ['find', 'findByID', 'create', 'update', 'findVersions', 'count', 'findGlobal'] as const) {
  const original = (payload as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[op]!.bind(payload);
  (payload as unknown as Record<string, unknown>)[op] = async (args: { collection?: string; slug?: string }) => {
    const key = `${'  '.repeat(depth)}${op} ${args.collection ?? args.slug}`;
    const started = performance.now();
    depth += 1;
    try {
      return await original(args);
    } finally {
      depth -= 1;
      const t = tally.get(key) ?? { n: 0, ms: 0 };
      t.n += 1;
      t.ms += performance.now() - started;
      tally.set(key, t);
    }
  };
}
const session = new Session();
session.connect();
const phases: Record<string, number> = {};
let phase = '';
let writeStarted = 0;
let writeCpu = process.cpuUsage();
const started = performance.now();
const report = await runImport(payload, admin as never, {
  mode: 'import',
  bytes,
  onProgress: (p) => {
    if (p.phase !== phase) {
      phases[p.phase] = Math.round(performance.now() - started);
      phase = p.phase;
      if (p.phase === 'write') {
        writeStarted = performance.now();
        writeCpu = process.cpuUsage();
        if (process.env.IMPORT_PROFILE) void session.post('Profiler.enable').then(() => session.post('Profiler.start'));
      }
    }
  },
});
const writeMs = Math.round(performance.now() - writeStarted);
const cpu = process.cpuUsage(writeCpu);
const writeCpuMs = Math.round((cpu.user + cpu.system) / 1000);
if (process.env.IMPORT_PROFILE) writeFileSync(process.env.IMPORT_PROFILE, JSON.stringify((await session.post('Profiler.stop')).profile));
console.error(report.status, report.message, JSON.stringify({ phasesStartAt: phases, writeMs, perItemMs: Math.round(writeMs / items), writeCpuMs, perItemCpuMs: Math.round(writeCpuMs / items), totalMs: Math.round(performance.now() - started) }));
for (const [key, t] of [...tally].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) console.error(`${String(Math.round(t.ms)).padStart(8)} ms ${String(t.n).padStart(6)}× ${key}`);
process.exit(0);
