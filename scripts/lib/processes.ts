import { spawn, type ChildProcess } from 'node:child_process';

/** Runs an npm script of this repo, prefixing its output so several services stay readable. */
export function runScript(script: string, options: { env?: Record<string, string | undefined>; label: string; cwd?: string }): ChildProcess {
  const child = spawn('npm', ['run', '--silent', script], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${options.label}] `;
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(prefix + line + '\n');
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  return child;
}

/** Polls a URL until it answers (any HTTP status), or fails after `timeoutMs`. */
export async function waitForUrl(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`服务在就绪前退出（退出码 ${child.exitCode}）：${url}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  throw new Error(`等待服务超时（${Math.round(timeoutMs / 1000)} 秒）：${url}`);
}
