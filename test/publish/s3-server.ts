import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, paginateListObjectsV2, S3Client } from '@aws-sdk/client-s3';
import S3rver from '@20minutes/s3rver';
import { s3ClientSettings } from '../../cms/src/storage/s3Connection.ts';

/** One request the S3 server received, as the fault-injecting proxy in front of it saw it. */
export interface SeenRequest {
  method: string;
  /** Decoded path: /bucket/key. */
  path: string;
  copy: boolean;
}

export interface TestS3 {
  /** The S3_* variables pointing at the proxy in front of the server. */
  env: Record<string, string>;
  client: S3Client;
  requests: SeenRequest[];
  /** Requests for which this answers true are refused with 403 AccessDenied, as a bucket policy would. */
  refuse(rule: ((request: SeenRequest) => boolean) | undefined): void;
  keys(bucket: string, prefix: string): Promise<string[]>;
  get(bucket: string, key: string): Promise<{ body: Buffer; contentType?: string; cacheControl?: string; contentEncoding?: string }>;
  exists(bucket: string, key: string): Promise<boolean>;
  stop(): Promise<void>;
}

const listen = (server: Server) => new Promise<number>((done) => server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)));

/**
 * A real S3-protocol server (s3rver, objects in a temp folder) on loopback, behind a small proxy
 * that records each request and can refuse some of them: how a test makes the server fail a PUT
 * half-way without mocking the client.
 */
export async function startTestS3(buckets: string[]): Promise<TestS3> {
  const directory = await mkdtemp(join(tmpdir(), 's3rver-'));
  // allowMismatchedSignatures: s3rver signs bucket-level requests (list, multi-delete) over
  // `/bucket` where the current AWS SDK signs `/bucket/`, and refuses them; the access key must
  // still be one it knows.
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, allowMismatchedSignatures: true, configureBuckets: buckets.map((name) => ({ name })) });
  const { port: serverPort } = (await server.run()) as AddressInfo;
  const requests: SeenRequest[] = [];
  let rule: ((request: SeenRequest) => boolean) | undefined;

  const proxy = createServer((incoming: IncomingMessage, outgoing) => {
    const seen: SeenRequest = { method: incoming.method ?? 'GET', path: decodeURIComponent(new URL(incoming.url ?? '/', 'http://x').pathname), copy: 'x-amz-copy-source' in incoming.headers };
    requests.push(seen);
    if (rule?.(seen)) {
      incoming.resume();
      outgoing.writeHead(403, { 'content-type': 'application/xml' });
      outgoing.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
      return;
    }
    // The Host header is passed on unchanged: the request is signed for it.
    const upstream = forward({ host: '127.0.0.1', port: serverPort, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  const proxyPort = await listen(proxy);

  const env = { S3_ENDPOINT: `http://127.0.0.1:${proxyPort}`, S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: '1', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' };
  // The tests' own reads go straight to the server, so they never show up among `requests`.
  const client = new S3Client(s3ClientSettings({ ...env, S3_ENDPOINT: `http://127.0.0.1:${serverPort}` }));

  return {
    env,
    client,
    requests,
    refuse: (next) => (rule = next),
    async keys(bucket, prefix) {
      const keys: string[] = [];
      for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) for (const o of page.Contents ?? []) keys.push(o.Key!);
      return keys.sort();
    },
    async get(bucket, key) {
      const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return { body: Buffer.from(await answer.Body!.transformToByteArray()), contentType: answer.ContentType, cacheControl: answer.CacheControl, contentEncoding: answer.ContentEncoding };
    },
    async exists(bucket, key) {
      return client.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(() => true, () => false);
    },
    async stop() {
      client.destroy();
      await new Promise((done) => proxy.close(done));
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
