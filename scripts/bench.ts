import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCms, type CmsFigures } from './lib/bench/cms.ts';
import { benchImport, type ImportFigures } from './lib/bench/import.ts';
import { benchPgScale } from './lib/bench/pg-scale.ts';
import { benchmarksMarkdown, machine, type BenchResults } from './lib/bench/report.ts';
import { benchSite, type SiteFigures } from './lib/bench/site.ts';
import { buildCmsIfStale } from './lib/cms-build.ts';
import { repoRoot } from './lib/publish-steps.ts';

/**
 * npm run bench [-- --sizes 1000,10000] [--no-cms] [--cms-items 1000] [--editors 20] [--report-only]
 * Writes BENCHMARKS.md and bench-results/latest.json. Timings live here, never in tests.
 * --no-cms keeps the CMS figures of the previous run (shown with the date they were measured), the
 * spreadsheet import's too; --import-items N sets the 梳理表 import size in items (default 500: about 5,250 rows across the
 * five sheets, the "5,000-row import"; 5,000 items — 52,532 rows — take about 10 minutes);
 * --report-only rewrites BENCHMARKS.md from bench-results/latest.json.
 * --pg-scale N measures only the CMS on PostgreSQL at N guides (scripts/lib/bench/pg-scale.ts:
 * admin pages through HTTP with --pg-editors E editors (default 50) for --pg-rounds R rounds
 * (default 3), the snapshot export, a full publication of the site from the CMS followed by
 * --pg-approvals A approvals published incrementally (default 10; 0 skips both), a 梳理表 import of
 * --pg-import M items (default 5,000; 0 skips it)) and
 * keeps every other figure; it builds the admin first when its build is stale.
 * BENCHMARKS.md keeps the sections this report does not write (report-sections.ts).
 */
const USAGE = '用法：npm run bench [-- --sizes 1000,10000] [--no-cms] [--cms-items 1000] [--editors 20] [--report-only] [--pg-scale 100000 [--pg-editors 50] [--pg-rounds 3] [--pg-import 5000] [--pg-approvals 10]]';
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1000,10000' }, 'no-cms': { type: 'boolean', default: false }, editors: { type: 'string', default: '20' }, 'cms-items': { type: 'string', default: '1000' }, 'report-only': { type: 'boolean', default: false }, 'import-items': { type: 'string', default: '500' }, 'pg-scale': { type: 'string' }, 'pg-editors': { type: 'string', default: '50' }, 'pg-rounds': { type: 'string', default: '3' }, 'pg-import': { type: 'string', default: '5000' }, 'pg-approvals': { type: 'string', default: '10' } },
});
const sizes = values.sizes.split(',').map((v) => Number(v.trim()));
const bad = values.sizes.split(',').find((v) => !Number.isInteger(Number(v.trim())) || Number(v.trim()) < 1);
if (bad !== undefined) throw new Error(`参数 --sizes 应为逗号分隔的正整数（如 1000,10000），收到“${bad}”。${USAGE}`);
const editors = Number(values.editors);
const cmsItems = Number(values['cms-items']);
if (!Number.isInteger(editors) || editors < 1) throw new Error(`参数 --editors 应为正整数，收到“${values.editors}”。${USAGE}`);
if (!Number.isInteger(cmsItems) || cmsItems < 1) throw new Error(`参数 --cms-items 应为正整数，收到“${values['cms-items']}”。${USAGE}`);

const say = (line: string) => console.log(`[基准] ${line}`);
const resultsPath = resolve(repoRoot, 'bench-results/latest.json');
const markdownPath = resolve(repoRoot, 'BENCHMARKS.md');
/**
 * The report keeps the hand-written sections of BENCHMARKS.md as they are when it is written, not
 * when the run began: a run takes up to an hour, and a section added meanwhile was lost.
 */
const previousMarkdown = () => readFile(markdownPath, 'utf8').catch(() => undefined);
if (values['report-only']) {
  await writeFile(markdownPath, benchmarksMarkdown(JSON.parse(await readFile(resultsPath, 'utf8')) as BenchResults, await previousMarkdown()));
  process.exit(0);
}
if (values['pg-scale'] !== undefined) {
  const positive = (name: string) => {
    const value = Number(values[name as 'pg-scale']);
    if (!Number.isInteger(value) || value < (name === 'pg-import' || name === 'pg-approvals' ? 0 : 1)) throw new Error(`参数 --${name} 应为正整数，收到“${values[name as 'pg-scale']}”。${USAGE}`);
    return value;
  };
  const [items, pgEditors, rounds, importItems, approvals] = ['pg-scale', 'pg-editors', 'pg-rounds', 'pg-import', 'pg-approvals'].map(positive) as [number, number, number, number, number];
  await buildCmsIfStale(repoRoot, { starting: () => say('管理后台的生产构建已过期，先构建（npm run cms:build）…') });
  const pgScale = { ...(await benchPgScale(items, pgEditors, rounds, importItems, approvals, say)), measuredAt: new Date().toISOString() };
  const previous = JSON.parse(await readFile(resultsPath, 'utf8')) as BenchResults;
  const results: BenchResults = { ...previous, date: new Date().toISOString(), machine: machine(), pgScale };
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(markdownPath, benchmarksMarkdown(results, await previousMarkdown()));
  say('已写入 BENCHMARKS.md 和 bench-results/latest.json。');
  process.exit(0);
}
const work = join(tmpdir(), `catalog-bench-${process.pid}`);
const figures: SiteFigures[] = [];
try {
  for (const size of sizes) {
    say(`=== ${size} 项 ===`);
    figures.push(await benchSite(size, join(work, String(size)), say));
    await rm(join(work, String(size)), { recursive: true, force: true });
  }
  let cms: CmsFigures | undefined;
  if (!values['no-cms']) {
    say('=== CMS ===');
    cms = { ...(await benchCms(editors, cmsItems, say)), measuredAt: new Date().toISOString() };
  } else {
    // The CMS part takes long at large sizes: keep the last figures, with the date they were taken.
    const previous = await readFile(resultsPath, 'utf8').then((text) => JSON.parse(text) as BenchResults, () => undefined);
    cms = previous?.cms && { ...previous.cms, measuredAt: previous.cms.measuredAt ?? previous.date };
  }
  // The spreadsheet import belongs to the CMS part: --no-cms keeps its previous figures too.
  let imported: ImportFigures | undefined;
  if (!values['no-cms']) imported = { ...(await benchImport(Number(values['import-items']), say)), measuredAt: new Date().toISOString() };
  else imported = await readFile(resultsPath, 'utf8').then((text) => (JSON.parse(text) as BenchResults).import, () => undefined);
  // Sizes not run this time keep their previous figures (a 100,000-item run and a 1,000/10,000 run can be separate).
  const before = await readFile(resultsPath, 'utf8').then((text) => JSON.parse(text) as BenchResults, () => undefined);
  const kept = (before?.sizes ?? []).filter((p) => !figures.some((f) => f.items === p.items)).map((p) => ({ ...p, measuredAt: p.measuredAt ?? before!.date }));
  const allSizes = [...figures, ...kept].sort((a, b) => a.items - b.items);
  // The PostgreSQL scale figures come only from --pg-scale runs, and the note on the site
  // measurements' conditions holds only while no size was measured again.
  const results: BenchResults = { date: new Date().toISOString(), machine: machine(), sizes: allSizes, cms, import: imported, pgScale: before?.pgScale, siteNote: figures.length === 0 ? before?.siteNote : undefined };
  await mkdir(resolve(repoRoot, 'bench-results'), { recursive: true });
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(markdownPath, benchmarksMarkdown(results, await previousMarkdown()));
  say('已写入 BENCHMARKS.md 和 bench-results/latest.json。');
} finally {
  await rm(work, { recursive: true, force: true });
}
process.exit(0);
