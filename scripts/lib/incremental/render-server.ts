/**
 * The warm renderer of the incremental publisher: a long-lived child process (forked by
 * renderer.ts, cwd site/) holding a Vite server in SSR mode and Astro's Container API. It
 * renders the pages it is asked for from a snapshot and writes them into a release folder.
 *
 * It is a child process rather than part of the worker so that its modules and caches (the
 * catalog groupings of a 100,000-item snapshot) neither weigh on nor crash the CMS process, and
 * so it can be restarted when its memory grows. SNAPSHOT_DIR is set per request: the site's
 * data modules cache per snapshot directory.
 */
import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer } from 'astro/container';
import { createServer, type ViteDevServer } from 'vite';
import { readSnapshotItem } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { itemUrl } from '../../../site/src/lib/urls.ts';
import { applyAssets, readAssets, type RouteAssets } from './html-assets.ts';
import { fileOfUrl, routes, type PageJob, type RenderReply, type RenderRequest } from './protocol.ts';

type Module = Record<string, any>;
type Paths = { params: Record<string, string | undefined>; props?: Record<string, unknown> }[];

const begin = performance.now();
// Every snapshot this process renders was written by writeSnapshotDelta (which checks each catalog
// entry it writes) on top of one a full build checked: the site reads catalog.json without
// checking its 100,000 entries again (site/src/lib/snapshot.ts).
process.env.SNAPSHOT_CATALOG_CHECKED = '1';
const viteConfig = await getViteConfig({ server: { middlewareMode: true, hmr: false }, appType: 'custom' }, { devToolbar: { enabled: false } })({ mode: 'production', command: 'serve' });
const vite: ViteDevServer = await createServer({ ...viteConfig, configFile: false, logLevel: 'error' });
// The same rule as astro.config.mjs: SITE_URL, else the snapshot's base URL (settings changes force a full rebuild and a new renderer).
const site = process.env.SITE_URL ?? JSON.parse(await readFile(join(process.env.SNAPSHOT_DIR!, 'settings.json'), 'utf8')).baseUrl;
const container = await experimental_AstroContainer.create({ astroConfig: { site, trailingSlash: 'ignore', build: { format: 'directory' } } as never });
const modules = new Map<string, Module>();
async function load(route: string): Promise<Module> {
  let mod = modules.get(route);
  if (!mod) modules.set(route, (mod = await vite.ssrLoadModule(route)));
  return mod;
}
for (const route of Object.values(routes)) await load(route);
process.send!({ ready: true, ms: Math.round(performance.now() - begin) });

/** Astro's paginate() as the pages use it (data, numbers; the url fields are not read by any page). */
function paginate(data: unknown[], args: { params?: Record<string, string>; props?: Record<string, unknown>; pageSize?: number } = {}) {
  const size = args.pageSize ?? 10;
  const lastPage = Math.max(1, Math.ceil(data.length / size));
  return [...Array(lastPage).keys()].map((n) => {
    const currentPage = n + 1;
    const start = n * size;
    const end = Math.min(start + size, data.length);
    return {
      params: { ...args.params, page: currentPage > 1 ? String(currentPage) : undefined },
      props: { ...args.props, page: { data: data.slice(start, end), start, end: end - 1, size, total: data.length, currentPage, lastPage, url: {} } },
    };
  });
}

/** Params as a key; a missing page number (page 1 of a rest parameter) is left out, as JSON over IPC leaves it out. */
const paramsKey = (params: Record<string, string | undefined>) =>
  JSON.stringify(Object.keys(params).filter((k) => params[k] !== undefined).sort().map((k) => [k, params[k]]));

let pathsFor: { snapshotDir: string; byRoute: Map<string, Map<string, Paths[number]>> } | undefined;
async function staticPath(snapshotDir: string, route: string, params: Record<string, string | undefined>) {
  if (pathsFor?.snapshotDir !== snapshotDir) pathsFor = { snapshotDir, byRoute: new Map() };
  let byKey = pathsFor.byRoute.get(route);
  if (!byKey) {
    const paths = (await (await load(route)).getStaticPaths({ paginate, routePattern: route })) as Paths;
    byKey = new Map(paths.map((p) => [paramsKey(p.params), p]));
    pathsFor.byRoute.set(route, byKey);
  }
  const found = byKey.get(paramsKey(params));
  if (!found) throw new Error(`页面 ${route} 没有参数为 ${JSON.stringify(params)} 的路径`);
  return found;
}

const assetsCache = new Map<string, RouteAssets>();
/** The built asset tags of a route, from a page of that route in the full build `assetsDir`. */
async function assetsOf(request: RenderRequest, job: PageJob): Promise<RouteAssets> {
  const route = routeOf(job);
  const key = `${request.assetsDir}\n${route}`;
  let assets = assetsCache.get(key);
  if (!assets) {
    const sample = await samplePage(request, job);
    assets = readAssets(await readFile(join(request.assetsDir, sample), 'utf8'));
    assetsCache.set(key, assets);
  }
  return assets;
}

function routeOf(job: PageJob): string {
  if (job.kind === 'item' || job.kind === 'redirect') return routes.item;
  if (job.kind === 'checklist') return routes.checklist;
  if (job.kind === 'share') return routes.share;
  return job.route;
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(() => true, () => false);
}

/** A built page of the job's route: the page itself when it was built before, else the route's sample. */
async function samplePage(request: RenderRequest, job: PageJob): Promise<string> {
  const own = fileOfUrl(job.url);
  if (await exists(join(request.assetsDir, own))) return own;
  const sample = request.samples[routeOf(job)];
  if (sample && (await exists(join(request.assetsDir, sample)))) return sample;
  throw new Error(`找不到页面 ${job.url} 所属路由的已构建页面，无法确定样式和脚本`);
}

async function render(request: RenderRequest, job: PageJob): Promise<string | Uint8Array> {
  const dir = request.snapshotDir;
  const url = new URL(job.url, site);
  const options = { request: new Request(url), partial: false };
  switch (job.kind) {
    case 'item':
      return container.renderToString((await load(routes.item)).default, { ...options, params: { code: job.code }, props: { item: await readSnapshotItem(dir, job.code), redirectTo: undefined } });
    case 'redirect':
      return container.renderToString((await load(routes.item)).default, { ...options, params: { code: job.from }, props: { item: await readSnapshotItem(dir, job.to), redirectTo: itemUrl(job.to) } });
    case 'checklist':
      return container.renderToString((await load(routes.checklist)).default, { ...options, params: { code: job.code }, props: { item: await readSnapshotItem(dir, job.code) } });
    case 'route': {
      const path = await staticPath(dir, job.route, job.params);
      return container.renderToString((await load(job.route)).default, { ...options, params: path.params as Record<string, string>, props: path.props ?? {} });
    }
    case 'page':
      return container.renderToString((await load(job.route)).default, options);
    case 'share': {
      const { implementationCode, name, unit } = await readSnapshotItem(dir, job.code);
      const response = await container.renderToResponse((await load(routes.share)) as never, { ...options, routeType: 'endpoint', params: { code: job.code }, props: { entry: { implementationCode, name, unitName: unit.name } } } as never);
      return new Uint8Array(await response.arrayBuffer());
    }
    case 'endpoint': {
      const response = await container.renderToResponse((await load(job.route)) as never, { ...options, routeType: 'endpoint' } as never);
      return new Uint8Array(await response.arrayBuffer());
    }
  }
}

/** Writes beside the target and renames over it: the old file may be a hard link into the live release. */
async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.render-${process.pid}`;
  await writeFile(temp, data);
  await rename(temp, path);
}

async function handle(request: RenderRequest): Promise<RenderReply> {
  const started = performance.now();
  process.env.SNAPSHOT_DIR = request.snapshotDir;
  const written: string[] = [];
  const pending: Promise<void>[] = [];
  for (const job of request.jobs) {
    let output = await render(request, job);
    if (typeof output === 'string') output = applyAssets(output, await assetsOf(request, job));
    const file = fileOfUrl(job.url);
    pending.push(writeAtomically(join(request.outDir, file), output));
    written.push(file);
    if (pending.length >= 32) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  // Keeps the last snapshot's caches only: the next request names a new snapshot directory.
  pathsFor = undefined;
  return { id: request.id, ok: true, written, ms: Math.round(performance.now() - started), rssBytes: process.memoryUsage().rss };
}

process.on('message', (message: RenderRequest | { stop: true }) => {
  if ('stop' in message) {
    void vite.close().finally(() => process.exit(0));
    return;
  }
  handle(message).then(
    (reply) => process.send!(reply),
    (error: unknown) => process.send!({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply),
  );
});
process.on('disconnect', () => process.exit(0));
