import { cpus, totalmem } from 'node:os';
import type { CmsFigures } from './cms.ts';
import { importSection, type ImportFigures } from './import.ts';
import type { PgScaleFigures } from './pg-scale.ts';
import { PG_SCALE_HEADING, pgScaleSection } from './pg-scale-report.ts';
import { keepUnownedSections } from './report-sections.ts';
import type { IncrementalFigures, SiteFigures } from './site.ts';
import { SEARCH_PROFILE_NOTE, searchRows } from './search-report.ts';

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string };
  sizes: SiteFigures[];
  cms?: CmsFigures;
  import?: ImportFigures;
  /** `--pg-scale N`: the CMS on PostgreSQL at N guides through HTTP. */
  pgScale?: PgScaleFigures;
  /** A note on the conditions of the site measurements (e.g. the machine's load), kept while those figures are. */
  siteNote?: string;
}

/** Headings (their stable start) of the sections benchmarksMarkdown writes; any other section is someone's own. */
export const OWNED_HEADINGS = ['## Static site from a generated catalog', '## CMS (SQLite', '## Spreadsheet import', PG_SCALE_HEADING, '## Against the goals of issue 7'] as const;

export function machine(): BenchResults['machine'] {
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Rows of the incremental path; sizes kept from a run before it existed show a dash. */
function incrementalRows(row: (label: string, value: (r: SiteFigures) => string) => string): string[] {
  const of = (r: SiteFigures, value: (i: IncrementalFigures) => string) => (r.incremental && 'medianMs' in r.incremental ? value(r.incremental) : '—');
  return [
    row('**Approval of one item to live, incremental (median of 10)**', (r) => of(r, (i) => `**${s(i.medianMs)}**`)),
    row('Incremental runs, fastest – slowest', (r) => of(r, (i) => `${s(Math.min(...i.ms))} – ${s(Math.max(...i.ms))}`)),
    row('Incremental steps (median): delta snapshot / hard-link copy / render / search delta / switch', (r) =>
      of(r, (i) => ['export-changes', 'copy', 'render', 'search-changes', 'switch'].map((k) => s(i.steps[k] ?? 0)).join(' / '))),
    row('Pages written per incremental run (median)', (r) => of(r, (i) => String(i.pagesMedian))),
    row('Warm renderer start-up (once per worker) / its memory', (r) => of(r, (i) => `${s(i.rendererStartupMs)} / ${mb(i.rendererRssBytes)}`)),
  ];
}

function incrementalGoals(sizes: SiteFigures[]): string[] {
  const goal = (items: number, limitMs: number) => {
    const r = sizes.find((f) => f.items === items);
    const label = `- Approval of one item to live ≤ ${limitMs / 1000} s at ${items.toLocaleString('en')} items`;
    if (!r || !r.incremental || !('medianMs' in r.incremental)) return `${label}: run with ${items} in --sizes.`;
    return `${label}: ${s(r.incremental.medianMs)} median of ${r.incremental.runs} through the incremental path (delta snapshot, render, search delta, switch; without the CMS export of the changed item) — ${r.incremental.medianMs <= limitMs ? 'met' : 'not met'}.`;
  };
  const at100k = sizes.find((f) => f.items === 100_000);
  return [
    goal(10_000, 5_000),
    goal(100_000, 10_000),
    at100k
      ? `- Full rebuild of 100,000 items ≤ 10 min within 8 GB: ${s(rebuildOf(at100k).ms)}, peak ${mb(rebuildOf(at100k).peakRssBytes)} (${rebuildOf(at100k).how}) — ${rebuildOf(at100k).ms <= 600_000 && rebuildOf(at100k).peakRssBytes <= 8 * 2 ** 30 ? 'met' : 'not met'}.`
      : '- Full rebuild of 100,000 items ≤ 10 min within 8 GB: run with 100000 in --sizes.',
  ];
}

/**
 * BENCHMARKS.md: the figures as a table, with where and how they were measured. `previous` is the
 * file as it stands: its sections this template does not write are kept (report-sections.ts).
 */
export function benchmarksMarkdown(results: BenchResults, previous?: string): string {
  return keepUnownedSections(generatedMarkdown(results), previous, OWNED_HEADINGS);
}

function generatedMarkdown(results: BenchResults): string {
  const head = `| | ${results.sizes.map((r) => `${r.items.toLocaleString('en')} items`).join(' | ')} |\n|---|${results.sizes.map(() => '---:').join('|')}|`;
  const row = (label: string, value: (r: SiteFigures) => string) => `| ${label} | ${results.sizes.map(value).join(' | ')} |`;
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${results.date} on ${results.machine.cpu}, ${results.machine.cores} cores (shared with other work while measuring), ${results.machine.memoryGb} GB RAM, Node ${results.machine.node}. Single runs on a busy machine: repeated runs on the same day differed by up to 30 % (the 10,000-item build took 31–44 s).${results.siteNote ? ` ${results.siteNote}` : ''}`,
    '',
    'Reproduce: `npm run bench` (1,000 and 10,000 items; `npm run bench -- --sizes 1000,10000,100000` adds 100,000; `--cms-items N` sets the CMS catalog size, default 1,000; `--no-cms` skips the CMS part and keeps its previous figures; `npm run bench -- --pg-scale 100000` measures only the CMS on PostgreSQL at that size and keeps every other figure). Raw figures: `bench-results/latest.json`.',
    '',
    '## Static site from a generated catalog',
    '',
    'Generated with `content-models/src/generator` (`npm run generate`); the site built with `astro build` and indexed with `scripts/build-search-index.ts` (Pagefind), each as a child process whose whole process tree is sampled in /proc every 200 ms for peak memory. "Full pipeline" is one full `publishSite` run (snapshot copy, build, index, page comparison, atomic switch) — the nightly rebuild and 立即重新发布. "Incremental" is ten approvals of one item each (a changed time limit, items spread over the catalog) published by `publishSite` in incremental mode with the warm renderer, as the worker runs them; sizes not run keep their previous figures (see the Measured row).',
    '',
    SEARCH_PROFILE_NOTE,
    '',
    head,
    row('Full site build (astro build)', (r) => s(r.build.ms)),
    row('Peak memory of the build (process tree)', (r) => mb(r.build.peakRssBytes)),
    row('Search index time', (r) => s(r.search.ms)),
    row('Peak memory of indexing (process tree)', (r) => mb(r.search.peakRssBytes)),
    row('Full rebuild incl. search (site build and index side by side)', (r) => `${s(rebuildOf(r).ms)}${r.rebuild ? '' : ' (one after the other)'}`),
    row('Peak memory of the full rebuild (both process trees at once)', (r) => mb(rebuildOf(r).peakRssBytes)),
    row('Measured', (r) => (r.measuredAt ?? results.date).slice(0, 10)),
    row('Full pipeline (publishSite, full rebuild)', (r) => s(r.pipeline.ms)),
    row('HTML pages / files / bytes of the site', (r) => `${r.site.pages} / ${r.site.files} / ${mb(r.site.bytes)}`),
    row('Search index files / size', (r) => `${r.search.files} / ${mb(r.search.bytes)}`),
    ...searchRows(row),
    row('Item page HTML raw / gzip', (r) => `${kb(r.itemPage.html.raw)} / ${kb(r.itemPage.html.gzip)}`),
    row('Item page CSS raw / gzip', (r) => `${kb(r.itemPage.css.raw)} / ${kb(r.itemPage.css.gzip)}`),
    row('Item page JS raw / gzip', (r) => `${kb(r.itemPage.js.raw)} / ${kb(r.itemPage.js.gzip)}`),
    row('Item page total gzip', (r) => kb(r.itemPage.total.gzip)),
    row('Catalog generation', (r) => s(r.generate.ms)),
    ...incrementalRows(row),
  ];
  if (results.cms) {
    const c = results.cms;
    lines.push(
      '',
      `## CMS (SQLite, ${c.items} published items: the demo seed grown by copies of its items)`,
      '',
      `Measured ${c.measuredAt ?? results.date}.`,
      '',
      `Payload's REST route handlers (the ones \`next start\` serves) called in-process with real requests and a JWT; ${c.editors} editors at once, each reading 10 guides (depth 1, drafts) and saving 5 of them as drafts. Next.js's own HTTP layer is not included.`,
      '',
      '| | p50 | p95 | max | requests |',
      '|---|---:|---:|---:|---:|',
      `| Read a guide | ${c.read.p50} ms | ${c.read.p95} ms | ${c.read.max} ms | ${c.read.count} |`,
      `| Save a guide (draft, with version) | ${c.save.p50} ms | ${c.save.p95} ms | ${c.save.max} ms | ${c.save.count} |`,
      '',
      `| Snapshot export from the CMS | ${s(c.exportMs)} |`,
      '|---|---:|',
      `| Approval to live, full pipeline on this catalog | ${s(c.pipeline.ms)} (${Object.entries(c.pipeline.steps).map(([k, v]) => `${k} ${s(v)}`).join(', ')}) |`,
      ...(c.incremental
        ? [`| **Approval to live, incremental, median of 10** (CMS export of the change included) | **${s(c.incremental.medianMs)}** (${Object.entries(c.incremental.steps).map(([k, v]) => `${k} ${s(v)}`).join(', ')}) |`]
        : []),
    );
  }
  if (results.import) lines.push(...importSection(results.import, results.date));
  if (results.pgScale) lines.push(...pgScaleSection(results.pgScale, results.date, results.machine.cores));
  const at10k = results.sizes.find((r) => r.items === 10_000);
  const verdict = (ms: number, goalMs: number) => (ms <= goalMs ? 'met' : 'not met');
  lines.push(
    '',
    '## Against the goals of issue 7',
    '',
    at10k
      ? `- Full rebuild of 10,000 items including search ≤ 60 s: ${s(rebuildOf(at10k).ms)} — ${verdict(rebuildOf(at10k).ms, 60_000)}; peak memory ${mb(rebuildOf(at10k).peakRssBytes)} (${rebuildOf(at10k).how}).`
      : '- Full rebuild of 10,000 items including search ≤ 60 s: run with 10,000 in --sizes.',
    ...incrementalGoals(results.sizes),
    '',
  );
  return lines.join('\n');
}

/** The full rebuild's figures: side by side when measured so, else the older one-after-the-other sum. */
function rebuildOf(r: SiteFigures): { ms: number; peakRssBytes: number; how: string } {
  if (r.rebuild) return { ...r.rebuild, how: 'site build and search index side by side; memory is both process trees summed at each sample' };
  return { ms: r.build.ms + r.search.ms, peakRssBytes: Math.max(r.build.peakRssBytes, r.search.peakRssBytes), how: 'build, then index' };
}
