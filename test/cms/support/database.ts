import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type {} from './postgres-global.ts';

/**
 * Runs before each test file: points DATABASE_URL at a database of its own, so files never see
 * each other's fixtures and no cleanup is needed between them.
 */
process.env.CMS_SEED = 'off';
process.env.MEDIA_DIR = mkdtempSync(join(tmpdir(), 'cms-media-'));

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
  process.env.DATABASE_URL = `file:${join(mkdtempSync(join(tmpdir(), 'cms-sqlite-')), 'test.db')}`;
}
