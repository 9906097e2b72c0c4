import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { reviewTables } from '../../content-models/src/spreadsheet/index.ts';
import { writeReviewWorkbook } from '../../cms/src/spreadsheet/write-review-workbook.ts';

const otherUnit = { id: 'u2', name: '瓯江市[测试]/局:名称特别特别特别特别特别特别长的单位', kind: 'government' as const };
const second = guideWith((g) => {
  g.name = '=危险名称';
  g.implementationCode = `${g.implementationCode.slice(0, -1)}1`;
});
const third = guideWith((g) => {
  g.unit = otherUnit;
});

describe('per-unit review table', () => {
  it('groups items by unit, numbers them, and leaves opinion and signature blank', () => {
    const tables = reviewTables([completeGuide, third, second], '一审');
    expect(tables.map((t) => [t.unitName, t.rows.length])).toEqual([
      ['广州市卫生健康委员会', 2],
      [otherUnit.name, 1],
    ]);
    const table = tables[0]!;
    expect(table.title).toBe('广州市卫生健康委员会公共服务事项一审表（共 2 项）');
    const row = Object.fromEntries(table.headers.map((h, i) => [h, table.rows[1]![i]]));
    expect(row).toMatchObject({ 序号: '2', 事项名称: "'=危险名称", 事项类型: '行政许可', 审核意见: '', 审核人签字: '' });
    expect(row['申请材料']).toBe('1. 公共场所卫生许可申请表\n2. 从业人员健康合格证明\n3. 营业执照');
    expect(row['收费']).toBe('卫生检测费：每场所 200 元');
  });

  it('writes one printable sheet per unit with safe, unique sheet names', async () => {
    const bytes = await writeReviewWorkbook(reviewTables([completeGuide, third]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names[0]).toBe('广州市卫生健康委员会');
    expect(names[1]).toMatch(/^瓯江市_测试__局_名称/);
    expect(names[1]!.length).toBeLessThanOrEqual(31);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
    expect(sheet.getCell('A1').value).toContain('审核表');
    expect(sheet.getRow(2).getCell(2).value).toBe('事项名称');
    expect(sheet.getRow(3).getCell(2).value).toBe('公共场所卫生许可');
  });
});
