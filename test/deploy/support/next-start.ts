import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { RunnerTask } from 'vitest';
import { removeUnlessFailed } from '../../support/temp-dir.ts';
import { waitForAdminBuild } from './admin-build.ts';

const cmsDir = resolve(import.meta.dirname, '../../../cms');

export interface RunningCms {
  url: string;
  port: number;
  databaseUrl: string;
  log(): string;
  /** Ends the server; once it has exited, removes its database and media folder, kept when the test `task` failed. */
  stop(task?: Readonly<RunnerTask>): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * `next start` of the built admin in production mode on a fresh SQLite file, as an operator runs
 * it (migrations on start, a real secret, no demo); resolves once the API answers.
 */
export async function startNext(env: Record<string, string> = {}): Promise<RunningCms> {
  await waitForAdminBuild();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'deploy-cms-'));
  const databaseUrl = `file:${join(dir, 'cms.db')}`;
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [resolve(cmsDir, '../node_modules/next/dist/bin/next'), 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: cmsDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      CMS_ENV: 'production',
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      PAYLOAD_MIGRATE: '1',
      CMS_SEED: 'off',
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: join(dir, 'media'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, name);
  };
  const stop = async (task?: Readonly<RunnerTask>) => {
    signal('SIGTERM');
    const hung = setTimeout(() => signal('SIGKILL'), 10_000);
    await exited;
    clearTimeout(hung);
    if (task) removeUnlessFailed(dir, task);
    else rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start 已退出（${child.exitCode}，数据在 ${dir}）：\n${output}`);
    const ready = await fetch(`${url}/api/users/me`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.ok, () => false);
    if (ready) return { url, port, databaseUrl, log: () => output, stop };
    await new Promise((done) => setTimeout(done, 500));
  }
  signal('SIGTERM');
  throw new Error(`next start 未在 ${url} 应答（数据在 ${dir}）：\n${output}`);
}
