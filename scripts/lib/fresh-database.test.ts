import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseIsNew, databaseLocation } from './fresh-database.ts';

describe('databaseIsNew', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fresh-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is true for a missing or empty SQLite file, false for one with data', () => {
    expect(databaseIsNew(`file:${join(dir, 'none.db')}`, dir)).toBe(true);
    writeFileSync(join(dir, 'empty.db'), '');
    expect(databaseIsNew('file:./empty.db', dir)).toBe(true);
    writeFileSync(join(dir, 'data.db'), 'SQLite format 3\0');
    expect(databaseIsNew('file:data.db', dir)).toBe(false);
  });

  it('uses the CMS default when DATABASE_URL is unset, and cannot tell for a database server', () => {
    expect(databaseIsNew(undefined, dir)).toBe(true);
    expect(databaseIsNew('postgres://localhost/catalog', dir)).toBeUndefined();
  });
});

describe('databaseLocation', () => {
  it('names the SQLite file, relative paths from the CMS folder, the default when unset', () => {
    expect(databaseLocation(undefined, '/srv/cms')).toBe('/srv/cms/data/catalog.db');
    expect(databaseLocation('file:/tmp/other.db', '/srv/cms')).toBe('/tmp/other.db');
    expect(databaseLocation('file:./x/y.db', '/srv/cms')).toBe('/srv/cms/x/y.db');
  });

  it('names a database server without its password', () => {
    expect(databaseLocation('postgres://catalog:s3cret@db.internal:5432/catalog', '/srv/cms')).toBe('postgres://catalog:***@db.internal:5432/catalog');
    expect(databaseLocation('mongodb://db.internal:27017/catalog', '/srv/cms')).toBe('mongodb://db.internal:27017/catalog');
    expect(databaseLocation('postgres://catalog:s3cret@db.internal:5432/catalog', '/srv/cms')).not.toContain('s3cret');
  });
});
