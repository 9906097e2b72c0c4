import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const script = join(root, 'scripts', 'generate-catalog.ts');
const dirs: string[] = [];

async function generate(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(tsx, [script, ...args], { cwd: root });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('npm run generate', () => {
  it('writes a snapshot, reporting progress every 10% and a summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'generate-cli-'));
    dirs.push(dir);
    const out = join(dir, 'snapshot');
    const result = await generate('--items', '40', '--out', out, '--seed', '2');
    expect(result.code).toBe(0);
    expect(result.stdout.match(/已生成 \d+ \/ 40 项/g)).toHaveLength(10);
    expect(result.stdout).toMatch(/完成：事项 40 项/);
    expect((await readdir(join(out, 'items'))).length).toBe(40);
    expect(JSON.parse(await readFile(join(out, 'meta.json'), 'utf8')).counts.items).toBe(40);
  });

  it('explains bad arguments in Chinese and exits non-zero', async () => {
    const missing = await generate('--items', '10');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('缺少参数 --out');
    const notNumber = await generate('--items', 'many', '--out', 'x');
    expect(notNumber.stderr).toContain('参数 --items 应为 1 到 1000000 之间的整数，收到「many」');
    const unknown = await generate('--count', '5');
    expect(unknown.stderr).toContain('无法识别的参数「--count」');
  });
});
