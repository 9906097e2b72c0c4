import { Cron } from 'croner';
import type { Payload } from 'payload';
import { queueOverdueCheck } from '../../cms/src/jobs/notifyOverdueTask.ts';
import { existingAdjustments } from '../../cms/src/jobs/publishSiteTask.ts';
import { queuePublish } from '../../cms/src/jobs/queuePublish.ts';
import type { PublishTrigger } from '../../cms/src/jobs/publisher.ts';

export const defaultPublishCron = '0 2 * * *';
export const defaultPublishTimezone = 'Asia/Shanghai';
/** 超期提醒: on the hour. */
export const overdueCheckCron = '0 * * * *';

type Id = string | number;
type DueResult = { published: Id[]; failed: { id: Id; error: string }[] };
export type PublishDue = (payload: Payload, now: Date) => Promise<DueResult>;

/** The workflow's `publishDueAdjustments`; undefined while the workflow module is not there. */
export async function loadPublishDue(): Promise<PublishDue | undefined> {
  try {
    // A computed URL: the module may not exist yet, and the type checker must not require it.
    const workflow = (await import(new URL('../../cms/src/workflow/index.ts', import.meta.url).href)) as { publishDueAdjustments?: PublishDue };
    return workflow.publishDueAdjustments;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/** A failure outside a publish run still becomes a failed publication an administrator sees. */
export async function recordScheduleFailure(payload: Payload, trigger: PublishTrigger, message: string, adjustments: Id[] = []): Promise<void> {
  payload.logger.error(message);
  const now = new Date().toISOString();
  await existingAdjustments(payload, adjustments.map(String))
    .then((known) =>
      payload.create({ collection: 'publications', overrideAccess: true, data: { triggers: [trigger], adjustments: known, status: 'failed', startedAt: now, finishedAt: now, error: message } as never }),
    )
    .catch((error: unknown) => payload.logger.error(`无法写入失败的发布记录：${error instanceof Error ? error.message : String(error)}`));
}

/**
 * Puts due adjustments into force and queues one publication for them. Adjustments that failed
 * to publish are recorded as a failed publication naming them.
 */
export async function publishDueAndQueue(payload: Payload, publishDue: PublishDue, now = new Date()): Promise<DueResult> {
  const result = await publishDue(payload, now);
  if (result.published.length > 0) await queuePublish(payload, 'effective-date', result.published);
  if (result.failed.length > 0) {
    const detail = result.failed.map((f) => `调整 ${f.id}：${f.error}`).join('；');
    await recordScheduleFailure(payload, 'effective-date', `到期调整未能生效：${detail}`, result.failed.map((f) => f.id));
  }
  return result;
}

export interface ScheduleOptions {
  /** Cron expression of the full rebuild (PUBLISH_CRON); default nightly at 02:00. */
  cron?: string;
  timezone?: string;
  /** How often effective dates are checked. */
  effectiveDateIntervalMs?: number;
  publishDue?: PublishDue;
  /**
   * Whether this process acts on a tick (default: always). With several workers, one of them at a
   * time does (see schedule-lease.ts): the effective-date check is not safe to run twice at once.
   */
  exclusive?: () => Promise<boolean>;
}

export interface PublishSchedule {
  nextRebuild(): Date | null;
  stop(): void;
}

/** Validates PUBLISH_CRON up front so a typo stops the start, not the 2 a.m. rebuild. */
export function parsePublishCron(expression: string, timezone: string): Cron {
  try {
    return new Cron(expression, { timezone, paused: true });
  } catch (error) {
    throw new Error(
      `环境变量 PUBLISH_CRON 的值“${expression}”不是有效的 cron 表达式（${error instanceof Error ? error.message : String(error)}）。可接受五段式，如 ${defaultPublishCron}（每天 2 点）。`,
    );
  }
}

/**
 * The full rebuild on a cron expression, the minute-by-minute effective-date check and the hourly
 * 超期提醒 job. None overlaps itself; every publishing failure becomes a failed publication record
 * and a log line.
 */
export function startPublishSchedule(payload: Payload, options: ScheduleOptions = {}): PublishSchedule {
  const timezone = options.timezone ?? defaultPublishTimezone;
  const expression = options.cron ?? defaultPublishCron;
  parsePublishCron(expression, timezone);
  const mine = async () => (options.exclusive ? options.exclusive().catch(() => false) : true);
  const rebuild = new Cron(expression, { timezone, protect: true }, async () => {
    if (!(await mine())) return;
    try {
      await queuePublish(payload, 'schedule');
    } catch (error) {
      await recordScheduleFailure(payload, 'schedule', `定时全量发布未能加入队列：${error instanceof Error ? error.message : String(error)}`);
    }
  });
  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      if (!(await mine())) return;
      const publishDue = options.publishDue ?? (await loadPublishDue());
      if (publishDue) await publishDueAndQueue(payload, publishDue);
    } catch (error) {
      await recordScheduleFailure(payload, 'effective-date', `检查到期调整失败：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(check, options.effectiveDateIntervalMs ?? 60_000);
  const overdue = new Cron(overdueCheckCron, { timezone, protect: true }, async () => {
    if (!(await mine())) return;
    await queueOverdueCheck(payload).catch((error: unknown) => payload.logger.error(`超期提醒未能加入队列：${error instanceof Error ? error.message : String(error)}`));
  });
  return {
    nextRebuild: () => rebuild.nextRun(),
    stop() {
      rebuild.stop();
      overdue.stop();
      clearInterval(timer);
    },
  };
}
