import ExcelJS from 'exceljs';
import type { ReviewTable } from '@catalog/content-models/spreadsheet/index.ts';

const forbidden = /[\\/?*[\]:]/g;

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] :, unique ignoring case. */
function sheetName(unitName: string, used: Set<string>): string {
  const base = unitName.replace(forbidden, '_').slice(0, 28) || '单位';
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 27 - String(n).length)}(${n})`;
  used.add(name.toLowerCase());
  return name;
}

/**
 * The per-unit review tables as one workbook, one sheet per unit, set up to print: A4 landscape,
 * fit to page width, title and header rows repeated on every page, grid lines printed.
 */
export async function writeReviewWorkbook(tables: readonly ReviewTable[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.unitName, used), {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:2' },
      views: [{ state: 'frozen', ySplit: 2 }],
    });
    sheet.columns = table.widths.map((width) => ({ width, style: { alignment: { wrapText: true, vertical: 'top' } } }));
    sheet.addRow([table.title]);
    sheet.mergeCells(1, 1, 1, table.headers.length);
    sheet.getRow(1).font = { bold: true, size: 14 };
    sheet.getRow(1).alignment = { horizontal: 'center' };
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    sheet.addRows(table.rows);
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber < 2) return;
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
      });
    });
    sheet.headerFooter.oddFooter = '第 &P 页，共 &N 页　　单位负责人签字：__________　　日期：__________';
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
