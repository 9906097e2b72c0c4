import { spawn } from 'node:child_process';
import type { PurgeHook, SwitchEvent } from '../releases.ts';

const TIMEOUT_MS = 60_000;

/**
 * Tells a CDN (or anything else) that the live release changed, after every switch: a
 * publication and a rollback. RELEASE_PURGE_URL receives a POST of the event as JSON;
 * RELEASE_PURGE_COMMAND runs through /bin/sh with RELEASE_VERSION, RELEASE_PREVIOUS_VERSION and
 * RELEASE_SWITCHED_AT in its environment. Both may be set (the URL first). Either must finish in
 * 60 seconds. A failure never undoes the switch: the caller logs it.
 */
export function purgeHookFromEnv(env: Record<string, string | undefined> = process.env): PurgeHook | undefined {
  const url = env.RELEASE_PURGE_URL?.trim();
  const command = env.RELEASE_PURGE_COMMAND?.trim();
  if (url && !/^https?:\/\//.test(url)) throw new Error(`环境变量 RELEASE_PURGE_URL 的值「${url}」不是 http:// 或 https:// 开头的地址`);
  if (!url && !command) return undefined;
  return async (event) => {
    if (url) await postEvent(url, event);
    if (command) await runHookCommand(command, event);
  };
}

async function postEvent(url: string, event: SwitchEvent): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event), signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (error) {
    throw new Error(`请求 RELEASE_PURGE_URL 失败：${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new Error(`RELEASE_PURGE_URL 返回 HTTP ${response.status}：${(await response.text()).slice(0, 200)}`);
}

function runHookCommand(command: string, event: SwitchEvent): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], {
      env: { ...process.env, RELEASE_VERSION: event.version, RELEASE_PREVIOUS_VERSION: event.previousVersion ?? '', RELEASE_SWITCHED_AT: event.switchedAt },
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: TIMEOUT_MS,
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-500)));
    child.on('error', (error) => reject(new Error(`RELEASE_PURGE_COMMAND 无法运行：${error.message}`)));
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`RELEASE_PURGE_COMMAND 失败（${signal ? `信号 ${signal}` : `退出码 ${code}`}）${errors.trim() ? `：${errors.trim()}` : ''}`)),
    );
  });
}
