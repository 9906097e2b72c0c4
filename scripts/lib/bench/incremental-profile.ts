/**
 * Profiling aid for the approval-to-live path at a given catalog size: builds a generated catalog
 * in full once into WORK (kept between invocations), then publishes RUNS approvals of one item
 * each through the incremental path, printing each step's time and the pages written. With
 * RENDER_CPU_PROF=<dir> the warm renderer writes a V8 CPU profile there when it stops; with
 * MAIN_CPU_PROF=<file> this process (delta snapshot, dependency map, search delta) is profiled.
 *   npx tsx scripts/lib/bench/incremental-profile.ts <items> <work dir> [runs]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Session } from 'node:inspector/promises';
import { readSnapshotIndex, readSnapshotItem } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { runCommand } from '../child-process.ts';
import { generatedSourceSteps, timeLimitChange } from '../incremental/generated-source.ts';
import { pageRenderer } from '../incremental/renderer.ts';
import { publishSite } from '../publish-site.ts';
import { repoRoot } from '../publish-steps.ts';
import { currentRelease, releaseStore, sparesSettled } from '../releases.ts';

const items = Number(process.argv[2] ?? 10_000);
const work = resolve(process.argv[3] ?? `/tmp/incremental-profile-${items}`);
const runs = Number(process.argv[4] ?? 5);
const say = (line: string) => console.log(line);
const snapshot = join(work, 'snapshot');
const store = releaseStore(join(work, 'site'));
const snapshotsDir = join(work, 'snapshots');

if (!existsSync(snapshot)) {
  say(`生成 ${items} 项目录…`);
  await runCommand('生成目录', process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts/generate-catalog.ts'), '--items', String(items), '--out', snapshot], { cwd: repoRoot });
}
const renderer = pageRenderer({ onLine: say });
const source = generatedSourceSteps(snapshot, renderer, { onLine: say, silentBuild: true });
if (!(await currentRelease(store))) {
  say('完整构建（首次）…');
  const started = performance.now();
  const report = await publishSite({ store, snapshotsDir, steps: source.steps, mode: 'full' });
  if (report.status === 'failed') throw new Error(report.error);
  say(`完整构建 ${Math.round(performance.now() - started)} ms`);
}
const session = process.env.MAIN_CPU_PROF ? new Session() : undefined;
session?.connect();
// The renderer is forked here: only it (not the full build's processes) inherits the profiler flag.
const options = process.env.NODE_OPTIONS;
if (process.env.RENDER_CPU_PROF) process.env.NODE_OPTIONS = `${options ?? ''} --cpu-prof --cpu-prof-dir=${process.env.RENDER_CPU_PROF}`;
await renderer.warm(join(snapshotsDir, (await currentRelease(store))!));
if (options === undefined) delete process.env.NODE_OPTIONS;
else process.env.NODE_OPTIONS = options;
await session?.post('Profiler.enable');
await session?.post('Profiler.start');
for (let run = 0; run < runs; run += 1) {
  const version = (await currentRelease(store))!;
  const index = await readSnapshotIndex(join(snapshotsDir, version));
  const active = index.catalog.filter((e) => e.status === 'active');
  const entry = active[Math.floor(((run + 0.5) * active.length) / runs)]!;
  source.edit(timeLimitChange(await readSnapshotItem(join(snapshotsDir, version), entry.implementationCode), new Date().toISOString()));
  await sparesSettled(store);
  const cpu = process.cpuUsage();
  const report = await publishSite({ store, snapshotsDir, steps: source.steps, mode: 'incremental' });
  if (report.status === 'failed' || report.mode !== 'incremental') throw new Error(report.error ?? report.fallbackReason);
  const used = process.cpuUsage(cpu);
  say(`第 ${run + 1} 次：${Date.parse(report.liveAt!) - Date.parse(report.startedAt)} ms（本进程 CPU ${Math.round((used.user + used.system) / 1000)} ms），页面 ${report.pages}；${report.steps.map((s) => `${s.name} ${s.ms}`).join('，')}`);
}
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(process.env.MAIN_CPU_PROF!, JSON.stringify(profile));
}
await renderer.stop();
await sparesSettled(store);
