import ExcelJS from 'exceljs';
import {
  organizationColumnNote,
  organizationHeaderText,
  organizationInstructionsSheetName,
  organizationLayout,
} from '@catalog/content-models/organization/index.ts';

const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const requiredFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFCE4D6' } };

/**
 * The empty 组织机构 template: sheets 单位 and 账号 with text-formatted columns (codes keep their
 * leading zeros), required headers highlighted, a note on every header, and a 填写说明 sheet. Written
 * here rather than with spreadsheet/write-workbook.ts, whose writers are bound to the 梳理表 layout
 * (writeCatalogWorkbook) or to one sheet (writeTableWorkbook); the look is the same.
 */
export async function writeOrganizationTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '公共服务事项目录';
  for (const layout of organizationLayout) {
    const sheet = workbook.addWorksheet(layout.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = layout.columns.map((column) => ({
      header: organizationHeaderText(column),
      width: column.width,
      style: { numFmt: '@', alignment: { wrapText: true, vertical: 'top' } },
    }));
    layout.columns.forEach((column, index) => {
      const cell = sheet.getRow(1).getCell(index + 1);
      cell.note = organizationColumnNote(column);
      cell.font = { bold: true };
      cell.fill = column.required ? requiredFill : headerFill;
    });
  }
  const instructions = workbook.addWorksheet(organizationInstructionsSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  instructions.columns = [
    { header: '工作表', width: 10 },
    { header: '列', width: 18 },
    { header: '是否必填', width: 10 },
    { header: '填写说明', width: 100 },
  ];
  instructions.getRow(1).font = { bold: true };
  instructions.addRow(['（全部）', '', '', '带 * 的列必填。列的顺序可以调整，不要改名表头。不要增加密码列：新账号导入后由系统生成一次性的设置密码链接。先“检查（试运行）”，全部通过后再导入；导入是全部写入或全部不写。']);
  for (const layout of organizationLayout) {
    instructions.addRow([layout.name, '', '', layout.description]);
    for (const column of layout.columns) instructions.addRow([layout.name, column.header, column.required ? '必填' : '选填', organizationColumnNote(column)]);
  }
  instructions.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
