import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Payload } from 'payload';

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

export interface CmsFigures {
  /** When these figures were taken (a run with --no-cms keeps the previous ones). */
  measuredAt?: string;
  items: number;
  editors: number;
  read: Latency;
  save: Latency;
  exportMs: number;
  /** One approval-to-live run of the full-rebuild pipeline on this catalog. */
  pipeline: { ms: number; steps: Record<string, number> };
  /** Ten approvals of one guide each published incrementally from this CMS (export of the changes included). */
  incremental?: { ms: number[]; medianMs: number; steps: Record<string, number> };
}

export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) };
}

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>;

/**
 * The CMS on a fresh SQLite file with the demo catalog grown to `items` guides, measured through the same REST route
 * handlers `next start` serves (real Request objects, JWT login), in this process.
 */
export async function benchCms(editors: number, items: number, say: (line: string) => void): Promise<CmsFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-cms-'));
  Object.assign(process.env, { DATABASE_URL: `file:${join(dir, 'bench.db')}`, MEDIA_DIR: join(dir, 'media'), CMS_SEED: 'off', CMS_ENV: 'demo' });
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../../cms/src/payload.config.ts');
  const { REST_GET, REST_PATCH, REST_POST } = await import('@payloadcms/next/routes');
  const payload: Payload = await getPayload({ config });
  say('写入演示数据…');
  const { seedDemo } = await import('../../../cms/src/seed/demo.ts');
  await seedDemo(payload, () => undefined);
  const { growCatalog } = await import('./cms-scale.ts');
  await growCatalog(payload, items, say);
  const { demoUsers } = await import('../../../cms/src/seed/demoUsers.ts');

  const handlers = { GET: REST_GET(config) as Handler, PATCH: REST_PATCH(config) as Handler, POST: REST_POST(config) as Handler };
  const call = async (method: keyof typeof handlers, path: string, token?: string, body?: unknown) => {
    const url = new URL(`http://localhost/api${path}`);
    const headers = new Headers({ 'Content-Type': 'application/json' });
    if (token) headers.set('Authorization', `JWT ${token}`);
    const request = new Request(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const slug = url.pathname.replace(/^\/api\//, '').split('/');
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) });
    const json = await response.json();
    if (response.status >= 300) throw new Error(`${method} ${path}：${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
  const admin = demoUsers.find((user) => user.role === 'admin')!;
  const token = (await call('POST', '/users/login', undefined, { email: admin.email, password: admin.password })).token as string;
  const ids = (await payload.find({ collection: 'implementations', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs.map((doc) => doc.id);

  say(`${editors} 位编辑并发读取和保存…`);
  const reads: number[] = [];
  const saves: number[] = [];
  const timed = async (into: number[], work: () => Promise<unknown>) => {
    const begin = performance.now();
    await work();
    into.push(performance.now() - begin);
  };
  await Promise.all(
    Array.from({ length: editors }, async (_, editor) => {
      for (let round = 0; round < 10; round++) {
        const id = ids[(editor * 7 + round * 13) % ids.length]!;
        await timed(reads, () => call('GET', `/implementations/${id}?depth=1&draft=true`, token));
        if (round % 2 === 0) await timed(saves, () => call('PATCH', `/implementations/${id}?draft=true`, token, { conditions: `基准测试编辑 ${editor}-${round}` }));
      }
    }),
  );

  say('从 CMS 导出快照…');
  const { exportSnapshot } = await import('../../../cms/src/publish/exportSnapshot.ts');
  const begin = performance.now();
  const { meta } = await exportSnapshot(payload, join(dir, 'export'), { siteVersion: 'bench' });
  const exportMs = Math.round(performance.now() - begin);

  say('审定到上线（当前全量重建流程）…');
  const { publishSite } = await import('../publish-site.ts');
  const { realPublishSteps } = await import('../publish-steps.ts');
  const { releaseStore } = await import('../releases.ts');
  const report = await publishSite({ store: releaseStore(join(dir, 'site')), snapshotsDir: join(dir, 'snapshots'), steps: realPublishSteps(payload) });
  if (report.status === 'failed') throw new Error(`基准测试的发布失败：${report.error}`);
  const incremental = await incrementalApprovals(payload, join(dir, 'site'), join(dir, 'snapshots'), say);
  return {
    items: meta.counts.items,
    editors,
    read: latency(reads),
    save: latency(saves),
    exportMs,
    pipeline: { ms: Date.parse(report.finishedAt) - Date.parse(report.startedAt), steps: Object.fromEntries(report.steps.map((s) => [s.name, s.ms])) },
    incremental,
  };
}

/**
 * Approval to live from the CMS through the incremental path, `runs` times: each run a published
 * guide changes (what the workflow's final approval writes) and publishSite runs in incremental
 * mode with the warm renderer, the CMS export of the changes included.
 */
export async function incrementalApprovals(payload: Payload, siteRoot: string, snapshotsDir: string, say: (line: string) => void, runs = 10): Promise<NonNullable<CmsFigures['incremental']>> {
  say(`审定到上线（增量发布，${runs} 次）…`);
  const { publishSite } = await import('../publish-site.ts');
  const { realPublishSteps } = await import('../publish-steps.ts');
  const { currentRelease, releaseStore, sparesSettled } = await import('../releases.ts');
  const { pageRenderer } = await import('../incremental/renderer.ts');
  const store = releaseStore(siteRoot);
  const renderer = pageRenderer();
  try {
    await renderer.warm(join(snapshotsDir, (await currentRelease(store))!));
    const total = await payload.count({ collection: 'implementations', where: { _status: { equals: 'published' } }, overrideAccess: true });
    const ms: number[] = [];
    const steps = new Map<string, number[]>();
    for (let run = 0; run < runs; run += 1) {
      const page = Math.floor(((run + 0.5) * total.totalDocs) / runs) + 1;
      const [doc] = (await payload.find({ collection: 'implementations', where: { _status: { equals: 'published' } }, limit: 1, page, depth: 0, overrideAccess: true, sort: 'id' })).docs;
      await payload.update({ collection: 'implementations', id: doc!.id, data: { conditions: `基准测试审定的变更 ${run}` } as never, overrideAccess: true, draft: false });
      await sparesSettled(store);
      const report = await publishSite({ store, snapshotsDir, steps: realPublishSteps(payload, undefined, { renderer, adjustments: [] }), mode: 'incremental' });
      if (report.status === 'failed' || report.mode !== 'incremental') throw new Error(`增量发布未成功：${report.error ?? report.fallbackReason}`);
      ms.push(Date.parse(report.liveAt!) - Date.parse(report.startedAt));
      for (const step of report.steps) steps.set(step.name, [...(steps.get(step.name) ?? []), step.ms]);
      say(`  第 ${run + 1} 次：${ms.at(-1)} ms`);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    return { ms, medianMs: median(ms), steps: Object.fromEntries([...steps].map(([name, values]) => [name, median(values)])) };
  } finally {
    await renderer.stop();
  }
}
