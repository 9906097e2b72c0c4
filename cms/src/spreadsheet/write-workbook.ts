import ExcelJS from 'exceljs';
import {
  columnNote,
  guidesToRows,
  headerText,
  instructionsSheetName,
  templateRows,
  workbookLayout,
  type SheetRows,
} from '@catalog/content-models/spreadsheet/index.ts';
import type { GuideDraft } from '@catalog/content-models';

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const requiredFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

/** The 填写说明 sheet: every sheet and column with its note, so the rules are readable in print too. */
function addInstructions(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(instructionsSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '工作表', width: 14 },
    { header: '列', width: 26 },
    { header: '是否必填', width: 10 },
    { header: '填写说明', width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['（全部）', '', '', '带 * 的列必填。不要删除、改名或增加工作表和列；列的顺序可以调整。单元格请填数值，不要使用公式。以 = + - @ 开头的内容导出时会在前面加一个英文单引号，导入时自动去掉。']);
  for (const layout of workbookLayout) {
    sheet.addRow([layout.name, '', '', layout.description]);
    for (const column of layout.columns) sheet.addRow([layout.name, column.header, column.required ? '必填' : '选填', columnNote(column)]);
  }
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * Writes sheets in the import layout: text-formatted columns (codes keep leading zeros), the header
 * row frozen, required headers highlighted, a note on every header cell, a 填写说明 sheet.
 */
export async function writeCatalogWorkbook(sheets: SheetRows): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公共服务事项目录';
  for (const layout of workbookLayout) {
    const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = layout.columns.map((column) => ({
      header: headerText(column),
      width: column.width,
      style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
    }));
    layout.columns.forEach((column, index) => {
      const cell = sheet.getRow(1).getCell(index + 1);
      cell.note = columnNote(column);
      cell.font = { bold: true };
      cell.fill = column.required ? requiredFill : headerFill;
    });
    const rows = sheets[layout.name] ?? [];
    sheet.addRows(rows.slice(1));
  }
  addInstructions(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function writeTemplateWorkbook(): Promise<Uint8Array> {
  return writeCatalogWorkbook(templateRows());
}

export function writeGuidesWorkbook(guides: Iterable<GuideDraft>): Promise<Uint8Array> {
  return writeCatalogWorkbook(guidesToRows(guides));
}
