import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, inject, vi } from 'vitest';
import { removeUnlessFailed } from '../../support/temp-dir.ts';
import type {} from './postgres-global.ts';

/**
 * Files share a worker (isolate: false): Node keeps Payload, Next and the other packages loaded
 * between files — the seconds every file used to spend importing them — while the project's own
 * modules are evaluated afresh for each file (vi.resetModules), so each file builds its Payload
 * config from its own DATABASE_URL. The previous file's Payload instance is closed and dropped
 * from Payload's process-wide cache, and the environment is put back as the worker started.
 */
const shared = globalThis as typeof globalThis & { _payload?: Map<string, { payload?: { destroy(): Promise<void> } }>; catalogInitialEnv?: NodeJS.ProcessEnv };
shared.catalogInitialEnv ??= { ...process.env };
for (const key of Object.keys(process.env)) if (!(key in shared.catalogInitialEnv)) delete process.env[key];
Object.assign(process.env, shared.catalogInitialEnv);
async function destroyPayloads(): Promise<void> {
  for (const cached of shared._payload?.values() ?? []) await cached.payload?.destroy().catch(() => {});
  shared._payload?.clear();
}
await destroyPayloads();
vi.resetModules();

/**
 * Runs before each test file: points DATABASE_URL at a database of its own, so files never see
 * each other's fixtures and no cleanup is needed between them.
 */
process.env.CMS_SEED = 'off';
// Payload skips the dev push when the schema equals the one it pushed last in this process: with
// files sharing a worker, that was the previous file's database.
process.env.PAYLOAD_FORCE_DRIZZLE_PUSH = 'true';
const folders = [mkdtempSync(join(tmpdir(), 'cms-media-'))];
process.env.MEDIA_DIR = folders[0];

if (inject('databaseKind') === 'postgres') {
  const serverUrl = inject('postgresUrl');
  const name = `cms_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
} else {
  folders.push(mkdtempSync(join(tmpdir(), 'cms-sqlite-')));
  process.env.DATABASE_URL = `file:${join(folders[1]!, 'test.db')}`;
}

// Registered before the file's own hooks, so it runs after them (afterAll hooks run last-in,
// first-out): the file's Payload is closed first, then its database and media folders go.
afterAll(async ({}, file) => {
  await destroyPayloads();
  for (const folder of folders) removeUnlessFailed(folder, file);
});
