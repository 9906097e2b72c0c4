import type { Payload } from 'payload';
import { setSitePublisher, type PublishRun, type SitePublisher } from '../../cms/src/jobs/publisher.ts';
import { publishSite, type PublishMode, type PublishSteps } from './publish-site.ts';
import type { ReleaseStore } from './releases.ts';

export interface PublisherOptions {
  store: ReleaseStore;
  snapshotsDir: string;
  /** The steps of one run; given the run's log so child-process output lands in the publication. */
  steps: (log: (line: string) => void, run: PublishRun) => PublishSteps;
  keep?: number;
  /** Build the site and the search index one after the other (see PublishOptions.sequential). */
  sequential?: boolean;
}

/** Requests that only bring approved changes live; anything else is a full rebuild. */
const incrementalTriggers = new Set(['approval', 'effective-date']);

/**
 * Approvals and effective dates are published incrementally; the schedule and 立即重新发布 are
 * full rebuilds, and so is every retry: a run that failed on the incremental path is not trusted
 * to succeed on it again.
 */
export function modeOf(run: Pick<PublishRun, 'triggers' | 'attempt'>): PublishMode {
  const onlyChanges = run.triggers.length > 0 && run.triggers.every((t) => incrementalTriggers.has(t));
  return onlyChanges && (run.attempt ?? 1) === 1 ? 'incremental' : 'full';
}

/** The pipeline of scripts/lib/publish-site.ts as the publisher the `publishSite` job calls. */
export function pipelinePublisher(options: PublisherOptions): SitePublisher {
  return (run) =>
    publishSite({ store: options.store, snapshotsDir: options.snapshotsDir, steps: options.steps(run.log, run), keep: options.keep, onProgress: run.log, mode: modeOf(run), sequential: options.sequential });
}

/** A run still marked as going after this long belonged to a worker that stopped mid-run. */
export const interruptedAfterMs = 30 * 60_000;

/**
 * A worker killed mid-run (deploy, crash, Ctrl+C) leaves its job marked as processing, which no
 * worker picks up again, and its publication marked as running. Both are released here: the job
 * runs again and the record says the run was interrupted.
 */
export async function recoverInterrupted(payload: Payload, now = new Date()): Promise<{ jobs: number; publications: number }> {
  const before = new Date(now.getTime() - interruptedAfterMs).toISOString();
  const jobs = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: before } }] },
    data: { processing: false },
    overrideAccess: true,
  });
  const publications = await payload.update({
    collection: 'publications',
    where: { and: [{ status: { equals: 'running' } }, { updatedAt: { less_than: before } }] },
    data: { status: 'failed', finishedAt: now.toISOString(), error: '发布进程在运行中停止（重启或崩溃），本次发布未完成；线上网站保持此前版本，发布任务会重新运行。' } as never,
    overrideAccess: true,
  });
  return { jobs: jobs.docs.length, publications: publications.docs.length };
}

export interface WorkerOptions {
  /** How long to wait between polls when the queue is empty. */
  intervalMs?: number;
  say?: (message: string) => void;
}

export interface PublishWorker {
  /** Runs every job that is due now, one at a time; resolves when none is left. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the publish jobs queued in the database by any process. Jobs are taken one at a time so
 * a run folds in every request that arrived while the previous one was building. The queue is
 * polled on a timer: nothing wakes a Payload worker when another process queues a job.
 */
export function startPublishWorker(payload: Payload, publisher: SitePublisher, options: WorkerOptions = {}): PublishWorker {
  setSitePublisher(publisher);
  const intervalMs = options.intervalMs ?? 3000;
  const say = options.say ?? ((message: string) => payload.logger.info(message));
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function drainOnce(): Promise<void> {
    const recovered = await recoverInterrupted(payload);
    if (recovered.jobs + recovered.publications > 0) say(`已恢复中断的发布：任务 ${recovered.jobs} 个，发布记录 ${recovered.publications} 条。`);
    for (;;) {
      const result = await payload.jobs.run({ limit: 1, silent: true });
      if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0) return;
    }
  }

  const drain = (): Promise<void> => {
    running = running.then(drainOnce).catch((error: unknown) => {
      say(`发布队列处理出错：${error instanceof Error ? error.message : String(error)}`);
    });
    return running;
  };

  const tick = async () => {
    if (stopped) return;
    await drain();
    if (!stopped) timer = setTimeout(tick, intervalMs);
  };
  timer = setTimeout(tick, 0);

  return {
    drain,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      setSitePublisher(undefined);
    },
  };
}
