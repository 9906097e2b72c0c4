import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMoveArgs, withoutPassword } from './args.ts';

const file = join(mkdtempSync(join(tmpdir(), 'move-args-')), 'catalog.db');
writeFileSync(file, '');
afterAll(() => rmSync(dirname(file), { recursive: true, force: true }));
const pg = 'postgres://catalog:s3cret@db:5432/catalog';

describe('parseMoveArgs', () => {
  it('takes a SQLite file and a PostgreSQL address, --force optional', () => {
    expect(parseMoveArgs(['--from', `file:${file}`, '--to', pg])).toEqual({ from: `file:${file}`, to: pg, force: false, help: false });
    expect(parseMoveArgs(['--to', pg, '--from', `file:${file}`, '--force']).force).toBe(true);
  });

  it('refuses what it cannot move, in Chinese, never echoing a password', () => {
    expect(() => parseMoveArgs(['--to', pg])).toThrow(/缺少参数 --from/);
    expect(() => parseMoveArgs(['--from', `file:${file}`])).toThrow(/缺少参数 --to/);
    expect(() => parseMoveArgs(['--from', 'mongodb://u:pw@h/catalog', '--to', pg])).toThrow(/--from 应为 SQLite.*u:\*\*\*@h/);
    expect(() => parseMoveArgs(['--from', `file:${file}`, '--to', 'file:/tmp/other.db'])).toThrow(/--to 应为 PostgreSQL/);
    expect(() => parseMoveArgs(['--from', 'file:/nonexistent/catalog.db', '--to', pg])).toThrow(/数据库文件不存在：\/nonexistent\/catalog.db/);
  });

  it('withoutPassword hides only the password', () => {
    expect(withoutPassword(pg)).toBe('postgres://catalog:***@db:5432/catalog');
    expect(withoutPassword('postgres://db/catalog')).toBe('postgres://db/catalog');
  });
});
