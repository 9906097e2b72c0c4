import { columnLetter, instructionsSheetName, normaliseHeader, workbookLayout, type SheetLayout } from './layout.ts';
import type { Problem } from './problem.ts';

/** Where each layout column sits in the uploaded sheet (columns may come in any order). */
export interface SheetColumns {
  layout: SheetLayout;
  rows: string[][];
  /** Layout column index → position in the file. */
  positions: number[];
}

export function columnLabel(position: number, header: string): string {
  return `${columnLetter(position)}（${header}）`;
}

/**
 * Checks that the workbook has exactly the template's sheets and columns. A file with the wrong
 * shape is refused as a whole: checking its rows would only produce noise.
 */
export function readStructure(sheets: Record<string, string[][]>): { sheets: SheetColumns[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const known = new Set([...workbookLayout.map((l) => l.name), instructionsSheetName]);
  const expected = workbookLayout.map((l) => `“${l.name}”`).join('、');
  for (const name of Object.keys(sheets)) {
    if (!known.has(name)) problems.push({ sheet: name, value: '', message: `未知工作表“${name}”，导入模板只有：${expected}（及“${instructionsSheetName}”）` });
  }
  const found: SheetColumns[] = [];
  for (const layout of workbookLayout) {
    const rows = sheets[layout.name];
    if (!rows) {
      problems.push({ sheet: layout.name, value: '', message: `缺少工作表“${layout.name}”，导入模板应有：${expected}` });
      continue;
    }
    const header = (rows[0] ?? []).map((cell) => normaliseHeader(cell ?? ''));
    const positions = layout.columns.map((column) => header.indexOf(column.header));
    layout.columns.forEach((column, index) => {
      if (positions[index]! < 0) problems.push({ sheet: layout.name, row: 1, column: column.header, value: '', message: `缺少列“${column.header}”，请使用最新的导入模板` });
    });
    const headers = new Set(layout.columns.map((c) => c.header));
    header.forEach((cell, position) => {
      if (cell === '') return;
      const label = columnLabel(position, cell);
      if (!headers.has(cell)) {
        problems.push({ sheet: layout.name, row: 1, column: label, value: rows[0]![position]!, message: `未知列“${cell}”，“${layout.name}”表可有的列：${layout.columns.map((c) => c.header).join('、')}` });
      } else if (header.indexOf(cell) !== position) {
        problems.push({ sheet: layout.name, row: 1, column: label, value: rows[0]![position]!, message: `列“${cell}”重复出现，只能有一列` });
      }
    });
    found.push({ layout, rows, positions });
  }
  return { sheets: found, problems };
}
