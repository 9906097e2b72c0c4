import { spawn } from 'node:child_process';

/**
 * Runs a command to completion, keeping the last lines of its output so a failure can say why
 * (the publication log shows them). Rejects with a Chinese message naming the step.
 */
export function runCommand(
  label: string,
  command: string,
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; onLine?: (line: string) => void } = {},
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const tail: string[] = [];
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line.trim()) continue;
        options.onLine?.(line);
        tail.push(line);
        if (tail.length > 40) tail.shift();
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => reject(new Error(`${label}无法启动：${error.message}`)));
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(tail);
      else reject(new Error(`${label}失败（${signal ? `信号 ${signal}` : `退出码 ${code}`}）：\n${tail.slice(-15).join('\n')}`));
    });
  });
}
