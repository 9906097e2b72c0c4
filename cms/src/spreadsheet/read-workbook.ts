import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { cmsRoot } from '../env.ts';
import { checkArchive, defaultArchiveLimits, type ArchiveLimits } from './archive-limits.ts';
import type { WorkerInput, WorkerOutput } from './read-workbook-worker.ts';
import { WorkbookRefusal } from './workbook-refusal.ts';
import { readZipDirectory } from './zip-directory.ts';

export { childRowsPerRow } from './parse-workbook.ts';

export interface ReadLimits {
  /** Largest accepted file, in bytes; 20 MB by default. */
  maxBytes?: number;
  /**
   * Most data rows (below the header) in the first sheet (事项与指南), 20,000 by default. Other
   * sheets hold several rows per item (materials, steps), so they may have `childRowsPerRow` times as many.
   */
  maxRows?: number;
  /** Sheets that must be present. */
  requiredSheets?: readonly string[];
  /** Zip-bomb limits checked before parsing (archive-limits.ts). */
  archive?: Partial<ArchiveLimits>;
  /** Heap of the reading worker; SPREADSHEET_MEMORY_MB, 3,072 MB by default. */
  memoryLimitMb?: number;
  /** Time the reading worker may take; SPREADSHEET_TIME_LIMIT_SECONDS, 120 s by default. */
  timeLimitMs?: number;
}

export const defaultMaxBytes = 20 * 1024 * 1024;
export const defaultMaxRows = 20_000;
/** A 5,000-item file needs about 700 MB in the worker; the 20,000-item limit about four times that. */
const defaultMemoryLimitMb = 3072;
const defaultTimeLimitSeconds = 120;
const workerFile = join(cmsRoot, 'src/spreadsheet/read-workbook-worker.ts');

/**
 * Taken at run time rather than imported: Turbopack rewrites `new Worker(…)` of an imported
 * worker_threads into a module of its own graph and then fails to find the .ts file in `next dev`
 * (`Cannot find module …read-workbook-worker.ts`). Node runs the worker from the source file.
 */
const { Worker } = process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const oleMagic = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function limitFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** Checks the file's first bytes, so a renamed PDF or CSV is refused before any parsing. */
function checkSignature(bytes: Uint8Array): void {
  if (startsWith(bytes, zipMagic)) return;
  if (startsWith(bytes, oleMagic)) {
    throw new WorkbookRefusal('这是旧版 Excel（.xls）文件，不能导入：请在 Excel 或 WPS 中“另存为” .xlsx 格式后重新上传');
  }
  throw new WorkbookRefusal('文件不是 Excel 工作簿（.xlsx）：请使用导入模板填写并保存为 .xlsx 格式后上传');
}

/**
 * Reads an xlsx workbook into sheets of cell text (sheet name → rows → cells). Refuses, with a
 * WorkbookRefusal, anything that is not a plain data workbook: wrong file type, too large, a zip
 * bomb (entries, uncompressed size, compression ratio, cells: checked before parsing), too many
 * rows, formulas, missing sheets. Parsing runs in a worker thread. Reading never writes anything.
 */
export async function readWorkbook(input: string | Uint8Array, limits: ReadLimits = {}): Promise<Record<string, string[][]>> {
  const maxBytes = limits.maxBytes ?? defaultMaxBytes;
  const maxRows = limits.maxRows ?? defaultMaxRows;
  if (typeof input === 'string') {
    const size = (await stat(input)).size;
    if (size > maxBytes) throw new WorkbookRefusal(`文件过大：${megabytes(size)}，上限为 ${megabytes(maxBytes)}；请按单位或批次拆分后分别导入`);
  }
  const bytes = typeof input === 'string' ? await readFile(input) : input;
  if (bytes.byteLength > maxBytes) throw new WorkbookRefusal(`文件过大：${megabytes(bytes.byteLength)}，上限为 ${megabytes(maxBytes)}；请按单位或批次拆分后分别导入`);
  checkSignature(bytes);

  const archive = { ...defaultArchiveLimits, ...limits.archive };
  const entries = readZipDirectory(bytes);
  checkArchive(entries, archive);
  return inWorker(
    { bytes, entries, maxCells: archive.maxCells, parse: { maxRows, requiredSheets: limits.requiredSheets ?? [] } },
    limits.memoryLimitMb ?? limitFromEnv('SPREADSHEET_MEMORY_MB', defaultMemoryLimitMb),
    limits.timeLimitMs ?? limitFromEnv('SPREADSHEET_TIME_LIMIT_SECONDS', defaultTimeLimitSeconds) * 1000,
  );
}

/** One workbook is parsed at a time: two cores, and each parse may use the whole memory limit. */
let previousRead: Promise<unknown> = Promise.resolve();

/**
 * Counts the cells and parses in a worker thread: however costly the file, the server's event
 * loop keeps answering, and the worker is ended at its memory or time limit.
 */
function inWorker(input: WorkerInput, memoryLimitMb: number, timeLimitMs: number): Promise<Record<string, string[][]>> {
  const read = previousRead.catch(() => undefined).then(() => runWorker(input, memoryLimitMb, timeLimitMs));
  previousRead = read;
  return read;
}

function runWorker(input: WorkerInput, memoryLimitMb: number, timeLimitMs: number): Promise<Record<string, string[][]>> {
  return new Promise((resolve, reject) => {
    // execArgv []: Node 24 runs the .ts worker by stripping types, without the parent's loaders.
    const worker = new Worker(workerFile, { workerData: input, execArgv: [], resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb } });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(
      () => settle(() => reject(new WorkbookRefusal(`读取工作簿超过时间上限 ${timeLimitMs / 1000} 秒，已停止：请按单位或批次拆分后分别导入`))),
      timeLimitMs,
    );
    worker.on('message', (output: WorkerOutput) =>
      settle(() => {
        if ('sheets' in output) resolve(output.sheets);
        else if ('refusal' in output) reject(new WorkbookRefusal(output.refusal));
        else reject(new Error(output.error));
      }),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WorkbookRefusal(`读取工作簿超过内存上限 ${memoryLimitMb} MB，已停止：请按单位或批次拆分后分别导入`)
            : error,
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new Error(`读取工作簿的工作线程意外退出（退出码 ${code}）`))));
  });
}
