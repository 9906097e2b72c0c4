import type { Payload } from 'payload';
import type { PublishTrigger } from './publisher.ts';
import { publishTaskSlug } from './publishSiteTask.ts';

/** Queues a publication; the worker folds every request waiting at pick-up into one run. */
export async function queuePublish(payload: Payload, trigger: PublishTrigger, adjustments: (string | number)[] = []): Promise<string | number> {
  const job = await payload.jobs.queue({ task: publishTaskSlug as never, input: { trigger, adjustments: adjustments.map(String) } as never });
  return job.id;
}
