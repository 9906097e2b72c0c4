import type { JobsConfig } from 'payload';
import { notifyOverdueTask } from './notifyOverdueTask.ts';
import { publishSiteTask } from './publishSiteTask.ts';

/**
 * Jobs are queued by any process (the CMS server on approval, the scheduler, the republish
 * endpoint) and persisted in the database; the publish worker runs them (scripts/lib/publish-queue.ts),
 * and the hourly 超期提醒 beside them.
 */
export const jobs: JobsConfig = {
  tasks: [publishSiteTask, notifyOverdueTask],
  // Publications are the lasting record; finished jobs would only grow the jobs table.
  deleteJobOnComplete: true,
};

export { publishSiteTask, publishTaskSlug, type PublishJobInput } from './publishSiteTask.ts';
export { setSitePublisher, sitePublisher, triggerLabels, type PublishOutcome, type PublishRun, type PublishTrigger, type SitePublisher } from './publisher.ts';
export { queuePublish } from './queuePublish.ts';
export { notifyOverdueTask, notifyOverdueTaskSlug, queueOverdueCheck } from './notifyOverdueTask.ts';
