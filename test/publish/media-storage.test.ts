import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REST_GET } from '@payloadcms/next/routes';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshotItem } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { seedFixture, type Fixture } from '../cms/support/fixture.ts';
import { startTestS3, type TestS3 } from './s3-server.ts';

/**
 * 附件 through Payload's S3 storage adapter (S3_MEDIA_BUCKET), against a real S3-protocol server
 * on loopback: an upload lands in the bucket (with its thumbnail) and not on local disk, the CMS
 * serves it from there at the address the public site's export links to, and deleting it removes
 * the objects.
 */
describe('media on object storage', () => {
  const bucket = 'catalog-media';
  const settings = { S3_MEDIA_BUCKET: bucket, S3_MEDIA_PREFIX: 'media' };
  let s3: TestS3;
  let cms: Cms;
  let fixture: Fixture;
  let get: ReturnType<typeof REST_GET>;
  const png = () => sharp({ create: { width: 480, height: 360, channels: 3, background: '#b22222' } }).png().toBuffer();

  /** GET on the CMS's REST route, as the browser following a download link does (anonymous). */
  async function download(url: string): Promise<{ status: number; body: Buffer; type: string | null }> {
    const address = new URL(url, 'http://localhost');
    const slug = address.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent);
    const response = await get(new Request(address), { params: Promise.resolve({ slug }) });
    return { status: response.status, body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
  }

  beforeAll(async () => {
    s3 = await startTestS3([bucket]);
    // Read when the CMS config loads, as in production.
    Object.assign(process.env, s3.env, settings);
    cms = await startCms();
    fixture = await seedFixture(cms.payload);
    const { default: config } = await import('../../cms/src/payload.config.ts');
    get = REST_GET(config);
  });
  afterAll(async () => {
    for (const name of [...Object.keys(s3?.env ?? {}), ...Object.keys(settings)]) delete process.env[name];
    await s3?.stop();
  });

  it('an upload lands in the bucket with its thumbnail, not on local disk, and the CMS serves it from there', async () => {
    const image = await png();
    const doc = await cms.payload.create({ collection: 'media', data: { title: '示范文本（图片）' }, file: { data: image, mimetype: 'image/png', name: '示范文本.png', size: image.length } });
    expect(doc.url).toBe(`/api/media/file/${encodeURIComponent(doc.filename!)}?prefix=media`);

    const keys = await s3.keys(bucket, 'media/');
    expect(keys).toContain(`media/${doc.filename}`);
    expect(keys).toContain(`media/${doc.sizes!.thumbnail!.filename}`);
    const stored = await s3.get(bucket, `media/${doc.filename}`);
    expect(stored.body.equals(image)).toBe(true);
    expect(stored.contentType).toBe('image/png');
    expect(await readdir(process.env.MEDIA_DIR!)).toEqual([]);

    const served = await download(doc.url!);
    expect(served.status).toBe(200);
    expect(served.type).toBe('image/png');
    expect(served.body.equals(image)).toBe(true);
  });

  it('the published snapshot links to the CMS address, which serves the file from the bucket', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n');
    const sample = await cms.payload.create({ collection: 'media', data: { title: '结果样本' } as never, file: { data: pdf, mimetype: 'application/pdf', name: 'result-sample.pdf', size: pdf.length } });
    await cms.payload.update({ collection: 'implementations', id: fixture.impl.bCharged, data: { resultSample: sample.id } as never });
    const dir = join(await mkdtemp(join(tmpdir(), 'media-export-')), 'snapshot');
    process.env.CMS_PUBLIC_URL = 'https://cms.example.gov.cn';
    try {
      await exportSnapshot(cms.payload, dir, { now: new Date('2026-11-24T08:00:00.000Z'), siteVersion: 'media-1' });
    } finally {
      delete process.env.CMS_PUBLIC_URL;
    }
    const code = (await cms.payload.findByID({ collection: 'implementations', id: fixture.impl.bCharged, depth: 0 })).implementationCode;
    const url = (await readSnapshotItem(dir, code)).resultSample?.url;
    await rm(join(dir, '..'), { recursive: true, force: true });
    expect(url).toBe(`https://cms.example.gov.cn/api/media/file/${sample.filename}?prefix=media`);

    const served = await download(new URL(url!).pathname + new URL(url!).search);
    expect(served.status).toBe(200);
    expect(served.body.equals(pdf)).toBe(true);
  });

  it('deleting an upload removes its objects from the bucket', async () => {
    const image = await png();
    const doc = await cms.payload.create({ collection: 'media', data: { title: '作废样本' }, file: { data: image, mimetype: 'image/png', name: 'obsolete.png', size: image.length } });
    expect(await s3.exists(bucket, `media/${doc.filename}`)).toBe(true);
    await cms.payload.delete({ collection: 'media', id: doc.id });
    expect(await s3.exists(bucket, `media/${doc.filename}`)).toBe(false);
    expect(await s3.exists(bucket, `media/${doc.sizes!.thumbnail!.filename}`)).toBe(false);
  });
});
