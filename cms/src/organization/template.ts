import ExcelJS from 'exceljs';
import {
  organizationColumnNote,
  organizationInstructionsSheetName,
  organizationLayout,
} from '@catalog/content-models/organization/index.ts';
import { headerText } from '@catalog/content-models/spreadsheet/index.ts';
import { addInstructionsSheet, addLayoutSheet, type LayoutSheet } from '../spreadsheet/layout-sheets.ts';

const layoutSheets: LayoutSheet[] = organizationLayout.map((layout) => ({
  name: layout.name,
  description: layout.description,
  columns: layout.columns.map((column) => ({ headerText: headerText(column), header: column.header, width: column.width, required: column.required ?? false, note: organizationColumnNote(column) })),
}));

/**
 * The empty 组织机构 template: sheets 单位 and 账号 and a 填写说明 sheet, in the look of every
 * template (spreadsheet/layout-sheets.ts).
 */
export async function writeOrganizationTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公共服务事项目录';
  for (const layout of layoutSheets) addLayoutSheet(workbook, layout);
  addInstructionsSheet(workbook, {
    sheetName: organizationInstructionsSheetName,
    widths: [10, 18],
    general: '带 * 的列必填。列的顺序可以调整，不要改名表头。不要增加密码列：新账号导入后由系统生成一次性的设置密码链接。先“检查（试运行）”，全部通过后再导入；导入是全部写入或全部不写。',
    layouts: layoutSheets,
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
