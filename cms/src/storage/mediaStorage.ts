import { s3Storage } from '@payloadcms/storage-s3';
import type { Plugin } from 'payload';
import { s3ClientSettings } from './s3Connection.ts';

/**
 * 附件 on S3-compatible object storage when S3_MEDIA_BUCKET is set (S3_MEDIA_PREFIX: a folder in
 * it), through Payload's own adapter; otherwise on local disk (MEDIA_DIR), as before.
 *
 * Registered either way with `alwaysInsertFields`, and always with a prefix (empty by default),
 * so the database has the adapter's `prefix` and `_objectKey` columns whichever storage is chosen:
 * one migration fits both, and switching storage needs no schema change.
 *
 * Files stay behind Payload's access control (`/api/media/file/<name>`, streamed from the
 * bucket), so the addresses the public site links to (absoluteFileUrls) do not change with the
 * storage; with a prefix Payload adds `?prefix=…` to them, which the same route reads.
 */
export function mediaStorage(env: Record<string, string | undefined> = process.env): Plugin {
  const bucket = env.S3_MEDIA_BUCKET?.trim();
  const prefix = (env.S3_MEDIA_PREFIX ?? '').replace(/^\/+|\/+$/g, '');
  return s3Storage({
    enabled: Boolean(bucket),
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: { media: { prefix } },
    config: bucket ? s3ClientSettings(env) : {},
  });
}
