import { parentPort, workerData } from 'node:worker_threads';
import { countWorkbookCells } from './count-cells.ts';
import { parseWorkbook, type ParseLimits } from './parse-workbook.ts';
import { WorkbookRefusal } from './workbook-refusal.ts';
import type { ZipEntry } from './zip-directory.ts';

/**
 * The reading worker (read-workbook.ts starts it with a memory and a time limit): counts the cells,
 * then parses. Plain TypeScript that Node 24 runs by stripping types, whether the caller is a
 * script, a test or the Next server.
 */
export interface WorkerInput {
  bytes: Uint8Array;
  entries: ZipEntry[];
  maxCells: number;
  parse: ParseLimits;
}

export type WorkerOutput = { sheets: Record<string, string[][]> } | { refusal: string } | { error: string };

const input = workerData as WorkerInput;
let output: WorkerOutput;
try {
  countWorkbookCells(input.bytes, input.entries, input.maxCells);
  output = { sheets: await parseWorkbook(input.bytes, input.parse) };
} catch (error) {
  output = error instanceof WorkbookRefusal ? { refusal: error.message } : { error: error instanceof Error ? error.message : String(error) };
}
parentPort!.postMessage(output);
