import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guideWith } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { guidesToRows, neutraliseCell, parseWorkbookRows, restoreCell } from '../../content-models/src/spreadsheet/index.ts';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { writeGuidesWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import { completeOptions } from './fixtures.ts';

const risky = ['=HYPERLINK("http://evil.example","点击")', '+86 577 1234', '-1', '@SUM(A1)', '\tTAB', '\rCR', "'=already quoted", "''+twice"];

describe('formula neutralisation', () => {
  it('prefixes every cell that could run as a formula with one apostrophe', () => {
    for (const value of risky) expect(neutraliseCell(value)).toBe(`'${value}`);
    for (const value of ['正常文本', "'plain apostrophe", '0577-1234', 'a=b']) expect(neutraliseCell(value)).toBe(value);
  });

  it('import strips exactly the prefix export added', () => {
    for (const value of [...risky, '正常文本', "'plain apostrophe"]) expect(restoreCell(neutraliseCell(value))).toBe(value);
  });

  it('neutralises guide text on export and restores it on import', () => {
    const guide = guideWith((g) => {
      g.conditions = '=1+1';
      g.consultPhone = '+86-577-12345678';
      g.materials[0]!.requirements = '@申请人签字';
      g.locations[0]!.hours = "-'全天";
    });
    const sheets = guidesToRows([guide]);
    const header = sheets['事项与指南']![0]!;
    const row = sheets['事项与指南']![1]!;
    expect(row[header.indexOf('受理条件')]).toBe("'=1+1");
    expect(row[header.indexOf('咨询电话')]).toBe("'+86-577-12345678");
    const result = parseWorkbookRows(sheets, completeOptions);
    expect(result.problems).toEqual([]);
    expect(result.guides[0]).toEqual(guide);
  });

  it('writes neutralised cells as plain text, never as formulas, in the xlsx file', async () => {
    const guide = guideWith((g) => {
      g.conditions = '=1+1';
    });
    const bytes = await writeGuidesWorkbook([guide]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('事项与指南')!;
    const column = (sheet.getRow(1).values as string[]).indexOf('受理条件');
    const cell = sheet.getRow(2).getCell(column);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe("'=1+1");
    const result = parseWorkbookRows(await readWorkbook(bytes), completeOptions);
    expect(result.guides[0]?.conditions).toBe('=1+1');
  });
});
