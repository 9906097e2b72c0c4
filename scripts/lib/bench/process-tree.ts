import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory (bytes) of `root` and all its descendants, read from /proc. */
export function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces): state ppid … ; rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * 4096);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while we were reading.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * The peak of several process trees running at the same time, summed at each sample: what the
 * machine needs for the build and the index side by side (the sum of their own peaks overstates
 * it when they peak at different moments).
 */
export class CombinedPeak {
  private readonly roots = new Set<number>();
  private timer: NodeJS.Timeout | undefined;
  peakRssBytes = 0;

  add(pid: number): void {
    this.roots.add(pid);
    this.timer ??= setInterval(() => this.sample(), 200);
  }

  remove(pid: number): void {
    this.sample();
    this.roots.delete(pid);
    if (this.roots.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private sample(): void {
    let total = 0;
    for (const root of this.roots) total += treeRss(root);
    this.peakRssBytes = Math.max(this.peakRssBytes, total);
  }
}

export interface Measured {
  ms: number;
  peakRssBytes: number;
}

/**
 * Runs a command to completion, sampling the memory of its whole process tree (Astro and
 * Pagefind both start children of their own). Output is kept only to explain a failure.
 */
export function runMeasured(command: string, args: string[], options: { env?: Record<string, string>; cwd?: string; combined?: CombinedPeak } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail: string[] = [];
    const keep = (chunk: Buffer) => {
      tail.push(chunk.toString());
      if (tail.length > 30) tail.shift();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    if (child.pid) options.combined?.add(child.pid);
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(child.pid));
    }, 200);
    child.on('error', (error) => {
      clearInterval(timer);
      if (child.pid) options.combined?.remove(child.pid);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      if (child.pid) options.combined?.remove(child.pid);
      const ms = Math.round(performance.now() - started);
      if (code === 0) resolve({ ms, peakRssBytes: peak });
      else reject(new Error(`${command} ${args.join(' ')} 失败（退出码 ${code}）：\n${tail.join('').slice(-2000)}`));
    });
  });
}

/**
 * CPU seconds (user + system) used so far by the processes `matches` picks (by command line and
 * parent pid), and all
 * its descendants, from /proc (Linux; 0 elsewhere). Children that already exited and were
 * waited for count through their parent's cutime/cstime.
 */
export function treeCpuSeconds(matches: (commandLine: string, parentPid: number) => boolean): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const ticks = 100; // USER_HZ on Linux
  const parentOf = new Map<number, number>();
  const cpuOf = new Map<number, number>();
  const roots: number[] = [];
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const parent = Number(fields[1]);
      parentOf.set(pid, parent);
      cpuOf.set(pid, (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks);
      if (matches(readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' '), parent)) roots.push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parentOf.get(p), hops++) if (roots.includes(p)) return true;
    return false;
  };
  let total = 0;
  for (const [pid, cpu] of cpuOf) if (inTree(pid)) total += cpu;
  return Math.round(total * 10) / 10;
}
