import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished, type RunnerTask } from 'vitest';

/** Whether the task failed: a test, or any test or hook of a file or suite. */
export function failed(task: Readonly<RunnerTask>): boolean {
  return task.result?.state === 'fail' || (task.type === 'suite' && task.tasks.some(failed));
}

/**
 * Removes a folder a test or a file of tests wrote into /tmp. After a failure it stays, and its
 * path is printed, so what the test wrote can be looked at.
 */
export function removeUnlessFailed(dir: string, task: Readonly<RunnerTask>): void {
  if (failed(task)) {
    console.warn(`${task.name} failed: kept ${dir}`);
    return;
  }
  rmSync(dir, { recursive: true, force: true });
}

/** A temporary folder for the running test, removed when it passes. Call it inside a test. */
export function testTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(({ task }) => removeUnlessFailed(dir, task));
  return dir;
}
