import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  currentRelease,
  listReleases,
  newVersionName,
  prepareRelease,
  pruneReleases,
  sparesSettled,
  releaseStore,
  rollback,
  switchTo,
  type ReleaseStore,
} from './releases.ts';

describe('release store', () => {
  let store: ReleaseStore;
  beforeEach(async () => {
    store = releaseStore(await mkdtemp(join(tmpdir(), 'releases-')));
  });
  afterEach(async () => rm(store.root, { recursive: true, force: true }));

  async function publish(version: string, body: string) {
    const dir = await prepareRelease(store, version);
    await writeFile(join(dir, 'index.html'), body);
    await switchTo(store, version);
  }

  it('names versions so that they sort by time', () => {
    const a = newVersionName(new Date('2026-11-24T08:00:00.000Z'));
    const b = newVersionName(new Date('2026-11-24T08:00:00.001Z'));
    expect(a).toBe('20261124-080000000');
    expect([b, a].sort()).toEqual([a, b]);
  });

  it('switches the live directory to a prepared release', async () => {
    await publish('v1', 'one');
    await publish('v2', 'two');
    expect(await currentRelease(store)).toBe('v2');
    expect(await readFile(join(store.livePath, 'index.html'), 'utf8')).toBe('two');
  });

  it('leaves the live site alone while a release is being prepared', async () => {
    await publish('v1', 'one');
    const dir = await prepareRelease(store, 'v2');
    await writeFile(join(dir, 'index.html'), 'half');
    expect(await readFile(join(store.livePath, 'index.html'), 'utf8')).toBe('one');
  });

  it('refuses to switch to a release that does not exist', async () => {
    await publish('v1', 'one');
    await expect(switchTo(store, 'v9')).rejects.toThrow('发布版本不存在：v9');
    expect(await currentRelease(store)).toBe('v1');
  });

  it('rolls back to the previous release, and says when there is none', async () => {
    await publish('v1', 'one');
    await expect(rollback(store)).rejects.toThrow('没有可回滚的上一个版本');
    await publish('v2', 'two');
    expect(await rollback(store)).toBe('v1');
    expect(await readFile(join(store.livePath, 'index.html'), 'utf8')).toBe('one');
  });

  it('prunes old releases but never the live one', async () => {
    for (const v of ['v1', 'v2', 'v3', 'v4']) await publish(v, v);
    await switchTo(store, 'v1');
    expect(await pruneReleases(store, 2)).toEqual(['v2']);
    expect(await listReleases(store)).toEqual(['v1', 'v3', 'v4']);
    // Removed in the background under a dot name; nothing of it is left once that settled.
    await sparesSettled(store);
    expect((await readdir(store.releasesDir)).sort()).toEqual(['v1', 'v3', 'v4']);
  });
});
