import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type TaskConfig, type Where } from 'payload';
import { publishTriggers, sitePublisher, type PublishOutcome, type PublishTrigger } from './publisher.ts';

export const publishTaskSlug = 'publishSite';

export interface PublishJobInput {
  trigger?: PublishTrigger;
  /** Set when several requests were folded into this job. */
  triggers?: PublishTrigger[];
  adjustments?: (string | number)[];
}

const logLines = 60;

/** Retries with exponential back-off; PUBLISH_RETRY_DELAY_MS lets tests wait milliseconds, not minutes. */
function retryConfig() {
  const attempts = Number(process.env.PUBLISH_RETRIES ?? 3);
  const delay = Number(process.env.PUBLISH_RETRY_DELAY_MS ?? 30_000);
  return { attempts, backoff: { type: 'exponential' as const, delay } };
}

function triggersOf(input: PublishJobInput | undefined): PublishTrigger[] {
  const all = [...(input?.triggers ?? []), ...(input?.trigger ? [input.trigger] : [])];
  return all.filter((t) => (publishTriggers as readonly string[]).includes(t));
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];

/**
 * Every other publish request still waiting in the queue is folded into this run: one build
 * publishes all of them. Their jobs are deleted and their triggers and adjustments merged into
 * this job's input, so a retry of this job still carries them.
 */
async function foldWaitingJobs(payload: Payload, jobId: string | number, input: PublishJobInput): Promise<PublishJobInput> {
  const where: Where = {
    and: [
      { taskSlug: { equals: publishTaskSlug } },
      { id: { not_equals: jobId } },
      { completedAt: { exists: false } },
      { processing: { equals: false } },
    ],
  };
  const waiting = await payload.find({ collection: 'payload-jobs', where, limit: 1000, depth: 0, overrideAccess: true, pagination: false });
  if (waiting.docs.length === 0) return input;
  const inputs = [input, ...waiting.docs.map((job) => (job.input ?? {}) as PublishJobInput)];
  const merged: PublishJobInput = {
    triggers: unique(inputs.flatMap(triggersOf)),
    adjustments: unique(inputs.flatMap((i) => (i.adjustments ?? []).map(String))),
  };
  // One transaction: a worker killed between the two writes must not have deleted requests that
  // its own job does not carry yet (they would be lost; the take-over re-runs only this job).
  const req = await createLocalReq({}, payload);
  const shouldCommit = await initTransaction(req);
  try {
    await payload.update({ collection: 'payload-jobs', id: jobId, data: { input: { ...merged } }, overrideAccess: true, req });
    await payload.delete({ collection: 'payload-jobs', where: { id: { in: waiting.docs.map((job) => job.id) } }, overrideAccess: true, req });
    if (shouldCommit) await commitTransaction(req);
  } catch (error) {
    await killTransaction(req);
    throw error;
  }
  return merged;
}

/** Adjustment ids that still exist: a publication must not fail because one was deleted meanwhile. */
export async function existingAdjustments(payload: Payload, ids: string[]): Promise<(string | number)[]> {
  if (ids.length === 0) return [];
  const found = await payload.find({ collection: 'adjustments', where: { id: { in: ids } }, limit: ids.length, depth: 0, overrideAccess: true, pagination: false });
  return found.docs.map((doc) => doc.id);
}

function modeLine(outcome: PublishOutcome): string {
  if (outcome.mode === 'incremental') return '模式：增量发布（只导出和渲染变更的事项及其相关页面）';
  if (outcome.fallbackReason) return `模式：全量发布（增量发布不适用：${outcome.fallbackReason}）`;
  return '模式：全量发布';
}

function publicationData(outcome: PublishOutcome, log: string[]) {
  const started = Date.parse(outcome.startedAt);
  const finished = Date.parse(outcome.finishedAt);
  return {
    status: outcome.status,
    startedAt: outcome.startedAt,
    finishedAt: outcome.finishedAt,
    durationMs: Number.isFinite(finished - started) ? finished - started : undefined,
    steps: outcome.steps.map((s) => ({ name: s.name, label: s.label, ms: s.ms })),
    items: outcome.items,
    pagesChanged: outcome.pages,
    siteVersion: outcome.status === 'succeeded' ? outcome.version : undefined,
    previousVersion: outcome.previousVersion,
    error: outcome.error,
    // The mode heads the log: the tail below may be all build output.
    log: [modeLine(outcome), ...log.slice(-logLines)].join('\n'),
  };
}

/**
 * 发布网站: one run of the publishing pipeline, recorded as a `publications` document. A failed
 * run leaves the live site as it was (the publisher guarantees that), is recorded as failed and
 * then thrown, so Payload retries the job with back-off.
 */
export const publishSiteTask: TaskConfig<any> = {
  slug: publishTaskSlug,
  label: '发布网站',
  retries: retryConfig(),
  inputSchema: [
    { name: 'trigger', type: 'select', options: [...publishTriggers] },
    { name: 'triggers', type: 'select', hasMany: true, options: [...publishTriggers] },
    { name: 'adjustments', type: 'json' },
  ],
  outputSchema: [
    { name: 'publication', type: 'text' },
    { name: 'siteVersion', type: 'text' },
  ],
  handler: async ({ input, job, req }) => {
    const { payload } = req;
    const publisher = sitePublisher();
    if (!publisher) throw new Error('此进程没有配置网站发布程序：请运行 npm start 或 npm run publish:worker 处理发布队列。');
    const merged = await foldWaitingJobs(payload, job.id, (input ?? {}) as PublishJobInput);
    const triggers = triggersOf(merged);
    const adjustments = await existingAdjustments(payload, unique((merged.adjustments ?? []).map(String)));
    const attempt = (job.totalTried ?? 0) + 1;
    const log: string[] = [];
    const record = await payload.create({
      collection: 'publications',
      overrideAccess: true,
      data: { triggers: triggers.length > 0 ? triggers : ['manual'], adjustments, attempt, status: 'running', startedAt: new Date().toISOString() } as any,
    });
    let outcome: PublishOutcome;
    try {
      outcome = await publisher({ triggers, adjustments: adjustments.map(String), attempt, log: (line) => log.push(line) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const now = new Date().toISOString();
      outcome = { version: '', status: 'failed', startedAt: String(record.startedAt ?? now), finishedAt: now, steps: [], error: message };
    }
    await payload.update({ collection: 'publications', id: record.id, overrideAccess: true, data: publicationData(outcome, log) as any });
    if (outcome.status === 'failed') {
      payload.logger.error(`网站发布失败（第 ${attempt} 次尝试，发布记录 ${record.id}）：${outcome.error}`);
      throw new Error(`网站发布失败：${outcome.error}`);
    }
    return { output: { publication: String(record.id), siteVersion: outcome.version } };
  },
};
