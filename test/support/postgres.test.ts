import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startPostgres, type RunningPostgres } from './postgres.ts';

describe('throwaway PostgreSQL for the portability suite', () => {
  let server: RunningPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => server?.stop());

  it('accepts connections on loopback and stores data', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query('create table t (name text)');
    await client.query("insert into t values ('公共服务')");
    const { rows } = await client.query('select name from t');
    await client.end();
    expect(rows).toEqual([{ name: '公共服务' }]);
  });
});
