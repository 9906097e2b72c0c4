import type { S3StorageOptions } from '@payloadcms/storage-s3';

export type S3ClientSettings = NonNullable<S3StorageOptions['config']>;

const truthy = (value: string | undefined) => value === '1' || value?.toLowerCase() === 'true';

/**
 * How to reach the S3-compatible object storage, shared by media (S3_MEDIA_BUCKET) and the
 * published releases (RELEASE_STORE=s3://…): S3_ENDPOINT (unset: AWS itself), S3_REGION,
 * S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY (unset: the SDK's usual chain — AWS_* variables, an
 * instance role), S3_FORCE_PATH_STYLE=1 for servers that take the bucket in the path (MinIO) rather
 * than in the host name (AWS, 阿里云 OSS, 腾讯云 COS).
 *
 * Checksums only where the protocol requires them: the SDK's default CRC32 headers on every
 * upload (since 3.729) are refused by many S3-compatible servers.
 */
export function s3ClientSettings(env: Record<string, string | undefined> = process.env): S3ClientSettings {
  const endpoint = env.S3_ENDPOINT?.trim() || undefined;
  if (endpoint && !/^https?:\/\/[^/]/.test(endpoint)) {
    throw new Error(`环境变量 S3_ENDPOINT 的值「${endpoint}」不是 http:// 或 https:// 开头的地址，例如 https://oss-cn-hangzhou.aliyuncs.com`);
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('环境变量 S3_ACCESS_KEY_ID 与 S3_SECRET_ACCESS_KEY 须同时设置（或都不设置，使用 AWS_* 变量或实例角色）');
  }
  return {
    endpoint,
    region: env.S3_REGION?.trim() || 'us-east-1',
    forcePathStyle: truthy(env.S3_FORCE_PATH_STYLE),
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  };
}
