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
import { addInstructionsSheet, addLayoutSheet, type LayoutSheet } from './layout-sheets.ts';

/** The 梳理表 layout as the shared sheet writer takes it. */
const layoutSheets: LayoutSheet[] = workbookLayout.map((layout) => ({
  name: layout.name,
  description: layout.description,
  columns: layout.columns.map((column) => ({ headerText: headerText(column), header: column.header, width: column.width, required: column.required, note: columnNote(column) })),
}));

/**
 * Writes sheets in the import layout (see layout-sheets.ts for the look) with a 填写说明 sheet, so
 * the rules are readable in print too.
 */
export async function writeCatalogWorkbook(sheets: SheetRows): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公共服务事项目录';
  for (const layout of layoutSheets) addLayoutSheet(workbook, layout).addRows((sheets[layout.name] ?? []).slice(1));
  addInstructionsSheet(workbook, {
    sheetName: instructionsSheetName,
    widths: [14, 26],
    general: '带 * 的列必填。不要删除、改名或增加工作表和列；列的顺序可以调整。单元格请填数值，不要使用公式。以 = + - @ 开头的内容导出时会在前面加一个英文单引号，导入时自动去掉。',
    layouts: layoutSheets,
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function writeTemplateWorkbook(): Promise<Uint8Array> {
  return writeCatalogWorkbook(templateRows());
}

export function writeGuidesWorkbook(guides: Iterable<GuideDraft>): Promise<Uint8Array> {
  return writeCatalogWorkbook(guidesToRows(guides));
}
