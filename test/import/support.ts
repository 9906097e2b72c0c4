import { normaliseHeader } from '@catalog/content-models/spreadsheet/index.ts';
import { expect } from 'vitest';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { writeCatalogWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import type { Cms } from '../cms/support/cms.ts';

export type Sheets = Record<string, string[][]>;

export interface Finished {
  status: number;
  body: any;
  /** Every progress answer seen while polling. */
  seen: any[];
}

/** Uploads a workbook through POST /api/imports/start and polls its progress until it ends. */
export async function upload(cms: Cms, token: string | undefined, bytes: Uint8Array, mode: 'dry-run' | 'import', name = '梳理表.xlsx'): Promise<Finished> {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart]), name);
  const started = await cms.rest('POST', `/imports/start?mode=${mode}`, { token, form });
  if (started.status !== 202) return { ...started, seen: [] };
  const seen: any[] = [];
  for (;;) {
    const progress = await cms.rest('GET', `/imports/${started.body.id}/progress`, { token });
    expect(progress.status).toBe(200);
    seen.push(progress.body);
    if (progress.body.status !== 'running') return { status: progress.status, body: progress.body, seen };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function exportXlsx(cms: Cms, token: string, path: string): Promise<{ status: number; bytes: Uint8Array }> {
  const url = new URL(`http://localhost/api${path}`);
  const { REST_GET } = await import('@payloadcms/next/routes');
  const { default: config } = await import('../../cms/src/payload.config.ts');
  const slug = url.pathname.replace(/^\/api\//, '').split('/').map(decodeURIComponent);
  const response = await REST_GET(config)(new Request(url, { headers: { Authorization: `JWT ${token}` } }), { params: Promise.resolve({ slug }) });
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The workbook's data sheets (the 填写说明 sheet left out). */
export async function readSheets(bytes: Uint8Array): Promise<Sheets> {
  const sheets = await readWorkbook(bytes);
  delete sheets['填写说明'];
  return sheets;
}
export const writeSheets = (sheets: Sheets): Promise<Uint8Array> => writeCatalogWorkbook(sheets);

export function column(sheets: Sheets, sheet: string, header: string): number {
  const index = sheets[sheet]![0]!.findIndex((cell) => normaliseHeader(cell) === header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet}`);
  return index;
}

/** Only the rows (and child rows) whose 实施编码 passes `keep`. */
export function filterRows(sheets: Sheets, keep: (code: string) => boolean): Sheets {
  return Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, [rows[0]!, ...rows.slice(1).filter((row) => keep(row[column(sheets, name, '实施编码')] ?? ''))]]));
}

/** Copies an item (its row and child rows) under a new implementation and basic code ending in `suffix` (6 digits). */
export function cloneItem(sheets: Sheets, code: string, suffix: string, name: string): string {
  const newCode = code.slice(0, -6) + suffix;
  for (const [sheet, rows] of Object.entries(sheets)) {
    const codeColumn = column(sheets, sheet, '实施编码');
    for (const row of rows.slice(1).filter((r) => r[codeColumn] === code)) {
      const copy = [...row];
      copy[codeColumn] = newCode;
      if (sheet === '事项与指南') {
        const basic = column(sheets, sheet, '基本编码');
        copy[basic] = copy[basic]!.slice(0, -6) + suffix;
        copy[column(sheets, sheet, '事项名称')] = name;
      }
      rows.push(copy);
    }
  }
  return newCode;
}
