import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { cmsBuildIsStale, cmsSourceHash } from './lib/cms-build.ts';

/**
 * Times the admin's production build (`npm run cms:build`) as `npm start` runs it, the build
 * settings of a git ref ("before") against the working tree's ("after"), in turn — before, after,
 * before, after — because the machine is shared and its speed drifts. Each run: a cold build
 * (no cms/.next, as on a fresh clone), then a rebuild after one changed source file (cms/.next
 * kept, as after a `git pull`). Prints one JSON line per build: wall seconds, load average,
 * peak memory of the largest process, and Next's own phase timings.
 *
 *   tsx scripts/bench-cms-build.ts --before <git-ref> [--pairs 2] [--out results.jsonl]
 */
const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const beforeRef = option('before', 'HEAD');
const pairs = Number(option('pairs', '2'));
const out = option('out', '');
// The files that hold the build's settings: next.config.mjs and the build script.
const settings = ['cms/next.config.mjs', 'cms/package.json'];
const touched = resolve(root, 'cms/src/payload.config.ts');

const current = new Map(settings.map((file) => [file, readFileSync(resolve(root, file), 'utf8')]));
const atRef = new Map(settings.map((file) => [file, spawnSync('git', ['show', `${beforeRef}:${file}`], { cwd: root, encoding: 'utf8' }).stdout]));

function useSettings(which: Map<string, string>): void {
  for (const [file, text] of which) writeFileSync(resolve(root, file), text);
}

// Next prints "✓ Compiled successfully in 109s", "Finished TypeScript in 36.5s", "… in 732ms".
function phases(output: string): Record<string, number> {
  const found: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const match = /^\s*[✓]?\s*(.+?) (?:in|took) ([\d.]+)(ms|s)\b/.exec(line);
    if (match) found[match[1].replace(/ \.\.\.$/, '').trim()] = Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  }
  return found;
}

function build(variant: string, kind: string): void {
  const load = loadavg()[0];
  const started = Date.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'maxrss_kb=%M', 'npm', 'run', '--silent', 'cms:build'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wall = (Date.now() - started) / 1000;
  const output = `${run.stdout}\n${run.stderr}`;
  const result = {
    variant,
    kind,
    ok: run.status === 0,
    wall_s: Math.round(wall * 10) / 10,
    load_before: Math.round(load * 100) / 100,
    load_after: Math.round(loadavg()[0] * 100) / 100,
    peak_mb: Math.round(Number(/maxrss_kb=(\d+)/.exec(output)?.[1] ?? 0) / 1024),
    phases: phases(output),
    at: new Date().toISOString(),
  };
  console.log(JSON.stringify(result));
  if (out) appendFileSync(out, `${JSON.stringify(result)}\n`);
  if (!result.ok) console.error(output.slice(-3000));
}

function coldThenRebuild(variant: string): void {
  rmSync(resolve(root, 'cms/.next'), { recursive: true, force: true });
  build(variant, 'cold');
  const source = readFileSync(touched, 'utf8');
  try {
    writeFileSync(touched, `${source}\n// bench: one changed source file\n`);
    build(variant, 'rebuild');
  } finally {
    writeFileSync(touched, source);
  }
}

try {
  for (let pair = 0; pair < pairs; pair++) {
    useSettings(atRef);
    coldThenRebuild(`before (${beforeRef})`);
    useSettings(current);
    coldThenRebuild('after');
  }
} finally {
  useSettings(current);
}

// A restart with unchanged sources builds nothing: it only compares the stamp with the sources.
const started = process.hrtime.bigint();
const hash = cmsSourceHash(root);
const stale = cmsBuildIsStale(root, hash);
console.log(JSON.stringify({ kind: 'restart-check', ms: Number(process.hrtime.bigint() - started) / 1e6, stale }));
