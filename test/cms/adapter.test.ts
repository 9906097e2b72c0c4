import { describe, expect, it } from 'vitest';
import { databaseAdapter, sqliteFileUrl } from '../../cms/src/db/adapter.ts';
import { cmsRoot } from '../../cms/src/env.ts';

describe('database chosen by DATABASE_URL', () => {
  it.each([
    ['file:./data/x.db', 'sqlite'],
    ['postgres://u@127.0.0.1:5432/catalog', 'postgres'],
    ['postgresql://u@127.0.0.1:5432/catalog', 'postgres'],
    ['mongodb://127.0.0.1:27017/catalog', 'mongoose'],
  ])('%s → %s', (url, name) => {
    expect(databaseAdapter(url).name).toBe(name);
  });

  it('refuses an unknown scheme in Chinese, naming the variable, the value and what is accepted', () => {
    expect(() => databaseAdapter('mysql://db/catalog')).toThrow(/DATABASE_URL.*“mysql”.*mysql:\/\/db\/catalog.*file:.*postgres:\/\/.*mongodb:\/\//);
  });

  it('resolves a relative SQLite path against cms/, not the working directory', () => {
    expect(sqliteFileUrl('file:./data/catalog.db')).toBe(`file:${cmsRoot}/data/catalog.db`);
  });
});
