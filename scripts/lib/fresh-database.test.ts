import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseIsNew } from './fresh-database.ts';

describe('databaseIsNew', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fresh-db-'));

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
