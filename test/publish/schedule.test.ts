import { beforeAll, describe, expect, it } from 'vitest';
import type { Payload } from 'payload';
import { parsePublishCron, publishDueAndQueue, recordScheduleFailure, startPublishSchedule } from '../../scripts/lib/schedule.ts';
import { queuedJobs } from './support.ts';

describe('the publishing schedule', () => {
  let payload: Payload;

  beforeAll(async () => {
    const { getPayload } = await import('payload');
    const { default: config } = await import('../../cms/src/payload.config.ts');
    payload = await getPayload({ config });
  });

  it('rebuilds nightly at 2:00 Beijing time by default', () => {
    const schedule = startPublishSchedule(payload, { publishDue: async () => ({ published: [], failed: [] }) });
    try {
      const next = schedule.nextRebuild()!;
      expect(next.getUTCHours()).toBe(18);
      expect(next.getUTCMinutes()).toBe(0);
    } finally {
      schedule.stop();
    }
  });

  it('refuses an invalid PUBLISH_CRON, naming the variable, the value and an accepted form', () => {
    expect(() => parsePublishCron('每天两点', 'Asia/Shanghai')).toThrow(/PUBLISH_CRON.*每天两点.*0 2 \* \* \*/);
  });

  it('queues one publication for the adjustments that came into force and records the ones that failed', async () => {
    const result = await publishDueAndQueue(payload, async () => ({ published: [11, 12], failed: [{ id: 13, error: '指南不存在' }] }));
    expect(result.published).toEqual([11, 12]);
    const jobs = await queuedJobs(payload);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ taskSlug: 'publishSite', input: { trigger: 'effective-date', adjustments: ['11', '12'] } });
    const failed = await payload.find({ collection: 'publications', where: { status: { equals: 'failed' } }, overrideAccess: true });
    expect(failed.docs).toHaveLength(1);
    expect(failed.docs[0]).toMatchObject({ triggers: ['effective-date'] });
    expect(failed.docs[0]!.error).toContain('调整 13：指南不存在');
  });

  it('a failure outside a run still becomes a failed publication', async () => {
    await recordScheduleFailure(payload, 'schedule', '定时全量发布未能加入队列：数据库不可用');
    const found = await payload.find({ collection: 'publications', where: { triggers: { in: ['schedule'] } }, overrideAccess: true });
    expect(found.docs.map((d) => [d.status, d.error])).toEqual([['failed', '定时全量发布未能加入队列：数据库不可用']]);
  });
});

describe('recovering from a worker that stopped mid-run', () => {
  let payload: Payload;

  beforeAll(async () => {
    const { getPayload } = await import('payload');
    const { default: config } = await import('../../cms/src/payload.config.ts');
    payload = await getPayload({ config });
  });

  it('the lease holder releases its job and marks its publication failed at once', async () => {
    // Called only by the holder of the publish lease (every job runs under it), so whatever is
    // still marked as running belongs to a holder that is gone: no half-hour wait any more.
    const { recoverInterrupted } = await import('../../scripts/lib/publish-queue.ts');
    const { queuePublish } = await import('../../cms/src/jobs/queuePublish.ts');
    const job = await queuePublish(payload, 'manual');
    await payload.update({ collection: 'payload-jobs', id: job, data: { processing: true }, overrideAccess: true });
    const running = await payload.create({ collection: 'publications', overrideAccess: true, data: { triggers: ['manual'], status: 'running' } as never });

    expect(await recoverInterrupted(payload)).toMatchObject({ jobs: 1, publications: 1 });
    expect((await payload.findByID({ collection: 'payload-jobs', id: job, overrideAccess: true })).processing).toBe(false);
    const record = await payload.findByID({ collection: 'publications', id: running.id, overrideAccess: true });
    expect(record.status).toBe('failed');
    expect(record.error).toContain('发布进程在运行中停止');
  });
});
