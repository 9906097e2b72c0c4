/**
 * The site publisher is registered at run time by the process that runs the publish worker
 * (`npm start` or `npm run publish:worker`): it builds with Astro and Pagefind, which the
 * Next.js server neither bundles nor runs. A process without one only queues publish jobs.
 */
export const publishTriggers = ['approval', 'schedule', 'manual', 'effective-date', 'consultation'] as const;
export type PublishTrigger = (typeof publishTriggers)[number];

export const triggerLabels: Record<PublishTrigger, string> = {
  approval: '审定通过',
  schedule: '定时全量发布',
  manual: '手动重新发布',
  'effective-date': '调整生效',
  consultation: '征求意见开始',
};

export interface PublishStepOutcome {
  name: string;
  label: string;
  ms: number;
}

/** What one run of the pipeline reports (structurally the PublicationReport of scripts/lib/publish-site.ts). */
export interface PublishOutcome {
  version: string;
  status: 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string;
  steps: PublishStepOutcome[];
  previousVersion?: string;
  error?: string;
  items?: number;
  pages?: number;
  mode?: 'full' | 'incremental';
  fallbackReason?: string;
}

export interface PublishRun {
  triggers: PublishTrigger[];
  adjustments: string[];
  /** 1 for the first run of a job, then 2, 3 … for its retries. */
  attempt?: number;
  /** Lines for the publication's log. */
  log: (line: string) => void;
}

export type SitePublisher = (run: PublishRun) => Promise<PublishOutcome>;

// On globalThis: the worker and Payload's config may load this module through different loaders.
const key = Symbol.for('catalog.sitePublisher');
type Registry = { [key]?: SitePublisher };

export function setSitePublisher(publisher: SitePublisher | undefined): void {
  (globalThis as Registry)[key] = publisher;
}

export function sitePublisher(): SitePublisher | undefined {
  return (globalThis as Registry)[key];
}
