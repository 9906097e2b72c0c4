import { createLocalReq } from 'payload';
import { buildProposal } from '../../cms/src/workflow/proposal.ts';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queuePublish } from '../../cms/src/jobs/queuePublish.ts';
import { currentRelease, rollback } from '../../scripts/lib/releases.ts';
import { loadPublishDue, publishDueAndQueue } from '../../scripts/lib/schedule.ts';
import { openSearchSession } from '../search/harness.ts';
import { fetchText, publications, publishNewGuide, queuedJobs, startPublishWorld, type PublishWorld } from './support.ts';

/**
 * The publishing pipeline end to end: jobs in the CMS database, the worker, real export, Astro
 * build and Pagefind index, the atomic switch, and the static server over `live`. The tests run
 * in order on one world: each starts from the release the previous one left live.
 */
describe('publishing through the job queue', () => {
  let world: PublishWorld;
  // The SQLite and PostgreSQL projects may run at the same time: each serves on its own ports.
  const port = inject('databaseKind') === 'postgres' ? 4621 : 4611;

  beforeAll(async () => {
    world = await startPublishWorld(port);
    await queuePublish(world.payload, 'manual');
    await world.worker.drain();
  });
  afterAll(async ({}, suite) => world?.close(suite));

  it('publishes the catalog and records the run', async () => {
    const [first] = await publications(world.payload);
    expect(first).toMatchObject({ triggers: ['manual'], status: 'succeeded', attempt: 1 });
    expect(first!.steps!.map((s) => s.name)).toEqual(['export', 'build', 'search', 'compare', 'switch']);
    expect(first!.log).toContain('模式：全量发布');
    expect(first!.items).toBeGreaterThan(0);
    expect(first!.pagesChanged).toBeGreaterThan(first!.items!);
    expect(await currentRelease(world.store)).toBe(first!.siteVersion);
    expect(await queuedJobs(world.payload)).toEqual([]);
  });

  it('an approved guide is published incrementally: its page, lists, sitemap and open data are served and search finds it', async () => {
    const { code } = await publishNewGuide(world, 21, '犬只登记证核发');
    expect((await fetchText(`${world.origin}/items/${code}/`)).status).toBe(404);
    await queuePublish(world.payload, 'approval');
    await world.worker.drain();

    const run = (await publications(world.payload)).at(-1)!;
    expect(run).toMatchObject({ status: 'succeeded', triggers: ['approval'] });
    expect(run.log).toContain('模式：增量发布');
    expect(run.steps!.map((s) => s.name)).toEqual(['export-changes', 'copy', 'render', 'search-changes', 'switch']);
    expect(run.pagesChanged).toBeGreaterThan(0);
    const [first] = await publications(world.payload);
    expect(run.pagesChanged).toBeLessThan(first!.pagesChanged!);
    const page = await fetchText(`${world.origin}/items/${code}/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('犬只登记证核发');
    expect((await fetchText(`${world.origin}/browse/category/social-security/`)).text).toContain(`/items/${code}/`);
    expect((await fetchText(`${world.origin}/sitemap-0.xml`)).text).toContain(`/items/${code}/`);
    expect((await fetchText(`${world.origin}/open-data/catalog.json`)).text).toContain(code);
    expect((await fetchText(`${world.origin}/open-data/catalog.csv`)).text).toContain('犬只登记证核发');
    const search = await openSearchSession(world.store.livePath, port + 1);
    try {
      // A result is the service; its chooser page lists the new implementation.
      const hit = (await search.search('犬只登记')).hits.find((found) => found.title === '犬只登记证核发');
      expect(hit?.url).toMatch(/^\/c\/\d{12}\/$/);
      expect((await fetchText(`${world.origin}${hit!.url}`)).text).toContain(`/items/${code}/`);
    } finally {
      await search.close();
    }
  });

  it('a failure in the incremental path leaves the live site serving, is recorded as failed, and its retry (a full rebuild) succeeds', async () => {
    const liveBefore = await currentRelease(world.store);
    const { code } = await publishNewGuide(world, 22, '渔业捕捞许可证核发');
    world.failNext('render');
    await queuePublish(world.payload, 'approval');
    await world.worker.drain();

    const failed = (await publications(world.payload)).at(-1)!;
    expect(failed).toMatchObject({ status: 'failed', attempt: 1, triggers: ['approval'] });
    expect(failed.error).toContain('注入的故障');
    expect(await currentRelease(world.store)).toBe(liveBefore);
    expect((await fetchText(`${world.origin}/`)).status).toBe(200);
    expect((await fetchText(`${world.origin}/items/${code}/`)).status).toBe(404);
    const [waiting] = await queuedJobs(world.payload);
    expect(waiting).toMatchObject({ taskSlug: 'publishSite', hasError: false });

    // The back-off configured for tests (PUBLISH_RETRY_DELAY_MS=1000, exponential: 2 s before the
    // retry). Long enough that a loaded machine's drain() cannot reach the retry in the same call.
    await sleep(2300);
    await world.worker.drain();
    const retried = (await publications(world.payload)).at(-1)!;
    expect(retried).toMatchObject({ status: 'succeeded', attempt: 2, triggers: ['approval'] });
    expect(retried.steps!.map((s) => s.name)).toContain('build');
    expect(await currentRelease(world.store)).toBe(retried.siteVersion);
    expect((await fetchText(`${world.origin}/items/${code}/`)).text).toContain('渔业捕捞许可证核发');
    expect(await queuedJobs(world.payload)).toEqual([]);
  });

  it('a full build failing midway leaves the live site serving too', async () => {
    const liveBefore = await currentRelease(world.store);
    world.failNext('buildSite');
    await queuePublish(world.payload, 'manual');
    await world.worker.drain();
    expect((await publications(world.payload)).at(-1)).toMatchObject({ status: 'failed', attempt: 1, triggers: ['manual'] });
    expect(await currentRelease(world.store)).toBe(liveBefore);
    await sleep(2300);
    await world.worker.drain();
    expect((await publications(world.payload)).at(-1)).toMatchObject({ status: 'succeeded', attempt: 2 });
  });

  it('an approval the incremental path cannot handle (site settings changed) is published by a full rebuild', async () => {
    await world.payload.updateGlobal({ slug: 'site-settings' as never, data: { siteName: '公共服务事项目录', regionName: '本地区', hotline: '96123' } as never, overrideAccess: true });
    const { code } = await publishNewGuide(world, 25, '养犬许可证延续');
    await queuePublish(world.payload, 'approval');
    await world.worker.drain();
    const run = (await publications(world.payload)).at(-1)!;
    expect(run).toMatchObject({ status: 'succeeded', attempt: 1, triggers: ['approval'] });
    expect(run.log).toContain('增量发布不适用：网站设置已修改');
    expect(run.steps!.map((s) => s.name)).toEqual(['export-changes', 'export', 'build', 'search', 'compare', 'switch']);
    expect((await fetchText(`${world.origin}/items/${code}/`)).text).toContain('96123');
  });

  it('requests arriving together are folded into one run that lists them all', async () => {
    const adjustment = async (reason: string) =>
      (await world.payload.create({ collection: 'adjustments', overrideAccess: true, data: { kind: 'change', unit: world.fixture.units.a, implementation: world.fixture.impl.aPublished, reason } as never })).id;
    const first = await adjustment('变更受理条件');
    const second = await adjustment('变更办理时限');
    const before = (await publications(world.payload)).length;
    await queuePublish(world.payload, 'approval', [first]);
    await queuePublish(world.payload, 'effective-date', [second]);
    await world.worker.drain();

    const runs = (await publications(world.payload)).slice(before);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'succeeded' });
    expect([...runs[0]!.triggers].sort()).toEqual(['approval', 'effective-date']);
    expect(runs[0]!.adjustments!.map(String).sort()).toEqual([String(first), String(second)].sort());
    expect(await queuedJobs(world.payload)).toEqual([]);
  });

  it('an approved adjustment with a future effective date goes live only once that date has come', async () => {
    const { code, item, implementation } = await publishNewGuide(world, 24, '船舶登记证书核发', 'draft');
    const effective = new Date('2030-01-01T00:00:00.000Z');
    // Approved as the workflow approves: with the versions submission recorded (only those are published).
    const proposal = (await buildProposal(await createLocalReq({}, world.payload), implementation, 'add'))!;
    const adjustment = await world.payload.create({
      collection: 'adjustments',
      context: { workflow: true },
      overrideAccess: true,
      data: {
        kind: 'add',
        unit: world.fixture.units.a,
        implementation,
        catalogItem: item,
        reason: '新增事项',
        effectiveDate: effective.toISOString(),
        state: 'approved',
        implementationVersion: proposal.implementationVersion,
        catalogItemVersion: proposal.catalogItemVersion,
      } as never,
    });
    const publishDue = (await loadPublishDue())!;

    const before = await publishDueAndQueue(world.payload, publishDue, new Date(effective.getTime() - 60_000));
    expect(before.published).toEqual([]);
    expect(await queuedJobs(world.payload)).toEqual([]);
    await queuePublish(world.payload, 'schedule');
    await world.worker.drain();
    expect((await fetchText(`${world.origin}/items/${code}/`)).status).toBe(404);

    const after = await publishDueAndQueue(world.payload, publishDue, new Date(effective.getTime() + 60_000));
    expect(after.published.map(String)).toEqual([String(adjustment.id)]);
    await world.worker.drain();
    const run = (await publications(world.payload)).at(-1)!;
    expect(run).toMatchObject({ status: 'succeeded', triggers: ['effective-date'] });
    expect(run.adjustments!.map(String)).toEqual([String(adjustment.id)]);
    expect((await fetchText(`${world.origin}/items/${code}/`)).text).toContain('船舶登记证书核发');
  });

  it('rollback serves the previous release again', async () => {
    const { code } = await publishNewGuide(world, 23, '林木采伐许可证核发');
    const before = await currentRelease(world.store);
    await queuePublish(world.payload, 'manual');
    await world.worker.drain();
    expect((await fetchText(`${world.origin}/items/${code}/`)).status).toBe(200);

    expect(await rollback(world.store)).toBe(before);
    expect(await currentRelease(world.store)).toBe(before);
    expect((await fetchText(`${world.origin}/items/${code}/`)).status).toBe(404);
  });
});
