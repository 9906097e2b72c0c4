/** Where a running import stands; kept in memory while it runs, stored on its `imports` record at the end. */
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export type ImportPhase = 'read' | 'check' | 'compare' | 'write' | 'finished';

export const phaseLabels: Record<ImportPhase, string> = {
  read: '读取工作簿',
  check: '逐行检查',
  compare: '与事项库比较',
  write: '写入并提交审核',
  finished: '已结束',
};

/**
 * Progress of the imports running in this process, by record id. The import writes in one database
 * transaction, which SQLite would block a second writer on, so progress is not written to the
 * record while it runs: GET /api/imports/:id/progress reads it from here.
 */
const running = new Map<string, ImportProgress>();

export function trackProgress(id: string, progress: ImportProgress): void {
  running.set(id, progress);
}

export function finishProgress(id: string): void {
  running.delete(id);
}

export function currentProgress(id: string): ImportProgress | undefined {
  return running.get(id);
}

export function importsRunning(): number {
  return running.size;
}
