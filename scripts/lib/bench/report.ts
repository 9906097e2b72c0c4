import { cpus, totalmem } from 'node:os';
import type { CmsFigures } from './cms.ts';
import { importSection, type ImportFigures } from './import.ts';
import type { SiteFigures } from './site.ts';

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string };
  sizes: SiteFigures[];
  cms?: CmsFigures;
  import?: ImportFigures;
}

export function machine(): BenchResults['machine'] {
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** BENCHMARKS.md: the figures as a table, with where and how they were measured. */
export function benchmarksMarkdown(results: BenchResults): string {
  const head = `| | ${results.sizes.map((r) => `${r.items.toLocaleString('en')} items`).join(' | ')} |\n|---|${results.sizes.map(() => '---:').join('|')}|`;
  const row = (label: string, value: (r: SiteFigures) => string) => `| ${label} | ${results.sizes.map(value).join(' | ')} |`;
  const lines = [
    '# Benchmarks',
    '',
    `Measured ${results.date} on ${results.machine.cpu}, ${results.machine.cores} cores (shared with other work while measuring), ${results.machine.memoryGb} GB RAM, Node ${results.machine.node}. Single runs on a busy machine: repeated runs on the same day differed by up to 30 % (the 10,000-item build took 31–44 s).`,
    '',
    'Reproduce: `npm run bench` (1,000 and 10,000 items; `npm run bench -- --sizes 1000,10000,100000` adds 100,000; `--cms-items N` sets the CMS catalog size, default 1,000; `--no-cms` skips the CMS part and keeps its previous figures). Raw figures: `bench-results/latest.json`.',
    '',
    '## Static site from a generated catalog',
    '',
    'Generated with `content-models/src/generator` (`npm run generate`); the site built with `astro build` and indexed with `scripts/build-search-index.ts` (Pagefind), each as a child process whose whole process tree is sampled in /proc every 200 ms for peak memory. "Full pipeline" is one `publishSite` run (snapshot copy, build, index, atomic switch) — the path every approval takes today.',
    '',
    head,
    row('Full site build (astro build)', (r) => s(r.build.ms)),
    row('Peak memory of the build (process tree)', (r) => mb(r.build.peakRssBytes)),
    row('Search index time', (r) => s(r.search.ms)),
    row('Peak memory of indexing (process tree)', (r) => mb(r.search.peakRssBytes)),
    row('Full rebuild incl. search (build + index)', (r) => s(r.build.ms + r.search.ms)),
    row('Full pipeline, approval to live (publishSite)', (r) => s(r.pipeline.ms)),
    row('HTML pages / files / bytes of the site', (r) => `${r.site.pages} / ${r.site.files} / ${mb(r.site.bytes)}`),
    row('Search index files / size', (r) => `${r.search.files} / ${mb(r.search.bytes)}`),
    row('First search query transfer (est.)', (r) => kb(r.search.firstQueryBytes)),
    row('Item page HTML raw / gzip', (r) => `${kb(r.itemPage.html.raw)} / ${kb(r.itemPage.html.gzip)}`),
    row('Item page CSS raw / gzip', (r) => `${kb(r.itemPage.css.raw)} / ${kb(r.itemPage.css.gzip)}`),
    row('Item page JS raw / gzip', (r) => `${kb(r.itemPage.js.raw)} / ${kb(r.itemPage.js.gzip)}`),
    row('Item page total gzip', (r) => kb(r.itemPage.total.gzip)),
    row('Catalog generation', (r) => s(r.generate.ms)),
    row('Incremental piece: hard-link copy of the release', (r) => s(r.incremental.hardLinkCopyMs)),
    row('Incremental piece: Container API start-up + first page', (r) => s(r.incremental.containerStartupMs)),
    row('Incremental piece: render one item page, warm (median)', (r) => `${r.incremental.renderMedianMs} ms`),
    row('Container pages within 2 % of the built page size', (r) => `${r.incremental.sameSizeAsBuild} / ${r.incremental.rendered}`),
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
    );
  }
  if (results.import) lines.push(...importSection(results.import, results.date));
  const at10k = results.sizes.find((r) => r.items === 10_000);
  const verdict = (ms: number, goalMs: number) => (ms <= goalMs ? 'met' : 'not met');
  lines.push(
    '',
    '## Against the goals of issue 7',
    '',
    at10k
      ? `- Full rebuild of 10,000 items including search ≤ 60 s: ${s(at10k.build.ms + at10k.search.ms)} — ${verdict(at10k.build.ms + at10k.search.ms, 60_000)}; peak memory ${mb(Math.max(at10k.build.peakRssBytes, at10k.search.peakRssBytes))}.`
      : '- Full rebuild of 10,000 items including search ≤ 60 s: run with 10,000 in --sizes.',
    at10k
      ? `- Approval of one item to live ≤ 5 s at 10,000 items: ${s(at10k.pipeline.ms)} with the current full-rebuild pipeline (plus the CMS export) — not met.`
      : '- Approval of one item to live ≤ 5 s at 10,000 items: run with 10,000 in --sizes.',
    '- The 5 s goal needs the incremental path, not built yet: export only the changed items, render their pages and the list pages that show them with Astro\'s Container API into a copy of the live release (hard links for unchanged files), and add a small Pagefind index for the changed items that the search client merges with the full one (`mergeIndex`) until the next full rebuild.',
    at10k
      ? `- Its measured pieces at 10,000 items: hard-link copy of the release ${s(at10k.incremental.hardLinkCopyMs)}, item page render ${at10k.incremental.renderMedianMs} ms with a warm Container (start-up ${s(at10k.incremental.containerStartupMs)}, paid once by a long-lived worker); the CMS export of one item instead of ${results.cms ? s(results.cms.exportMs) : 'the whole catalog'} is a single query. What remains unmeasured is re-rendering the list pages an item appears on and the small search index.`
      : '',
    '',
  );
  return lines.join('\n');
}
