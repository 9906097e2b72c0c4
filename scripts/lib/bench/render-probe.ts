/**
 * Run with cwd = site/ and SNAPSHOT_DIR set: renders item pages outside `astro build` with Astro's
 * Container API (the incremental path's renderer) and prints one JSON line of timings. Codes to
 * render come as arguments; the first render includes the module load.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer } from 'astro/container';
import { createServer } from 'vite';
import { readSnapshotItem } from '@catalog/content-models/snapshot/snapshot-io.ts';

const [builtDir, ...codes] = process.argv.slice(2);
const begin = performance.now();
const viteConfig = await getViteConfig({ server: { middlewareMode: true, hmr: false }, appType: 'custom' }, { devToolbar: { enabled: false } })({ mode: 'production', command: 'serve' });
const vite = await createServer({ ...viteConfig, configFile: false });
const page = await vite.ssrLoadModule('/src/pages/items/[code]/index.astro');
const container = await experimental_AstroContainer.create();
const startupMs = performance.now() - begin;
const renders: number[] = [];
let sameAsBuild = 0;
for (const code of codes) {
  const started = performance.now();
  const item = await readSnapshotItem(process.env.SNAPSHOT_DIR!, code);
  const html = await container.renderToString(page.default, { props: { item, redirectTo: undefined }, params: { code }, partial: false });
  renders.push(performance.now() - started);
  const built = await readFile(join(builtDir!, 'items', encodeURIComponent(code), 'index.html'), 'utf8').catch(() => '');
  if (built.length > 0 && Math.abs(built.length - html.length) / built.length < 0.02) sameAsBuild += 1;
}
await vite.close();
console.log(JSON.stringify({ startupMs: Math.round(startupMs), renders: renders.map((ms) => Math.round(ms * 10) / 10), sameAsBuild }));
process.exit(0);
