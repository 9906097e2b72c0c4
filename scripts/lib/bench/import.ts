/**
 * Spreadsheet import figures: a 梳理表 of N items (the demo's guides copied under new codes) checked
 * (dry run) and imported into a fresh SQLite CMS with the demo seed, as the administrator, through
 * the same service the admin upload runs. Runs in a child process of its own (Payload reads
 * DATABASE_URL once per process) and prints its figures as JSON on the last line.
 *   npx tsx scripts/lib/bench/import.ts <items>
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { Payload, Where } from 'payload';

export interface ImportFigures {
  items: number;
  rows: number;
  fileMb: number;
  dryRunMs: number;
  importMs: number;
  /** Highest resident set size of the process during each step, sampled every 100 ms. */
  dryRunPeakMb: number;
  importPeakMb: number;
  measuredAt?: string;
}

const self = fileURLToPath(import.meta.url);

export async function benchImport(items: number, say: (line: string) => void): Promise<ImportFigures> {
  say(`梳理表导入：${items} 项（试运行 + 导入到 SQLite CMS）…`);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', self, String(items)], {
    cwd: resolve(self, '../../../..'),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as ImportFigures;
}

async function peakWhile<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: Math.round(performance.now() - started), peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Writes a 梳理表 of `items` guides — copies of the guides `sources` selects, under new codes
 * (main + sub item code 7xxxxx) — and runs it through the admin upload's service as the demo
 * administrator: a dry run, then the import. The database must hold the demo seed.
 */
export async function importWorkbook(payload: Payload, items: number, sources: Where = {}): Promise<Omit<ImportFigures, 'measuredAt'>> {
  const { createLocalReq } = await import('payload');
  const { exportGuides } = await import('../../../cms/src/import/export.ts');
  const { runImport } = await import('../../../cms/src/import/service.ts');
  const { writeGuidesWorkbook } = await import('../../../cms/src/spreadsheet/write-workbook.ts');
  const admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@demo.local' } }, overrideAccess: true })).docs[0]!;
  const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload);
  const demo = await exportGuides(req, 'implementations', sources);
  const guides = Array.from({ length: items }, (_, i) => {
    const source = demo[i % demo.length]!;
    const suffix = `7${String(i).padStart(5, '0')}`;
    return { ...source, name: `${source.name}（批量${i}）`, implementationCode: source.implementationCode!.slice(0, -6) + suffix, basicCode: source.basicCode!.slice(0, -6) + suffix };
  });
  const bytes = await writeGuidesWorkbook(guides);
  const rows = guides.reduce((sum, g) => sum + 1 + (g.materials?.length ?? 0) + (g.fees?.length ?? 0) + (g.process?.length ?? 0) + (g.locations?.length ?? 0), 0);
  const dry = await peakWhile(() => runImport(payload, admin as never, { mode: 'dry-run', bytes }));
  if (dry.result.status !== 'passed') throw new Error(`试运行未通过：${dry.result.message} ${JSON.stringify(dry.result.problems.slice(0, 3))}`);
  const run = await peakWhile(() => runImport(payload, admin as never, { mode: 'import', bytes }));
  if (run.result.status !== 'imported' || run.result.added.length !== items) throw new Error(`导入未完成：${run.result.message}`);
  return { items, rows, fileMb: Math.round((bytes.byteLength / 1024 / 1024) * 10) / 10, dryRunMs: dry.ms, importMs: run.ms, dryRunPeakMb: dry.peakMb, importPeakMb: run.peakMb };
}

async function measure(items: number): Promise<ImportFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  process.env.DATABASE_URL = `file:${join(dir, 'cms.db')}`;
  process.env.MEDIA_DIR = join(dir, 'media');
  process.env.CMS_SEED = 'off';
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../../cms/src/payload.config.ts');
  const { seedDemo } = await import('../../../cms/src/seed/demo.ts');
  const payload = await getPayload({ config });
  try {
    await seedDemo(payload, () => {});
    return await importWorkbook(payload, items);
  } finally {
    await payload.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === self) {
  const figures = await measure(Number(process.argv[2] ?? 5000));
  console.log(JSON.stringify(figures));
  process.exit(0);
}

/** The 'Spreadsheet import' section of BENCHMARKS.md. */
export function importSection(f: ImportFigures, fallbackDate: string): string[] {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return [
    '',
    `## Spreadsheet import (梳理表, ${f.items.toLocaleString('en')} items, ${f.rows.toLocaleString('en')} rows across the sheets, ${f.fileMb} MB xlsx)`,
    '',
    `Measured ${f.measuredAt ?? fallbackDate}. Into a fresh SQLite CMS holding the demo seed, as the administrator, through the service the admin upload runs (\`npx tsx scripts/lib/bench/import.ts <items>\`); every item is new, so the import writes a draft catalog item, implementation and 新增 adjustment per item and submits it through the workflow, all in one transaction.`,
    '',
    '| | time | peak RSS |',
    '|---|---:|---:|',
    `| Dry run (read, check, compare) | ${s(f.dryRunMs)} | ${f.dryRunPeakMb} MB |`,
    `| Import (the same checks, then write and submit) | ${s(f.importMs)} | ${f.importPeakMb} MB |`,
  ];
}
