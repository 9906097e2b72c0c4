import type { Payload } from 'payload';
import type { Doc, Id } from '../workflow/docs.ts';
import { finishProgress, trackProgress } from './progress.ts';
import { runImport, type ImportMode, type ImportReport } from './service.ts';

/** Problems kept on the record: enough for any real fix-up round, bounded for a broken 50,000-row file. */
export const storedProblemLimit = 5_000;

/**
 * The record's `problems` list holds the problems and, after them, the findings (told apart by their
 * `severity`); the progress endpoint gives them back as two lists (see splitStoredProblems).
 */
function reportFields(report: ImportReport): Doc {
  const cut: string[] = [];
  if (report.problems.length > storedProblemLimit) cut.push(`仅保存前 ${storedProblemLimit} 个问题`);
  if (report.findings.length > storedProblemLimit) cut.push(`仅保存前 ${storedProblemLimit} 条质量检查结果`);
  return {
    status: report.status,
    phase: 'finished',
    added: report.added.length,
    changed: report.changed.length,
    unchanged: report.unchanged.length,
    problemCount: report.problems.length,
    problems: [...report.problems.slice(0, storedProblemLimit), ...report.findings.slice(0, storedProblemLimit)],
    message: cut.length > 0 ? `${report.message}（${cut.join('，')}）` : report.message,
    finishedAt: new Date().toISOString(),
  };
}

/** The stored list as the report has it: problems (block the import) and findings (never block). */
export function splitStoredProblems(stored: unknown): { problems: Doc[]; findings: Doc[] } {
  const list = Array.isArray(stored) ? (stored as Doc[]) : [];
  return { problems: list.filter((entry) => !('severity' in entry)), findings: list.filter((entry) => 'severity' in entry) };
}

/**
 * Creates the `imports` record and runs the import after the response has gone: the admin polls
 * GET /api/imports/:id/progress. The record is written before and after, never during, the import's
 * transaction; if the import throws, the transaction is rolled back and the record says why.
 */
export async function startImport(payload: Payload, user: Doc & { id: Id }, mode: ImportMode, bytes: Uint8Array, fileName: string): Promise<{ id: Id; done: Promise<void> }> {
  const record = await payload.create({
    collection: 'imports',
    data: { fileName, mode, status: 'running', phase: 'read', done: 0, total: 1, createdBy: user.id } as never,
    overrideAccess: true,
  });
  const id = String(record.id);
  trackProgress(id, { phase: 'read', done: 0, total: 1 });
  const done = (async () => {
    let fields: Doc;
    try {
      const report = await runImport(payload, user, { mode, bytes, fileName, batch: `梳理表导入 ${id}`, onProgress: (progress) => trackProgress(id, progress) });
      fields = reportFields(report);
    } catch (error) {
      payload.logger.error({ err: error, msg: `梳理表导入 ${id} 失败` });
      fields = { status: 'failed', phase: 'finished', message: `导入失败，未写入任何内容：${error instanceof Error ? error.message : String(error)}`, finishedAt: new Date().toISOString() };
    }
    try {
      await payload.update({ collection: 'imports', id: record.id, data: fields as never, overrideAccess: true });
    } finally {
      finishProgress(id);
    }
  })();
  return { id: record.id, done };
}
