import { describe, expect, it } from 'vitest';
import { parseReleaseStore } from './config.ts';
import { planUpload, type ManifestEntry } from './manifest.ts';
import { objectHeaders } from './object-headers.ts';
import { runLimited } from './pool.ts';
import { purgeHookFromEnv } from './purge.ts';

describe('RELEASE_STORE', () => {
  it('is local unless it names a bucket', () => {
    expect(parseReleaseStore(undefined)).toEqual({ kind: 'local' });
    expect(parseReleaseStore(' local ')).toEqual({ kind: 'local' });
    expect(parseReleaseStore('s3://catalog-site')).toEqual({ kind: 's3', bucket: 'catalog-site', prefix: '' });
    expect(parseReleaseStore('s3://catalog-site//public/www/')).toEqual({ kind: 's3', bucket: 'catalog-site', prefix: 'public/www' });
  });

  it('refuses what it cannot use, in Chinese, naming the value', () => {
    expect(() => parseReleaseStore('/srv/site')).toThrow('环境变量 RELEASE_STORE 的值「/srv/site」无法识别');
    expect(() => parseReleaseStore('s3://Catalog_Site/x')).toThrow('存储桶名「Catalog_Site」不合规则');
    expect(() => parseReleaseStore('s3://catalog-site/a/../b')).toThrow('不能含 . 或 .. 段');
  });
});

describe('object headers', () => {
  const files = new Set(['index.html', 'pagefind/pagefind.js', 'pagefind/pagefind.js.br', 'pagefind/index/en_1.pf_index', 'pagefind/index/en_1.pf_index.br', 'open-data/archive.gz']);
  it('give pages no-cache and other files five minutes', () => {
    expect(objectHeaders('index.html', files)).toEqual({ contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache' });
    expect(objectHeaders('pagefind/pagefind.js', files)).toEqual({ contentType: 'text/javascript; charset=utf-8', cacheControl: 'public, max-age=300' });
  });
  it('give a precompressed copy the type of its plain twin and its encoding; a lone .gz is a download', () => {
    expect(objectHeaders('pagefind/pagefind.js.br', files)).toEqual({ contentType: 'text/javascript; charset=utf-8', cacheControl: 'public, max-age=300', contentEncoding: 'br' });
    expect(objectHeaders('pagefind/index/en_1.pf_index.br', files)).toMatchObject({ contentType: 'application/octet-stream', contentEncoding: 'br' });
    expect(objectHeaders('open-data/archive.gz', files)).toEqual({ contentType: 'application/octet-stream', cacheControl: 'public, max-age=300' });
  });
});

describe('upload plan', () => {
  const entry = (md5: string, extra: Partial<ManifestEntry> = {}): ManifestEntry => ({ md5, size: 10, contentType: 'text/html; charset=utf-8', cacheControl: 'no-cache', ...extra });
  it('copies what the base release holds with the same bytes and headers, uploads the rest', () => {
    const base = { version: 'v1', createdAt: '', files: { 'a.html': entry('1'), 'b.html': entry('2'), 'c.html': entry('3'), 'gone.html': entry('4') } };
    const plan = planUpload({ 'a.html': entry('1'), 'b.html': entry('9'), 'c.html': entry('3', { cacheControl: 'public, max-age=300' }), 'new.html': entry('5') }, base);
    expect(plan).toEqual({ copy: ['a.html'], put: ['b.html', 'c.html', 'new.html'] });
  });
  it('uploads everything without a base', () => {
    expect(planUpload({ 'a.html': entry('1') }, undefined)).toEqual({ copy: [], put: ['a.html'] });
  });
});

describe('runLimited', () => {
  it('keeps at most the limit running, starts nothing after a failure and waits for the running ones', async () => {
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const finished: number[] = [];
    const work = async (n: number) => {
      started.push(n);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n === 2 ? 5 : 20));
      running -= 1;
      if (n === 2) throw new Error('第 2 个失败');
      finished.push(n);
    };
    await expect(runLimited([1, 2, 3, 4, 5, 6], 3, work)).rejects.toThrow('第 2 个失败');
    expect(most).toBe(3);
    expect(started).toEqual([1, 2, 3]);
    expect(finished.sort()).toEqual([1, 3]);
  });
});

describe('purge hook', () => {
  it('is off unless configured, and refuses an address that is not http(s)', () => {
    expect(purgeHookFromEnv({})).toBeUndefined();
    expect(() => purgeHookFromEnv({ RELEASE_PURGE_URL: 'cdn.example.com/purge' })).toThrow('RELEASE_PURGE_URL');
  });
  it('runs the command with the versions in its environment and reports its failure', async () => {
    const hook = purgeHookFromEnv({ RELEASE_PURGE_COMMAND: 'test "$RELEASE_VERSION" = v2 && test "$RELEASE_PREVIOUS_VERSION" = v1 || { echo "版本不对" >&2; exit 3; }' })!;
    await expect(hook({ version: 'v2', previousVersion: 'v1', switchedAt: '2026-12-02T10:00:00.000Z' })).resolves.toBeUndefined();
    await expect(hook({ version: 'v3', switchedAt: '2026-12-02T10:00:00.000Z' })).rejects.toThrow('RELEASE_PURGE_COMMAND 失败（退出码 3）：版本不对');
  });
});
