import { resolve } from 'node:path';
import { beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';
import type { Payload } from 'payload';
import { pipelinePublisher, startPublishWorker, type PublishWorker } from './publish-queue.ts';
import { realPublishSteps, repoRoot } from './publish-steps.ts';
import { existsSync } from 'node:fs';
import { pageRenderer, type PageRenderer } from './incremental/renderer.ts';
import { currentRelease, releaseStore, type ReleaseStore } from './releases.ts';
import { remoteReleasesFromEnv } from './release-store/config.ts';
import { purgeHookFromEnv } from './release-store/purge.ts';
import { scheduleLease } from './schedule-lease.ts';
import { defaultPublishCron, defaultPublishTimezone, parsePublishCron, startPublishSchedule, type PublishSchedule } from './schedule.ts';

/** Where releases, the live link and snapshots are kept (SITE_DATA_DIR, default data/site). */
export function siteRootFromEnv(): string {
  return resolve(repoRoot, process.env.SITE_DATA_DIR ?? 'data/site');
}

/** The release store of this deployment: the local folder, plus object storage (RELEASE_STORE) and the purge hook when configured. */
export function siteStore(siteRoot = siteRootFromEnv()): ReleaseStore {
  const local = releaseStore(siteRoot);
  return releaseStore(siteRoot, { remote: remoteReleasesFromEnv(local.releasesDir), purge: purgeHookFromEnv() });
}

/** The publisher of this process, with its warm renderer for incremental runs (stop it on shutdown). */
export function realPublisher(payload: Payload, siteRoot = siteRootFromEnv(), renderer?: PageRenderer) {
  return pipelinePublisher({
    store: siteStore(siteRoot),
    snapshotsDir: resolve(siteRoot, 'snapshots'),
    steps: (log, run) => realPublishSteps(payload, log, { renderer, adjustments: run.adjustments }),
    // PUBLISH_SEQUENTIAL=1: build the site and then the search index, for hosts short of memory.
    sequential: process.env.PUBLISH_SEQUENTIAL === '1',
  });
}

/** Starts the renderer on the live release's snapshot, so the first approval finds it warm. */
async function warmRenderer(renderer: PageRenderer, siteRoot: string, say: (message: string) => void): Promise<void> {
  const live = await currentRelease(releaseStore(siteRoot));
  if (!live) return;
  const snapshot = resolve(siteRoot, 'snapshots', live);
  if (!existsSync(resolve(snapshot, 'settings.json'))) return;
  await renderer.warm(snapshot).catch((error: unknown) => say(`增量渲染进程未能启动（发布将使用全量构建）：${error instanceof Error ? error.message : String(error)}`));
}

export interface Publishing {
  worker: PublishWorker;
  schedule: PublishSchedule;
  stop(): Promise<void>;
}

/**
 * The worker that runs queued publications plus the schedule that queues them, configured by
 * PUBLISH_CRON, PUBLISH_TIMEZONE and PUBLISH_POLL_MS. Used by `npm start` and `npm run publish:worker`.
 */
export function startPublishing(payload: Payload, say: (message: string) => void, siteRoot = siteRootFromEnv(), options: { onLeaseLost?: () => void } = {}): Publishing {
  const cron = process.env.PUBLISH_CRON || defaultPublishCron;
  const timezone = process.env.PUBLISH_TIMEZONE || defaultPublishTimezone;
  parsePublishCron(cron, timezone);
  const renderer = pageRenderer({ onLine: (line) => payload.logger.debug(line) });
  void warmRenderer(renderer, siteRoot, say);
  const worker = startPublishWorker(payload, realPublisher(payload, siteRoot, renderer), { intervalMs: Number(process.env.PUBLISH_POLL_MS ?? 3000), say, store: releaseStore(siteRoot), onLeaseLost: options.onLeaseLost });
  // Every worker keeps a schedule, but only the holder of its lease acts on a tick: one nightly
  // job, one effective-date check at a time, and a successor when that worker is gone.
  const schedule = startPublishSchedule(payload, { cron, timezone, exclusive: scheduleLease(payload) });
  const next = schedule.nextRebuild();
  // Beijing time as everywhere else; a deployment scheduled in another zone reads it in that zone.
  const when = next === undefined || next === null ? '无' : timezone === 'Asia/Shanghai' ? `${beijingDateTime(next)}（北京时间）` : next.toLocaleString('zh-CN', { timeZone: timezone });
  say(`发布队列已启动；下次定时全量发布：${when}（${cron}，${timezone}）。`);
  return {
    worker,
    schedule,
    async stop() {
      schedule.stop();
      await worker.stop();
      await renderer.stop();
    },
  };
}
