import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Payload } from 'payload';
import type { RunnerTask } from 'vitest';
import { basicCode, creditCode, seedFixture, type Fixture, type Id } from '../cms/support/fixture.ts';
import { removeUnlessFailed } from '../support/temp-dir.ts';
import type { PublishRun } from '../../cms/src/jobs/publisher.ts';
import { pageRenderer } from '../../scripts/lib/incremental/renderer.ts';
import { pipelinePublisher, startPublishWorker, type PublishWorker } from '../../scripts/lib/publish-queue.ts';
import type { PublishSteps } from '../../scripts/lib/publish-site.ts';
import { realPublishSteps } from '../../scripts/lib/publish-steps.ts';
import { releaseStore, sparesSettled, type ReleaseStore } from '../../scripts/lib/releases.ts';
import { createStaticServer } from '../../scripts/lib/static-server.ts';

/** Steps a test can make fail: the full path's, and the incremental path's export, render and search. */
export type FailingStep = Exclude<keyof PublishSteps, 'incremental'> | 'exportChanges' | 'render' | 'indexSearchChanges';

export interface PublishWorld {
  payload: Payload;
  fixture: Fixture;
  store: ReleaseStore;
  worker: PublishWorker;
  origin: string;
  /** The next run's step of this name throws (once per call to failNext). */
  failNext(step: FailingStep): void;
  /** Stops the worker, the renderer and the server, then removes the release folder unless `task` (the tests that used it) failed. */
  close(task: Readonly<RunnerTask>): Promise<void>;
}

/**
 * The CMS (fixture catalog on SQLite), the real pipeline writing releases into a temp folder,
 * a worker drained by the test (its own poll timer is an hour), and the static server over `live`.
 */
export async function startPublishWorld(port: number): Promise<PublishWorld> {
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config.ts');
  const payload = await getPayload({ config });
  const fixture = await seedFixture(payload);
  const root = await mkdtemp(join(tmpdir(), 'publish-world-'));
  const store = releaseStore(join(root, 'site'));
  let failing: FailingStep | undefined;
  const renderer = pageRenderer();
  const steps = (log: (line: string) => void, run: PublishRun): PublishSteps => {
    const real = realPublishSteps(payload, log, { renderer, adjustments: run.adjustments });
    const fail = failing;
    failing = undefined;
    const check = (name: FailingStep) => {
      if (name === fail) throw new Error(`注入的故障：${name}`);
    };
    const incremental = real.incremental!;
    return {
      exportSnapshot: async (...args) => (check('exportSnapshot'), real.exportSnapshot(...args)),
      buildSite: async (...args) => (check('buildSite'), real.buildSite(...args)),
      indexSearch: async (...args) => (check('indexSearch'), real.indexSearch(...args)),
      incremental: {
        async exportChanges(...args) {
          check('exportChanges');
          const exported = await incremental.exportChanges(...args);
          if (!exported.ok) return exported;
          return { ...exported, render: async (...renderArgs) => (check('render'), exported.render(...renderArgs)) };
        },
        indexSearchChanges: async (...args) => (check('indexSearchChanges'), incremental.indexSearchChanges(...args)),
      },
    };
  };
  const worker = startPublishWorker(payload, pipelinePublisher({ store, snapshotsDir: join(root, 'snapshots'), steps }), { intervalMs: 3_600_000, say: () => undefined });
  const server: Server = createStaticServer(() => store.livePath);
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    payload,
    fixture,
    store,
    worker,
    origin: `http://127.0.0.1:${port}`,
    failNext: (step) => {
      failing = step;
    },
    async close(task) {
      await worker.stop();
      // Spares are linked and old releases removed in the background: the folder goes after them.
      await sparesSettled(store);
      await renderer.stop();
      await new Promise((done) => server.close(done));
      removeUnlessFailed(root, task);
    },
  };
}

/** A new item and guide written as the system: published (what an approval does) or as drafts awaiting one. */
export async function publishNewGuide(world: PublishWorld, serial: number, name: string, status: 'published' | 'draft' = 'published'): Promise<{ code: string; item: Id; implementation: Id }> {
  const { payload, fixture } = world;
  const draft = status === 'draft';
  const item = await payload.create({
    collection: 'catalog-items',
    draft,
    data: {
      name,
      basicCode: basicCode('20', serial),
      itemType: '20',
      category: 'social-security',
      unit: fixture.units.a,
      legalBasis: [{ instrument: '《中华人民共和国社会保险法》', article: '第八条' }],
      _status: status,
    } as never,
  });
  const code = `${creditCode('11', 1)}3${basicCode('20', serial)}`;
  const implementation = await payload.create({
    collection: 'implementations',
    draft,
    data: { catalogItem: item.id, unit: fixture.units.a, region: fixture.region, level: '3', implementationCode: code, conditions: '本市户籍居民', _status: status } as never,
  });
  return { code, item: item.id, implementation: implementation.id };
}

export async function publications(payload: Payload) {
  const found = await payload.find({ collection: 'publications', sort: 'createdAt', limit: 100, overrideAccess: true, depth: 0 });
  return found.docs as unknown as { id: Id; triggers: string[]; adjustments?: Id[]; status: string; attempt?: number; siteVersion?: string; error?: string; steps?: { name: string }[]; items?: number; pagesChanged?: number; log?: string }[];
}

export async function queuedJobs(payload: Payload) {
  return (await payload.find({ collection: 'payload-jobs', limit: 100, overrideAccess: true, depth: 0 })).docs;
}

export async function fetchText(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url);
  return { status: response.status, text: await response.text() };
}
