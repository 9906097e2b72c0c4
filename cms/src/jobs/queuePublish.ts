import type { Payload, PayloadRequest } from 'payload';
import type { PublishTrigger } from './publisher.ts';
import { publishTaskSlug, type PublishJobInput } from './publishSiteTask.ts';

/**
 * Queues a publication; the worker folds every request waiting at pick-up into one run. Given
 * the request of a workflow decision, the job is written in its transaction: it exists only if
 * the approval is committed.
 */
export async function queuePublish(payload: Payload, trigger: PublishTrigger, adjustments: (string | number)[] = [], req?: PayloadRequest): Promise<string | number> {
  const queue = payload.jobs.queue as (args: { task: string; input: PublishJobInput; req?: PayloadRequest }) => Promise<{ id: string | number }>;
  const job = await queue({ task: publishTaskSlug, input: { trigger, adjustments: adjustments.map(String) }, req });
  return job.id;
}
