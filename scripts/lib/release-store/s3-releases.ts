import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';
import type { RemoteReleases, UploadResult } from '../releases.ts';
import { decodeManifest, encodeManifest, planUpload, type ReleaseManifest } from './manifest.ts';
import { runLimited } from './pool.ts';
import { describeRelease } from './release-files.ts';

export interface S3ReleasesOptions {
  client: S3Client;
  bucket: string;
  /** A folder in the bucket ('' for its root), without slashes at either end. */
  prefix: string;
  /** The local releases folder (the staging area), to recognise files an incremental release shares with the base one. */
  releasesDir: string;
  /** Requests at once (S3_CONCURRENCY, default 16). */
  concurrency?: number;
}

/** What `<prefix>/live.json` holds: the release a front serves (see README, Deploying the public site). */
export interface LivePointer {
  version: string;
  /** The release's folder in the bucket, `<prefix>/releases/<version>/`. */
  release: string;
  switchedAt: string;
  /** The same moment as people here read it. */
  switchedAtBeijing: string;
}

/** Files above this size are streamed (no retry possible); smaller ones are sent from memory, so the SDK can retry them. */
const STREAM_ABOVE = 8 * 1024 * 1024;
const DELETE_BATCH = 1000;

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
const isMissing = (error: unknown) => statusOf(error) === 404 || ['NoSuchKey', 'NotFound'].includes((error as Error)?.name);

/** An SDK error as one line: the server's code and status and message. */
export function describeS3Error(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status = statusOf(error);
  const code = error.name && error.name !== 'Error' ? error.name : '';
  const head = [code, status ? `HTTP ${status}` : ''].filter(Boolean).join('，');
  return head ? `${head}：${error.message}` : error.message;
}

/**
 * Releases on S3-compatible object storage: each one complete under `<prefix>/releases/<version>/`,
 * its manifest under `<prefix>/manifests/`, and `<prefix>/live.json` naming the live one. The
 * switch is one PUT of that small object, which S3 replaces atomically: a reader gets the old
 * pointer or the new one. Nothing a front serves is ever changed in place.
 */
export function s3Releases(options: S3ReleasesOptions): RemoteReleases {
  const { client, bucket } = options;
  const concurrency = options.concurrency ?? 16;
  const key = (...parts: string[]) => [options.prefix, ...parts].filter(Boolean).join('/');
  const releaseKey = (version: string, path = '') => key('releases', version, path);
  const manifestKey = (version: string) => key('manifests', `${version}.json.gz`);
  const pointerKey = key('live.json');
  const label = `s3://${bucket}/${options.prefix}`.replace(/\/$/, '');

  // Keys are URL-encoded segment by segment: the copy source header is a path, slashes and all.
  const copySource = (source: string) => `${bucket}/${source.split('/').map(encodeURIComponent).join('/')}`;

  async function getObject(objectKey: string): Promise<Uint8Array | undefined> {
    try {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey }));
      return await answer.Body!.transformToByteArray();
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async function readPointer(): Promise<LivePointer | undefined> {
    let data: Uint8Array | undefined;
    try {
      data = await getObject(pointerKey);
    } catch (error) {
      throw new Error(`读取 ${label}/live.json 失败（${describeS3Error(error)}）：对象存储中的线上版本未改动。`, { cause: error });
    }
    return data ? (JSON.parse(Buffer.from(data).toString('utf8')) as LivePointer) : undefined;
  }

  async function readManifest(version: string): Promise<ReleaseManifest | undefined> {
    const data = await getObject(manifestKey(version));
    return data ? decodeManifest(data) : undefined;
  }

  async function hasManifest(version: string): Promise<boolean> {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: manifestKey(version) }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async function deleteKeys(keys: string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += DELETE_BATCH) {
      const batch = keys.slice(start, start + DELETE_BATCH);
      const answer = await client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }));
      const refused = answer.Errors ?? [];
      if (refused.length > 0) throw new Error(`对象存储拒绝删除 ${refused.length} 个对象（例如 ${refused[0]!.Key}：${refused[0]!.Code} ${refused[0]!.Message ?? ''}）`);
    }
  }

  async function listKeys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) {
      for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
    }
    return keys;
  }

  /** Versions with a manifest (complete releases), oldest first. */
  async function completeVersions(): Promise<string[]> {
    const folder = key('manifests') + '/';
    return (await listKeys(folder)).map((k) => k.slice(folder.length)).filter((name) => name.endsWith('.json.gz')).map((name) => name.slice(0, -'.json.gz'.length)).sort();
  }

  /** Every version folder under releases/, complete or not. */
  async function releaseFolders(): Promise<string[]> {
    const folder = key('releases') + '/';
    const versions: string[] = [];
    for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: folder, Delimiter: '/' })) {
      for (const common of page.CommonPrefixes ?? []) if (common.Prefix) versions.push(common.Prefix.slice(folder.length, -1));
    }
    return versions.sort();
  }

  /** Removes a release: its manifest first (it stops being a rollback target at once), then its files. */
  async function removeRelease(version: string, manifest?: ReleaseManifest): Promise<void> {
    await deleteKeys([manifestKey(version)]);
    const keys = manifest ? Object.keys(manifest.files).map((path) => releaseKey(version, path)) : await listKeys(releaseKey(version) + '/');
    await deleteKeys(keys);
  }

  return {
    label,

    async live() {
      return (await readPointer())?.version;
    },

    async upload(version, dir, say): Promise<UploadResult> {
      const live = await readPointer().then((pointer) => pointer?.version);
      const baseManifest = live
        ? await readManifest(live).catch((error: unknown) => {
            throw new Error(`读取 ${label} 中版本 ${live} 的文件清单失败（${describeS3Error(error)}）：live.json 未改动。`, { cause: error });
          })
        : undefined;
      const baseDir = live ? join(options.releasesDir, live) : undefined;
      const baseLocal = baseDir && (await stat(baseDir).then((s) => s.isDirectory(), () => false)) ? baseDir : undefined;
      const files = await describeRelease(dir, baseManifest && baseLocal ? { dir: baseLocal, manifest: baseManifest } : undefined);
      const plan = planUpload(files, baseManifest);
      say(`上传到对象存储 ${label}：共 ${Object.keys(files).length} 个文件，上传 ${plan.put.length} 个，服务端复制未变的 ${plan.copy.length} 个（来自版本 ${live ?? '无'}）。`);

      const written: string[] = [];
      const jobs = [...plan.put.map((path) => ({ path, copy: false })), ...plan.copy.map((path) => ({ path, copy: true }))];
      try {
        await runLimited(jobs, concurrency, async ({ path, copy }) => {
          const target = releaseKey(version, path);
          try {
            if (copy) {
              await client.send(new CopyObjectCommand({ Bucket: bucket, Key: target, CopySource: copySource(releaseKey(live!, path)), MetadataDirective: 'COPY' }));
            } else {
              const entry = files[path]!;
              const local = join(dir, path);
              await client.send(
                new PutObjectCommand({
                  Bucket: bucket,
                  Key: target,
                  Body: entry.size > STREAM_ABOVE ? createReadStream(local) : await readFile(local),
                  ContentLength: entry.size,
                  ContentMD5: Buffer.from(entry.md5, 'hex').toString('base64'),
                  ContentType: entry.contentType,
                  CacheControl: entry.cacheControl,
                  ContentEncoding: entry.contentEncoding,
                }),
              );
            }
            written.push(target);
          } catch (error) {
            throw new Error(`${copy ? '复制' : '上传'} ${path} 时出错（${describeS3Error(error)}）`, { cause: error });
          }
        });
        // Last: the manifest is what makes the release complete.
        const manifest: ReleaseManifest = { version, createdAt: new Date().toISOString(), files };
        await client
          .send(new PutObjectCommand({ Bucket: bucket, Key: manifestKey(version), Body: encodeManifest(manifest), ContentType: 'application/gzip', CacheControl: 'no-cache' }))
          .catch((error: unknown) => {
            throw new Error(`写入文件清单 manifests/${version}.json.gz 时出错（${describeS3Error(error)}）`, { cause: error });
          });
      } catch (error) {
        const cleaned = await deleteKeys(written).then(
          () => '已上传的部分已删除。',
          (cleanup: unknown) => `已上传的部分未能删除（${describeS3Error(cleanup)}），下次发布清理旧版本时删除。`,
        );
        throw new Error(`上传到对象存储 ${label} 失败：${error instanceof Error ? error.message : String(error)}。live.json 未改动，线上网站仍是版本 ${live ?? '（无）'}。${cleaned}`, { cause: error });
      }
      return { uploaded: plan.put.length, copied: plan.copy.length };
    },

    async point(version, now) {
      const complete = await hasManifest(version).catch((error: unknown) => {
        throw new Error(`检查 ${label} 中的版本 ${version} 失败（${describeS3Error(error)}）：live.json 未改动，线上网站未切换。`, { cause: error });
      });
      if (!complete) throw new Error(`对象存储 ${label} 中没有完整的版本 ${version}（缺少 manifests/${version}.json.gz），live.json 未改动。`);
      const pointer: LivePointer = { version, release: `${releaseKey(version)}/`, switchedAt: now.toISOString(), switchedAtBeijing: beijingDateTime(now) };
      try {
        await client.send(
          new PutObjectCommand({ Bucket: bucket, Key: pointerKey, Body: JSON.stringify(pointer, null, 2), ContentType: 'application/json; charset=utf-8', CacheControl: 'no-cache' }),
        );
      } catch (error) {
        throw new Error(`写入 ${label}/live.json 失败（${describeS3Error(error)}）：live.json 未改动，线上网站未切换。`, { cause: error });
      }
    },

    async discard(version) {
      await removeRelease(version);
    },

    async prune(keep) {
      const live = await readPointer().then((pointer) => pointer?.version);
      const complete = await completeVersions();
      const doomed = complete.slice(0, Math.max(0, complete.length - keep)).filter((version) => version !== live);
      for (const version of doomed) await removeRelease(version, await readManifest(version));
      // Folders without a manifest older than the live release are failed uploads whose clean-up
      // failed too; newer ones may be an upload in progress and are left alone.
      const completeSet = new Set(complete);
      const orphans = (await releaseFolders()).filter((version) => !completeSet.has(version) && live !== undefined && version < live);
      for (const version of orphans) await deleteKeys(await listKeys(releaseKey(version) + '/'));
      return [...doomed, ...orphans];
    },
  };
}
