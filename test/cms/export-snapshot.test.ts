import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotIndex, readSnapshotItem, validateSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { exportSnapshot, type ExportResult } from '../../cms/src/publish/exportSnapshot.ts';
import { startCms, type Cms } from './support/cms.ts';
import { seedFixture, type Fixture } from './support/fixture.ts';

/** The published snapshot is what the public site is built from: only approved content may reach it. */
let cms: Cms;
let fx: Fixture;
let dir: string;
let result: ExportResult;
const now = new Date('2026-11-24T08:00:00.000Z');

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  await cms.payload.create({
    collection: 'adjustments',
    overrideAccess: true,
    data: {
      kind: 'cancel',
      implementation: fx.impl.bCharged,
      unit: fx.units.b,
      reason: '上位法修订，事项取消',
      basis: '《某某条例》修订',
      // 00:00 on 1 November in Beijing: still 31 October in UTC. The public date is the Beijing day.
      effectiveDate: '2026-10-31T16:00:00.000Z',
      state: 'approved',
      publishedAt: '2026-11-02T09:00:00.000Z',
    } as never,
  });
  // An upload on the published guide: the CMS stores it as /api/media/file/<name>, a CMS address.
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n');
  const sample = await cms.payload.create({ collection: 'media', data: { title: '结果样本' } as never, file: { data: pdf, mimetype: 'application/pdf', name: 'result-sample.pdf', size: pdf.length } });
  await cms.payload.update({ collection: 'implementations', id: fx.impl.bCharged, data: { resultSample: sample.id } as never });
  dir = join(await mkdtemp(join(tmpdir(), 'export-')), 'snapshot');
  process.env.CMS_PUBLIC_URL = 'https://cms.example.gov.cn';
  try {
    result = await exportSnapshot(cms.payload, dir, { now, siteVersion: 'test-1' });
  } finally {
    delete process.env.CMS_PUBLIC_URL;
  }
});
afterAll(async () => rm(join(dir, '..'), { recursive: true, force: true }));

describe('exporting the published snapshot from the CMS', () => {
  it('names the CMS in download addresses: on the public site /api/media/file/… would be a dead link', async () => {
    const code = (await cms.payload.findByID({ collection: 'implementations', id: fx.impl.bCharged, depth: 0 })).implementationCode;
    const item = await readSnapshotItem(dir, code);
    expect(item.resultSample?.url).toMatch(/^https:\/\/cms\.example\.gov\.cn\/api\/media\/file\/result-sample[^/]*\.pdf$/);
  });

  it('writes a snapshot that validates against the schema', async () => {
    expect(await validateSnapshot(dir)).toEqual({ ok: true, errors: [] });
    expect(result.skipped).toEqual([]);
    expect(result.meta.siteVersion).toBe('test-1');
  });

  it('contains exactly the published implementations, never drafts', async () => {
    const index = await readSnapshotIndex(dir);
    const ids = await Promise.all(
      [fx.impl.aPublished, fx.impl.bCharged].map(async (id) => (await cms.payload.findByID({ collection: 'implementations', id, depth: 0 })).implementationCode),
    );
    expect(index.catalog.map((e) => e.implementationCode).sort()).toEqual([...ids].sort());
    expect(index.meta.counts.items).toBe(2);
  });

  it('carries the published text, not the newer draft on top of it', async () => {
    const published = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aPublished, depth: 0, draft: false });
    const item = await readSnapshotItem(dir, String(published.implementationCode));
    expect(item.conditions).toBe(fx.publishedConditions);
    expect(JSON.stringify(item)).not.toContain(fx.secretDraftText);
    expect(item.unit.name).toBe('瓯江市人力资源和社会保障局');
    expect(item.status).toBe('active');
  });

  it('marks a cancelled item with date, reason and a history entry, and logs it publicly', async () => {
    const doc = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.bCharged, depth: 0, draft: false });
    const item = await readSnapshotItem(dir, String(doc.implementationCode));
    expect(item.status).toBe('cancelled');
    expect(item.cancellation).toMatchObject({ date: '2026-11-01', reason: '上位法修订，事项取消' });
    expect(item.history.map((h) => h.kind)).toEqual(['cancel']);
    expect(item.fees[0]).toMatchObject({ name: '工本费', standard: '10元' });
    const index = await readSnapshotIndex(dir);
    expect(index.adjustments).toHaveLength(1);
    expect(index.adjustments[0]).toMatchObject({ kind: 'cancel', unitName: '瓯江市住房和城乡建设局', effectiveDate: '2026-11-01' });
    expect(index.meta.counts.cancelledItems).toBe(1);
  });

  it('includes units with their supervising department and the site settings', async () => {
    const index = await readSnapshotIndex(dir);
    const water = index.units.find((u) => u.name === '瓯江市自来水有限公司');
    expect(water).toMatchObject({ kind: 'soe', supervisorName: '瓯江市住房和城乡建设局' });
    expect(index.settings.hotline).toBe('12345');
    expect(index.regions).toEqual([{ code: '339100', name: '瓯江市', level: 'city' }]);
  });
});
