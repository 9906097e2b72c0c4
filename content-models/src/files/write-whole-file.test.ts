import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeWholeFile } from './write-whole-file.ts';

describe('writeWholeFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'write-whole-file-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes text as UTF-8 and truncates what was there', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, 'x'.repeat(10_000));
    await writeWholeFile(path, '{"名称":"社会保障卡申领"}\n');
    expect(await readFile(path, 'utf8')).toBe('{"名称":"社会保障卡申领"}\n');
  });

  it('writes bytes, large and empty ones whole', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    await writeWholeFile(join(dir, 'big.bin'), big);
    expect(Buffer.compare(await readFile(join(dir, 'big.bin')), Buffer.from(big))).toBe(0);
    await writeWholeFile(join(dir, 'empty'), '');
    expect((await stat(join(dir, 'empty'))).size).toBe(0);
  });

  it("refuses an existing file with flag 'wx' and leaves it as it was", async () => {
    const path = join(dir, 'kept.br');
    await writeFile(path, 'old');
    await expect(writeWholeFile(path, 'new', { flag: 'wx' })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(path, 'utf8')).toBe('old');
  });

  it('fails with the system error when the folder is missing', async () => {
    await expect(writeWholeFile(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('sets the mode of a new file', async () => {
    const path = join(dir, 'private');
    await writeWholeFile(path, 'secret', { mode: 0o600 });
    expect((await stat(path)).mode & 0o777).toBe(0o600 & ~process.umask());
  });
});
