import ExcelJS from 'exceljs';
import { neutraliseCell } from '@catalog/content-models/spreadsheet/index.ts';
import type { Table } from './tables.ts';

/**
 * Tables as one workbook, a sheet each with its Chinese title, header frozen; numbers stay numbers
 * (so a reader can sum them), text is neutralised against formulas.
 */
export async function writeTablesWorkbook(tables: Table[], heading?: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公共服务事项目录';
  for (const table of tables) {
    const offset = heading ? 2 : 0;
    const sheet = workbook.addWorksheet(table.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: offset + 1 }] });
    if (heading) {
      sheet.addRow([neutraliseCell(heading)]).font = { bold: true, size: 14 };
      sheet.addRow([]);
    }
    sheet.addRow(table.header.map((cell) => neutraliseCell(cell))).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((cell) => (typeof cell === 'number' ? cell : neutraliseCell(cell))));
    table.header.forEach((_, i) => (sheet.getColumn(i + 1).width = i === 0 || table.header[i]!.includes('原因') ? 36 : 16));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
