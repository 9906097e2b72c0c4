import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { cmsBuildIsStale, cmsSourceHash, markCmsBuilt } from './lib/cms-build.ts';

/**
 * Times the admin's production build (`npm run cms:build`) as `npm start` runs it, the build
 * settings of a git ref ("before") against the working tree's ("after"), in turn — before, after,
 * before, after — because the machine is shared and its speed drifts. A cold build has no
 * cms/.next, as on a fresh clone; a rebuild keeps the previous build's cms/.next (and its cache)
 * and changes one source file, as after a `git pull`. Prints one JSON line per build: wall
 * seconds, CPU seconds, load average, peak memory of the largest process, and Next's own phase timings.
 *
 *   tsx scripts/bench-cms-build.ts --before <git-ref> [--plan before:cold,before:rebuild,after:cold,after:rebuild]
 *     [--out results.jsonl] [--logs DIR]
 */
const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return (at >= 0 ? args[at + 1] : undefined) ?? fallback;
};
const beforeRef = option('before', 'HEAD');
const plan = option('plan', 'before:cold,before:rebuild,after:cold,after:rebuild,before:cold,before:rebuild,after:cold,after:rebuild').split(',');
const out = option('out', '');
const logs = option('logs', '');
// The files that hold the build's settings: next.config.mjs and the build script.
const settings = ['cms/next.config.mjs', 'cms/package.json'];
const touched = resolve(root, 'cms/src/payload.config.ts');

const current = new Map(settings.map((file) => [file, readFileSync(resolve(root, file), 'utf8')]));
const atRef = new Map(settings.map((file) => [file, spawnSync('git', ['show', `${beforeRef}:${file}`], { cwd: root, encoding: 'utf8' }).stdout]));

function useSettings(which: Map<string, string>): void {
  for (const [file, text] of which) writeFileSync(resolve(root, file), text);
}

// Next prints "✓ Compiled successfully in 109s", "Finished TypeScript in 1.6min", "… in 732ms".
const unit: Record<string, number> = { ms: 0.001, s: 1, min: 60 };
function phases(output: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const match = /^\s*[✓]?\s*(.+?) (?:in|took) ([\d.]+)(ms|s|min)\b/.exec(line);
    if (match) found[match[1]!.replace(/ \.\.\.$/, '').trim()] = Math.round(Number(match[2]) * unit[match[3]!]! * 10) / 10;
  }
  return found;
}

function build(variant: string, kind: string): void {
  const sources = cmsSourceHash(root);
  const load = loadavg()[0]!;
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M cpu_s=%U+%S', 'npm', 'run', '--silent', 'cms:build'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (Date.now() - started) / 1000;
  const output = `${run.stdout}\n${run.stderr}`;
  const result = {
    variant,
    kind,
    ok: run.status === 0,
    wall_s: Math.round(wall * 10) / 10,
    load_before: Math.round(load * 100) / 100,
    load_after: Math.round(loadavg()[0]! * 100) / 100,
    peak_mb: Math.round(Number(/maxrss_kb=(\d+)/.exec(output)?.[1] ?? 0) / 1024),
    // User + system CPU seconds of the build's processes: less sensitive to the machine's load than wall time.
    cpu_s: Math.round((/cpu_s=([\d.]+)\+([\d.]+)/.exec(output) ?? []).slice(1).reduce((sum, n) => sum + Number(n), 0)),
    phases: phases(output),
    at: new Date().toISOString(),
  };
  console.log(JSON.stringify(result));
  if (logs) writeFileSync(resolve(logs, `${result.at}-${kind}.log`), output);
  if (out) appendFileSync(out, `${JSON.stringify(result)}\n`);
  if (!result.ok) console.error(output.slice(-3000));
  // The working tree's own build of unchanged sources is what `npm start` would make: keep it usable.
  else if (variant === 'after' && kind === 'cold') markCmsBuilt(root, sources);
}

function run(variant: string, kind: string): void {
  if (kind === 'cold') {
    rmSync(resolve(root, 'cms/.next'), { recursive: true, force: true });
    build(variant, kind);
    return;
  }
  const source = readFileSync(touched, 'utf8');
  try {
    writeFileSync(touched, `${source}\n// bench: one changed source file\n`);
    build(variant, kind);
  } finally {
    writeFileSync(touched, source);
  }
}

try {
  for (const step of plan) {
    const [variant, kind = 'cold'] = step.split(':') as [string, string?];
    useSettings(variant === 'before' ? atRef : current);
    run(variant === 'before' ? `before (${beforeRef})` : 'after', kind);
  }
} finally {
  useSettings(current);
}

// A restart with unchanged sources builds nothing: it only compares the stamp with the sources.
const started = process.hrtime.bigint();
const hash = cmsSourceHash(root);
const stale = cmsBuildIsStale(root, hash);
console.log(JSON.stringify({ kind: 'restart-check', ms: Number(process.hrtime.bigint() - started) / 1e6, stale }));
