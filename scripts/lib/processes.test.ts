import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { assertPortFree, stopTree } from './processes.ts';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Running, as opposed to gone or a zombie waiting to be reaped. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('service processes', () => {
  it('refuses a port that is already taken, naming the variable to change', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    await expect(assertPortFree(port, '127.0.0.1', 'CMS_PORT')).rejects.toThrow(`端口 ${port} 已被其他程序占用（127.0.0.1）。请先停止该程序，或用环境变量 CMS_PORT`);
    server.close();
    await expect(assertPortFree(port, '127.0.0.1', 'CMS_PORT')).resolves.toBeUndefined();
  });

  it('stops a service together with the processes it started', async () => {
    // A shell that starts a grandchild, as npm → sh → next-server does.
    const child = spawn('sh', ['-c', 'sleep 30 & echo $!; wait'], { detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const grandchild = Number(await new Promise<string>((resolve) => child.stdout.once('data', (d) => resolve(String(d).trim()))));
    expect(running(grandchild)).toBe(true);
    stopTree(child);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(running(grandchild)).toBe(false);
  });
});
