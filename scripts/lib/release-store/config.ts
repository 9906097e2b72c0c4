import { S3Client } from '@aws-sdk/client-s3';
import { s3ClientSettings } from '../../../cms/src/storage/s3Connection.ts';
import type { RemoteReleases } from '../releases.ts';
import { s3Releases } from './s3-releases.ts';

export type ReleaseTarget = { kind: 'local' } | { kind: 's3'; bucket: string; prefix: string };

const example = 'RELEASE_STORE=s3://存储桶名/前缀（如 s3://catalog-site/public）';

/**
 * RELEASE_STORE: unset or `local` keeps releases only in SITE_DATA_DIR (served by nginx or the
 * static server); `s3://bucket/prefix` also uploads every release there and switches its
 * live.json. The local folder stays the build's staging area either way.
 */
export function parseReleaseStore(value: string | undefined): ReleaseTarget {
  const text = value?.trim();
  if (!text || text === 'local') return { kind: 'local' };
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(text);
  if (!match) throw new Error(`环境变量 RELEASE_STORE 的值「${text}」无法识别：不设置或设为 local 表示只用本地目录，对象存储请写 ${example}`);
  const bucket = match[1]!;
  // S3's bucket naming rules; a wrong name would otherwise surface only at the first upload.
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new Error(`环境变量 RELEASE_STORE 中的存储桶名「${bucket}」不合规则：3–63 个小写字母、数字、点或连字符，首尾为字母或数字；${example}`);
  }
  const prefix = (match[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((segment) => segment === '.' || segment === '..')) throw new Error(`环境变量 RELEASE_STORE 的前缀「${prefix}」不能含 . 或 .. 段`);
  return { kind: 's3', bucket, prefix };
}

/** The object-storage copy of the releases RELEASE_STORE names, or undefined for the local store alone. */
export function remoteReleasesFromEnv(releasesDir: string, env: Record<string, string | undefined> = process.env): RemoteReleases | undefined {
  const target = parseReleaseStore(env.RELEASE_STORE);
  if (target.kind === 'local') return undefined;
  const concurrency = Number(env.S3_CONCURRENCY ?? 16);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) throw new Error(`环境变量 S3_CONCURRENCY 的值「${env.S3_CONCURRENCY}」无效：应为 1–256 的整数（同时进行的上传请求数，默认 16）`);
  return s3Releases({ client: new S3Client(s3ClientSettings(env)), bucket: target.bucket, prefix: target.prefix, releasesDir, concurrency });
}
