import ExcelJS from 'exceljs';
import { WorkbookRefusal } from './workbook-refusal.ts';

export const childRowsPerRow = 10;
const formulaCellsShown = 5;

export interface ParseLimits {
  maxRows: number;
  requiredSheets: readonly string[];
}

/** A cell's content as the editor sees it; formulas are refused before this is called. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

function isFormula(cell: ExcelJS.Cell): boolean {
  const value = cell.value;
  return cell.type === ExcelJS.ValueType.Formula || (typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value));
}

/**
 * Parses an xlsx already checked by the archive limits into sheets of cell text. Refuses too many
 * rows, formulas and missing sheets. Runs in the reading worker (read-workbook-worker.ts).
 */
export async function parseWorkbook(bytes: Uint8Array, limits: ParseLimits): Promise<Record<string, string[][]>> {
  // The whole-workbook reader, not ExcelJS's streaming WorkbookReader: the streaming one splits
  // multi-byte characters at chunk boundaries and returns “社会团���” for Chinese text
  // (exceljs/exceljs#2063, #2084, still open), which a round-trip test here reproduced.
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookRefusal(`无法读取工作簿：文件已损坏或不是 Excel 工作簿（${error instanceof Error ? error.message : String(error)}）`);
  }

  const sheets: Record<string, string[][]> = {};
  const formulas: string[] = [];
  for (const [index, worksheet] of workbook.worksheets.entries()) {
    const dataRows = Math.max(0, worksheet.actualRowCount - 1);
    const limit = index === 0 ? limits.maxRows : limits.maxRows * childRowsPerRow;
    if (dataRows > limit) {
      throw new WorkbookRefusal(`工作表“${worksheet.name}”有 ${dataRows} 行数据，超过上限 ${limit} 行；请拆分后分别导入`);
    }
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
        if (isFormula(cell)) formulas.push(`“${worksheet.name}”表 ${cell.address}`);
        cells[columnNumber - 1] = cellText(cell.value);
      });
      rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
    });
    sheets[worksheet.name] = Array.from(rows, (row) => row ?? []);
  }
  if (formulas.length > 0) {
    const shown = formulas.slice(0, formulaCellsShown).join('、');
    const more = formulas.length > formulaCellsShown ? ` 等 ${formulas.length} 个单元格` : '';
    throw new WorkbookRefusal(`单元格含公式：${shown}${more}。导入只接受数值，请复制这些单元格后“选择性粘贴 → 数值”，再重新上传`);
  }
  const missing = limits.requiredSheets.filter((name) => !(name in sheets));
  if (missing.length > 0) {
    throw new WorkbookRefusal(`缺少工作表：${missing.map((n) => `“${n}”`).join('、')}；请使用最新的导入模板，不要删除或改名工作表`);
  }
  return sheets;
}
