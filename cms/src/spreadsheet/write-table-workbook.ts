import ExcelJS from 'exceljs';
import { neutraliseCell } from '@catalog/content-models/spreadsheet/index.ts';

/** One sheet of plain columns (units, adjustments, feedback …), header frozen, cells neutralised against formulas. */
export async function writeTableWorkbook(sheetName: string, header: string[], rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公共服务事项目录';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((title) => ({ header: neutraliseCell(title), width: 18, style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } } }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows.map((row) => row.map((cell) => neutraliseCell(cell))));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
