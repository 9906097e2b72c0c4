import { beforeAll, describe, expect, it } from 'vitest';
import { password, seedFixture } from '../cms/support/fixture.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { queuedJobs } from './support.ts';

/** 立即重新发布 and the publication records through the REST API the admin uses. */
describe('republish and publication records over REST', () => {
  let cms: Cms;

  beforeAll(async () => {
    cms = await startCms();
    await seedFixture(cms.payload);
    const record = (status: string) =>
      cms.payload.create({ collection: 'publications', overrideAccess: true, data: { triggers: ['manual'], status, startedAt: new Date().toISOString() } as never });
    await record('succeeded');
    await record('failed');
  });

  it('an administrator queues a manual publication', async () => {
    const token = await cms.login('admin@test.local', password);
    const { status, body } = await cms.rest('POST', '/publications/republish', { token });
    expect(status).toBe(202);
    expect(body.message).toContain('已加入发布队列');
    const jobs = await queuedJobs(cms.payload);
    expect(jobs.map((job) => [job.taskSlug, (job.input as { trigger: string }).trigger])).toEqual([['publishSite', 'manual']]);
  });

  it('nobody else may, and anonymous visitors are asked to log in', async () => {
    const token = await cms.login('editor@test.local', password);
    const editor = await cms.rest('POST', '/publications/republish', { token });
    expect(editor.status).toBe(403);
    expect(editor.body.errors[0].message).toContain('只有系统管理员');
    expect((await cms.rest('POST', '/publications/republish')).status).toBe(401);
    expect(await queuedJobs(cms.payload)).toHaveLength(1);
  });

  it('staff read the records, failed runs only administrators; nobody writes them', async () => {
    const admin = await cms.login('admin@test.local', password);
    const editor = await cms.login('editor@test.local', password);
    const statuses = async (token?: string) => (await cms.rest('GET', '/publications?sort=id', { token })).body.docs?.map((d: { status: string }) => d.status);
    expect(await statuses(admin)).toEqual(['succeeded', 'failed']);
    expect(await statuses(editor)).toEqual(['succeeded']);
    expect((await cms.rest('GET', '/publications')).status).toBe(403);
    const write = await cms.rest('POST', '/publications', { token: admin, body: { triggers: ['manual'], status: 'succeeded' } });
    expect(write.status).toBe(403);
  });
});
