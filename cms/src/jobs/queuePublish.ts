import type { Payload } from 'payload';
import type { PublishTrigger } from './publisher.ts';
import { publishTaskSlug, type PublishJobInput } from './publishSiteTask.ts';

/** Queues a publication; the worker folds every request waiting at pick-up into one run. */
export async function queuePublish(payload: Payload, trigger: PublishTrigger, adjustments: (string | number)[] = []): Promise<string | number> {
  const queue = payload.jobs.queue as (args: { task: string; input: PublishJobInput }) => Promise<{ id: string | number }>;
  const job = await queue({ task: publishTaskSlug, input: { trigger, adjustments: adjustments.map(String) } });
  return job.id;
}
