import ExcelJS from 'exceljs';

/**
 * The look every template and export shares: text-formatted columns (codes keep their leading
 * zeros), the header row frozen and bold, required headers highlighted, a note on every header
 * cell, and a 填写说明 sheet listing each sheet and column with its note.
 */

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const requiredFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

export interface SheetColumn {
  /** As written in the header cell (required ones carry their *). */
  headerText: string;
  /** As listed in the 填写说明 sheet. */
  header: string;
  width: number;
  required: boolean;
  note: string;
}

export interface LayoutSheet {
  name: string;
  description: string;
  columns: readonly SheetColumn[];
}

export function addLayoutSheet(workbook: ExcelJS.Workbook, layout: LayoutSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = layout.columns.map((column) => ({
    header: column.headerText,
    width: column.width,
    style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
  }));
  layout.columns.forEach((column, index) => {
    const cell = sheet.getRow(1).getCell(index + 1);
    cell.note = column.note;
    cell.font = { bold: true };
    cell.fill = column.required ? requiredFill : headerFill;
  });
  return sheet;
}

export interface Instructions {
  sheetName: string;
  /** Widths of the 工作表 and 列 columns. */
  widths: readonly [number, number];
  /** The first line, for all sheets. */
  general: string;
  layouts: readonly LayoutSheet[];
}

export function addInstructionsSheet(workbook: ExcelJS.Workbook, { sheetName, widths, general, layouts }: Instructions): void {
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '工作表', width: widths[0] },
    { header: '列', width: widths[1] },
    { header: '是否必填', width: 10 },
    { header: '填写说明', width: 100 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(['（全部）', '', '', general]);
  for (const layout of layouts) {
    sheet.addRow([layout.name, '', '', layout.description]);
    for (const column of layout.columns) sheet.addRow([layout.name, column.header, column.required ? '必填' : '选填', column.note]);
  }
  sheet.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
}
