import { columnLetter, normaliseHeader, type Problem } from '@catalog/content-models/spreadsheet/index.ts';

/**
 * Places a problem found after parsing (a file not in the media library, a catalog item of another
 * unit) on the cell the editor typed it in: the first row of the sheet that holds the implementation
 * code and, when given, the value.
 */
export function problemAt(sheets: Record<string, string[][]>, sheet: string, header: string, code: string, value: string, message: string): Problem {
  const rows = sheets[sheet] ?? [];
  const headers = (rows[0] ?? []).map((cell) => normaliseHeader(cell ?? ''));
  const column = headers.indexOf(normaliseHeader(header));
  const index = rows.findIndex((cells, i) => i > 0 && cells.includes(code) && (value === '' || column < 0 || (cells[column] ?? '').includes(value)));
  return {
    sheet,
    row: index > 0 ? index + 1 : undefined,
    column: column >= 0 ? `${columnLetter(column)}（${header}）` : header,
    value,
    message,
  };
}
