import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Payload } from 'payload';
import { releaseLease, renewLease, takeLease } from '../../cms/src/jobs/lease/lease.ts';
import { setSitePublisher, type PublishRun, type SitePublisher } from '../../cms/src/jobs/publisher.ts';
import { publishSite, type PublishMode, type PublishSteps } from './publish-site.ts';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { currentRelease, listReleases, newVersionName, type ReleaseStore } from './releases.ts';

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

/** The lease that makes one process at a time run the publish queue (see startPublishWorker). */
export const publishLeaseName = 'publish-queue';

/**
 * PUBLISH_LEASE_TTL_MS (20 s): how long a worker's hold on the queue lasts without renewal, i.e.
 * how soon another worker takes over from one that was killed or hangs. It is renewed every quarter
 * of it, so it must exceed the longest pause of a healthy worker (database stalls, GC).
 */
export function publishLeaseTtlMs(): number {
  const value = Number(process.env.PUBLISH_LEASE_TTL_MS ?? 20_000);
  return Number.isFinite(value) && value >= 1000 ? value : 20_000;
}

/** Names this process in the lease (and the log): host, pid and a random part for a restarted pid. */
export function workerIdentity(): string {
  return `${hostname()}#${process.pid}#${randomUUID().slice(0, 8)}`;
}

const interruptedMessage = '发布进程在运行中停止（重启或崩溃），本次发布未完成；线上网站保持此前版本，发布任务会重新运行。';

/**
 * A worker killed mid-run (deploy, crash, Ctrl+C) leaves its job marked as processing, which no
 * worker picks up again, and its publication marked as running. Called only by the holder of the
 * publish lease, right after taking it: every job runs under that lease, so whatever is still
 * marked as running belonged to a holder that is gone. The job runs again and the record says the
 * run was interrupted.
 */
export async function recoverInterrupted(payload: Payload, now = new Date()): Promise<{ jobs: number; publications: number; since?: Date }> {
  const jobs = await payload.update({
    collection: 'payload-jobs',
    where: { processing: { equals: true } },
    data: { processing: false },
    overrideAccess: true,
  });
  const publications = await payload.update({
    collection: 'publications',
    where: { status: { equals: 'running' } },
    data: { status: 'failed', finishedAt: now.toISOString(), error: interruptedMessage } as never,
    overrideAccess: true,
  });
  const starts = publications.docs.map((doc) => Date.parse(String((doc as { startedAt?: string }).startedAt ?? doc.createdAt))).filter(Number.isFinite);
  const result: { jobs: number; publications: number; since?: Date } = { jobs: jobs.docs.length, publications: publications.docs.length };
  if (starts.length > 0) result.since = new Date(Math.min(...starts));
  return result;
}

/**
 * The release folder an interrupted run was building is not a release: left in place it would be
 * listed, kept by the pruning and offered by `--rollback`. Under the lease no other run builds, so
 * every release named after the interrupted run started (names are start times) that is not live
 * is its leftover. Releases from before it — including newer ones than live after a rollback — stay.
 */
export async function discardUnfinishedReleases(store: ReleaseStore, since: Date): Promise<string[]> {
  const live = await currentRelease(store);
  const first = newVersionName(since);
  const discarded: string[] = [];
  for (const name of await listReleases(store)) {
    if (name === live || name < first) continue;
    await rm(join(store.releasesDir, name), { recursive: true, force: true });
    discarded.push(name);
  }
  return discarded;
}

export interface WorkerOptions {
  /** How long to wait between polls when the queue is empty. */
  intervalMs?: number;
  say?: (message: string) => void;
  /** This process in the lease; default host#pid#random. */
  identity?: string;
  /** Default publishLeaseTtlMs(). */
  leaseTtlMs?: number;
  /** The release store the publisher writes, cleaned of an interrupted run's half-built release. */
  store?: ReleaseStore;
  /**
   * Called when a renewal finds the lease taken over (this process stalled past its expiry and
   * another took the queue). The worker stops taking jobs either way; `npm run publish:worker`
   * exits here, so a run still building cannot switch the live site after its successor.
   */
  onLeaseLost?: () => void;
}

export interface LeaseOptions {
  identity: string;
  /** The release store, to remove what an interrupted run left half-built. */
  store?: ReleaseStore;
  ttlMs: number;
  say: (message: string) => void;
  onLeaseLost?: () => void;
}

/**
 * Runs `work` holding the publish lease, renewed every quarter of its time to live; false without
 * running it while another process holds the lease. First frees what a dead holder left running.
 * `work` is told when the lease was lost, so it takes no further job.
 */
export async function underPublishLease(payload: Payload, options: LeaseOptions, work: (lost: () => boolean) => Promise<void>): Promise<boolean> {
  const { identity, ttlMs, say } = options;
  const lease = await takeLease(payload, publishLeaseName, identity, ttlMs);
  if (!lease) return false;
  if (lease.tookOverFrom) say(`已接管发布队列：原处理进程 ${lease.tookOverFrom.holder} 已停止续约。`);
  let lost = false;
  let renewing: Promise<unknown> = Promise.resolve();
  const heartbeat = setInterval(() => {
    renewing = renewLease(payload, publishLeaseName, identity, lease.token, ttlMs).then(
      (held) => {
        if (held || lost) return;
        lost = true;
        say('发布队列的租约已被其他发布进程接管（本进程停顿超过租约时长），本进程停止处理发布。');
        options.onLeaseLost?.();
      },
      (error: unknown) => say(`发布队列租约续约失败，稍后重试：${error instanceof Error ? error.message : String(error)}`),
    );
  }, Math.max(250, Math.floor(ttlMs / 4)));
  try {
    const recovered = await recoverInterrupted(payload);
    if (recovered.jobs + recovered.publications > 0) say(`已恢复中断的发布：任务 ${recovered.jobs} 个，发布记录 ${recovered.publications} 条。`);
    if (recovered.since && options.store) {
      const discarded = await discardUnfinishedReleases(options.store, recovered.since);
      if (discarded.length > 0) say(`已删除中断的发布未完成的版本目录：${discarded.join('、')}`);
    }
    await work(() => lost);
  } finally {
    clearInterval(heartbeat);
    await renewing;
    if (!lost) await releaseLease(payload, publishLeaseName, identity, lease.token);
  }
  return true;
}

export interface PublishWorker {
  /** Runs every job that is due now, one at a time; resolves when none is left. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the publish jobs queued in the database by any process. Several workers may run against one
 * database (two hosts, `npm start` beside `npm run publish:worker`): only the holder of the
 * `publish-queue` lease runs jobs, renewing it while it works and giving it up when the queue is
 * empty. Payload's job claim is not atomic across processes on PostgreSQL (it reads the waiting
 * jobs, then updates them by id without re-checking), and two builds would race for the live
 * link; under the lease neither can happen. A worker that dies holding the lease loses it when it
 * expires (PUBLISH_LEASE_TTL_MS), and the next worker to poll takes over and re-runs its job.
 *
 * Jobs are taken one at a time so a run folds in every request that arrived while the previous one
 * was building. The queue is polled on a timer: nothing wakes a Payload worker when another process
 * queues a job.
 */
export function startPublishWorker(payload: Payload, publisher: SitePublisher, options: WorkerOptions = {}): PublishWorker {
  setSitePublisher(publisher);
  const intervalMs = options.intervalMs ?? 3000;
  const say = options.say ?? ((message: string) => payload.logger.info(message));
  const identity = options.identity ?? workerIdentity();
  const ttlMs = options.leaseTtlMs ?? publishLeaseTtlMs();
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  async function drainOnce(): Promise<void> {
    const queued = await payload.count({ collection: 'payload-jobs', where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] }, overrideAccess: true });
    if (queued.totalDocs === 0) return;
    await underPublishLease(payload, { identity, ttlMs, say, store: options.store, onLeaseLost: options.onLeaseLost }, async (lost) => {
      while (!lost() && !stopped) {
        const result = await payload.jobs.run({ limit: 1, silent: true });
        if (result.noJobsRemaining || Object.keys(result.jobStatus ?? {}).length === 0) break;
      }
    });
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
