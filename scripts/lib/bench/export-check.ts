/**
 * Exports the snapshot of an existing database and lists every file of it with its SHA-256, so two
 * versions of the export can be compared byte for byte on the same data (`now` is fixed, so
 * generatedAt matches too). Prints the time the export took and the CPU time this process spent on it
 * (on a shared machine the wall time says as much about the neighbours as about the export).
 *   DATABASE_URL=postgres://… npx tsx scripts/lib/bench/export-check.ts <out.json> [keep-dir]
 * A database to run it on: `BENCH_PG_GROW_ONLY=1 BENCH_PG_KEEP=1 npx tsx scripts/lib/bench/pg-scale.ts 2100`.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

function files(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(root, path) : [relative(root, path)];
  });
}

const [out, keepDir] = process.argv.slice(2);
if (!out || !process.env.DATABASE_URL) throw new Error('用法：DATABASE_URL=… npx tsx scripts/lib/bench/export-check.ts <输出.json> [保留目录]');
const root = keepDir ?? mkdtempSync(join(tmpdir(), 'export-check-'));
Object.assign(process.env, { MEDIA_DIR: join(root, 'media'), CMS_SEED: 'off', CMS_ENV: 'demo' });
const { getPayload } = await import('payload');
const { default: config } = await import('../../../cms/src/payload.config.ts');
const { exportSnapshot } = await import('../../../cms/src/publish/exportSnapshot.ts');
const payload = await getPayload({ config });
const dir = join(root, 'snapshot');
rmSync(dir, { recursive: true, force: true });
const started = performance.now();
const cpu = process.cpuUsage();
const { meta, skipped } = await exportSnapshot(payload, dir, { now: new Date('2026-12-01T00:00:00.000Z'), siteVersion: 'export-check' });
const ms = Math.round(performance.now() - started);
const used = process.cpuUsage(cpu);
const digest = Object.fromEntries(files(dir).sort().map((path) => [path, createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')]));
writeFileSync(out, `${JSON.stringify({ items: meta.counts.items, skipped: skipped.length, files: digest }, null, 1)}\n`);
console.error(`导出 ${meta.counts.items} 项，${(ms / 1000).toFixed(1)} 秒（本进程 CPU：用户态 ${(used.user / 1e6).toFixed(1)} 秒，内核态 ${(used.system / 1e6).toFixed(1)} 秒）；${Object.keys(digest).length} 个文件的摘要写入 ${out}`);
if (!keepDir) rmSync(root, { recursive: true, force: true });
process.exit(0);
