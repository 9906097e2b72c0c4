import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/**
 * Runs an npm script of this repo, prefixing its output so several services stay readable. The
 * script gets a process group of its own, so `stopTree` ends it with everything it started
 * (npm → sh → next-server), not just the npm wrapper.
 */
export function runScript(script: string, options: { env?: Record<string, string | undefined>; label: string; cwd?: string }): ChildProcess {
  const child = spawn('npm', ['run', '--silent', script], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const prefix = `[${options.label}] `;
  const forward = (stream: NodeJS.WritableStream) => (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line.trim()) stream.write(prefix + line + '\n');
  };
  child.stdout?.on('data', forward(process.stdout));
  child.stderr?.on('data', forward(process.stderr));
  return child;
}

/** Ends a script started by `runScript` together with its children. */
export function stopTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/** Refuses a port another program already listens on, before anything is started. */
export async function assertPortFree(port: number, host: string, variable: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`端口 ${port} 已被其他程序占用（${host}）。请先停止该程序，或用环境变量 ${variable} 指定其他端口。`)),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
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
