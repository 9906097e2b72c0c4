import type { Payload, TaskConfig } from 'payload';
import { workflowNow } from '../workflow/clock.ts';
import { notifyOverdue } from '../workflow/overdue.ts';

export const notifyOverdueTaskSlug = 'notifyOverdue';

/** 超期提醒 as a job: the schedule queues it hourly, the publish worker runs it. */
export const notifyOverdueTask: TaskConfig<any> = {
  slug: notifyOverdueTaskSlug,
  label: '超期提醒',
  // Safe to repeat: each notice is written once per stage entry and user.
  retries: 2,
  outputSchema: [{ name: 'notices', type: 'number' }],
  handler: async ({ req }) => ({ output: { notices: await notifyOverdue(req.payload, workflowNow()) } }),
};

/** Queues the check unless one is already waiting (a busy worker must not pile them up). */
export async function queueOverdueCheck(payload: Payload): Promise<void> {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: notifyOverdueTaskSlug } }, { completedAt: { exists: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  });
  if (waiting.docs.length > 0) return;
  const queue = payload.jobs.queue as (args: { task: string; input: Record<string, never> }) => Promise<unknown>;
  await queue({ task: notifyOverdueTaskSlug, input: {} });
}
