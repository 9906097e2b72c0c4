import { adminPages, type AdminLoadFigures, type AdminPage } from './admin-load.ts';
import type { PgApprovalFigures, PgScaleFigures } from './pg-scale.ts';

export const PG_SCALE_HEADING = '## CMS at province scale (PostgreSQL';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const n = (value: number) => value.toLocaleString('en');

const NOT_RUN = 'not measured in this run (--pg-approvals 0)';

/** The approval goal's answer: measured, or why not (runs from before it was measured here). */
function approvalGoal(f: PgScaleFigures): string {
  const a = f.approval;
  if (!a) return `- Approval to live from the CMS ≤ 10 s: ${f.approvalNotMeasured ?? NOT_RUN}.`;
  return `- Approval to live from the CMS ≤ 10 s: ${s(a.medianMs)} median of ${a.ms.length} (slowest ${s(Math.max(...a.ms))}) — ${a.medianMs <= 10_000 ? 'met' : 'not met'}.`;
}

const steps = (named: Record<string, number>) =>
  Object.entries(named)
    .map(([name, ms]) => `${name} ${s(ms)}`)
    .join(', ');

function approvalRows(a: PgApprovalFigures | undefined, notMeasured: string | undefined): string[] {
  if (!a) return [`| Approval to live from the CMS at this size | ${notMeasured ?? NOT_RUN} |`];
  return [
    `| First publication of the whole site from this CMS (export, build, search index, switch${a.shareCards ? '' : '; share cards off'}): ${steps(a.fullBuildSteps)} | ${s(a.fullBuildMs)} |`,
    `| **Approval to live from the CMS**, median of ${a.ms.length} (one published guide changed, as the final approval writes it, then \`publishSite\` in incremental mode with the warm renderer, as the worker runs it; the CMS export of the change included${a.shareCards ? '' : '; share cards off: an approval draws one, ~15 ms'}). Runs: ${a.ms.map((ms) => s(ms)).join(', ')}. Median steps: ${steps(a.steps)} | **${s(a.medianMs)}** |`,
  ];
}

/** Issue 19's goals, each with the figure that answers it. */
function goals(f: PgScaleFigures): string[] {
  const verdict = (ok: boolean) => (ok ? 'met' : 'not met');
  const pages: AdminPage[] = ['implementationsList', 'catalogItemsList', 'implementationEdit'];
  const worst = (load: AdminLoadFigures) => Math.max(...pages.map((page) => load.pages[page].p95));
  const t = f.thinkingLoad;
  return [
    `- Admin list and edit pages p95 ≤ 500 ms with ${f.load.editors} concurrent editors: without pauses (every editor always waiting for a page) worst p95 ${n(worst(f.load))} ms — ${verdict(worst(f.load) <= 500 && f.load.errors === 0)}${t ? `; pausing ${t.thinkMs! / 1000} s on average between pages, worst p95 ${n(worst(t))} ms — ${verdict(worst(t) <= 500 && t.errors === 0)}` : ''}.`,
    `- Snapshot export ≤ 60 s: ${s(f.exportMs)} — ${verdict(f.exportMs <= 60_000)}.`,
    f.import
      ? `- 梳理表 import of ${n(f.import.items)} items ≤ 5 minutes: ${s(f.import.importMs)} (after a ${s(f.import.dryRunMs)} dry run) — ${verdict(f.import.importMs <= 300_000)}.`
      : '- 梳理表 import of 5,000 items ≤ 5 minutes: not measured in this run (--pg-import 0).',
    approvalGoal(f),
  ];
}

/** The PostgreSQL scale section of BENCHMARKS.md (`npm run bench -- --pg-scale N`). */
export function pgScaleSection(f: PgScaleFigures, fallbackDate: string, cores: number): string[] {
  const l = f.load;
  return [
    '',
    `${PG_SCALE_HEADING}, ${n(f.implementations)} published guides, ${n(f.catalogItems)} catalog items)`,
    '',
    `Measured ${f.measuredAt ?? fallbackDate} with \`npm run bench -- --pg-scale ${f.target}\` on a throwaway ${f.postgres} (fsync off, on the same ${cores} cores). The demo seed is written through Payload (${s(f.seedMs)}), then copied at SQL level to ${n(f.grow.after)} guides (${f.grow.copies} copies of the ${f.grow.before} demo guides with their catalog items, versions, arrays and texts: ${n(f.grow.rowsInserted)} rows in ${f.grow.tables} tables, ${s(f.grow.ms)}, one transaction; \`scripts/lib/bench/pg-grow.ts\`, read back through Payload before measuring). The admin's production build runs under \`next start\` (Next's HTTP server included), ${l.processes ?? 1} process${(l.processes ?? 1) > 1 ? 'es' : ''} (one per core, as deploy/TOPOLOGY.md runs them; editors spread over them as nginx would), each with Payload's default pool of 10 connections. ${l.editors} editors of the ${Math.min(10, l.editors)} units with the most guides are logged in at once; each runs ${l.rounds} rounds of the four requests below, each request as soon as the previous one arrived in full (no pause: the worst case), opening guides of its own unit at random. ${n(l.requests)} requests in ${s(l.wallMs)}, ${l.errors} errors${l.errorSamples.length ? ` (${l.errorSamples.join('; ')})` : ''}.${l.cpuSeconds ? ` Where the time went: the CMS processes used ${l.cpuSeconds.cms} CPU-seconds and PostgreSQL ${l.cpuSeconds.postgres} in those ${s(l.wallMs)} (${cores} cores offer ${((cores * l.wallMs) / 1000).toFixed(0)}).` : ''}`,
    '',
    '| | p50 | p95 | max | requests |',
    '|---|---:|---:|---:|---:|',
    ...(Object.keys(adminPages) as AdminPage[]).map((page) => {
      const p = l.pages[page];
      return `| ${adminPages[page]} | ${n(p.p50)} ms | **${n(p.p95)} ms** | ${n(p.max)} ms | ${p.count} |`;
    }),
    '',
    'By number of editors at once (p50 / p95; the main table is the row without pauses at the full number):',
    '',
    `| editors at once | pause between pages | ${(Object.keys(adminPages) as AdminPage[]).map((page) => adminPages[page].replace(/（.*$/, '')).join(' | ')} | CPU-s: CMS / PostgreSQL, in wall time |`,
    `|---:|---:|${(Object.keys(adminPages) as AdminPage[]).map(() => '---:').join('|')}|---:|`,
    ...[...(f.lighterLoads ?? []), l, ...(f.thinkingLoad ? [f.thinkingLoad] : [])].map(
      (load) =>
        `| ${load.editors} | ${load.thinkMs ? `${load.thinkMs / 1000} s on average` : 'none'} | ${(Object.keys(adminPages) as AdminPage[]).map((page) => `${n(load.pages[page].p50)} / ${n(load.pages[page].p95)} ms`).join(' | ')} | ${load.cpuSeconds ? `${load.cpuSeconds.cms} / ${load.cpuSeconds.postgres} in ${s(load.wallMs)}` : '—'}${load.errors ? `, ${load.errors} errors` : ''} |`,
    ),
    '',
    `| Snapshot export from the CMS (what every full publication runs; ${n(f.exportedItems)} items) | ${s(f.exportMs)} |`,
    '|---|---:|',
    f.import
      ? `| 梳理表 import of ${n(f.import.items)} new items (${n(f.import.rows)} rows, ${f.import.fileMb} MB) into this catalog: dry run / import, as the administrator | ${s(f.import.dryRunMs)} / ${s(f.import.importMs)} (peak ${f.import.importPeakMb} MB) |`
      : '| 梳理表 import into this catalog | not measured in this run (--pg-import 0) |',
    ...approvalRows(f.approval, f.approvalNotMeasured),
    '',
    '### Against the goals of issue 19',
    '',
    ...goals(f),
  ];
}
