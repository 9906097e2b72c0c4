import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PageJob, ReadyMessage, RenderReply, RenderRequest } from './protocol.ts';

const repoRoot = resolve(import.meta.dirname, '../../..');

/**
 * Restart the renderer before a run once it holds more than this (its caches follow the catalog
 * size). At 100,000 items it passed 1,500 MB after about five approvals, and the approval that
 * restarted it took ~6 s longer; a county's renderer stays far below either figure.
 */
const MAX_RSS_BYTES = Number(process.env.PUBLISH_RENDERER_MAX_RSS_MB ?? 3000) * 1024 * 1024;

export interface RenderResult {
  written: string[];
  ms: number;
}

export interface PageRenderer {
  /** Starts the child now (the worker does it at start-up, so the first approval finds it warm). */
  warm(snapshotDir: string): Promise<void>;
  render(request: Omit<RenderRequest, 'id'>): Promise<RenderResult>;
  /** Stops the child; the next render starts a new one. Called after a failed run and on shutdown. */
  stop(): Promise<void>;
  /** The child's resident memory after its last render. */
  lastRssBytes(): number;
}

/**
 * The incremental publisher's handle on the long-lived render process (render-server.ts). One
 * child serves every run: started once, reused while it stays healthy, restarted after any
 * failure, when it grows past PUBLISH_RENDERER_MAX_RSS_MB, or when the public address changes.
 */
export function pageRenderer(options: { onLine?: (line: string) => void } = {}): PageRenderer {
  let child: ChildProcess | undefined;
  let ready: Promise<void> | undefined;
  let startedFor: string | undefined;
  let lastRss = 0;
  let nextId = 1;
  const waiting = new Map<number, { resolve: (reply: RenderReply) => void; reject: (error: Error) => void }>();

  function start(snapshotDir: string): Promise<void> {
    const site = process.env.SITE_URL ?? (JSON.parse(readFileSync(join(snapshotDir, 'settings.json'), 'utf8')) as { baseUrl: string }).baseUrl;
    if (ready && startedFor === site) return ready;
    void stop();
    startedFor = site;
    const proc = fork(join(import.meta.dirname, 'render-server.ts'), [], {
      cwd: join(repoRoot, 'site'),
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, SNAPSHOT_DIR: snapshotDir },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child = proc;
    const lines = (chunk: Buffer) => chunk.toString().split('\n').filter((l) => l.trim()).forEach((l) => options.onLine?.(`[渲染进程] ${l}`));
    proc.stdout?.on('data', lines);
    proc.stderr?.on('data', lines);
    ready = new Promise<void>((resolveReady, rejectReady) => {
      proc.on('message', (message: RenderReply | ReadyMessage) => {
        if ('ready' in message) return resolveReady();
        const entry = waiting.get(message.id);
        waiting.delete(message.id);
        entry?.resolve(message);
      });
      proc.on('exit', (code, signal) => {
        const error = new Error(`页面渲染进程已退出（${signal ?? `退出码 ${code}`}）`);
        rejectReady(error);
        for (const entry of waiting.values()) entry.reject(error);
        waiting.clear();
        if (child === proc) {
          child = undefined;
          ready = undefined;
        }
      });
    });
    ready.catch(() => undefined);
    return ready;
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = undefined;
    ready = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((done) => proc.once('exit', done));
    if (proc.connected) proc.send({ stop: true });
    const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  return {
    warm: (snapshotDir) => start(snapshotDir),
    async render(request) {
      if (lastRss > MAX_RSS_BYTES) {
        options.onLine?.(`渲染进程内存 ${Math.round(lastRss / 2 ** 20)} MB，重新启动`);
        await stop();
      }
      await start(request.snapshotDir);
      const id = nextId++;
      const reply = await new Promise<RenderReply>((resolveReply, rejectReply) => {
        waiting.set(id, { resolve: resolveReply, reject: rejectReply });
        child!.send({ ...request, id } satisfies RenderRequest);
      });
      if (!reply.ok) {
        // Whatever went wrong may have left the renderer's caches in a bad state: a new one next time.
        await stop();
        throw new Error(`增量渲染失败：${reply.error}`);
      }
      lastRss = reply.rssBytes;
      return { written: reply.written, ms: reply.ms };
    },
    stop,
    lastRssBytes: () => lastRss,
  };
}

export type { PageJob };
