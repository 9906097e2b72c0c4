import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { completeGuide } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { parseWorkbookRows, workbookLayout } from '../../content-models/src/spreadsheet/index.ts';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { WorkbookRefusal } from '../../cms/src/spreadsheet/workbook-refusal.ts';
import { writeGuidesWorkbook, writeTemplateWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import { completeOptions } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'spreadsheet-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(input: string | Uint8Array, limits?: Parameters<typeof readWorkbook>[1]): Promise<string> {
  const error = await readWorkbook(input, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookRefusal);
  return (error as WorkbookRefusal).message;
}

/** Loads the one-guide export, lets a test change it with ExcelJS, and writes it back. */
async function alteredWorkbook(change: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await writeGuidesWorkbook([completeGuide])) as unknown as ArrayBuffer);
  change(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('files that are refused before any row is checked', () => {
  it('refuses a file that is not a spreadsheet (a CSV renamed to .xlsx)', async () => {
    const path = join(dir, 'renamed.xlsx');
    writeFileSync(path, '实施编码,事项名称\n1,2\n');
    expect(await refusal(path)).toContain('文件不是 Excel 工作簿（.xlsx）');
  });

  it('refuses an old .xls file with advice to save as .xlsx', async () => {
    expect(await refusal(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toContain('另存为” .xlsx');
  });

  it('refuses a damaged zip', async () => {
    expect(await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toContain('无法读取工作簿');
  });

  it('refuses an oversized file by its size on disk before reading it', async () => {
    const path = join(dir, 'big.xlsx');
    writeFileSync(path, await writeTemplateWorkbook());
    const message = await refusal(path, { maxBytes: 1024 });
    expect(message).toMatch(/^文件过大：.* MB，上限为 0\.0 MB/);
  });

  it('refuses cells holding formulas and names them', async () => {
    const bytes = await alteredWorkbook((workbook) => {
      workbook.getWorksheet('事项与指南')!.getCell('W2').value = { formula: 'V2-1', result: 19 } as ExcelJS.CellFormulaValue;
    });
    const message = await refusal(bytes);
    expect(message).toContain('单元格含公式');
    expect(message).toContain('“事项与指南”表 W2');
  });

  it('refuses too many rows', async () => {
    const many = await writeGuidesWorkbook([1, 2, 3].map((n) => ({ ...completeGuide, implementationCode: `${completeGuide.implementationCode}${n}` })));
    expect(await refusal(many, { maxRows: 2 })).toContain('“事项与指南”有 3 行数据，超过上限 2 行');
  });

  it('refuses missing sheets when told which are required', async () => {
    const bytes = await alteredWorkbook((workbook) => workbook.removeWorksheet(workbook.getWorksheet('办理地点')!.id));
    const message = await refusal(bytes, { requiredSheets: workbookLayout.map((l) => l.name) });
    expect(message).toBe('缺少工作表：“办理地点”；请使用最新的导入模板，不要删除或改名工作表');
  });
});

describe('workbooks read fine but with the wrong shape', () => {
  it('reports a renamed column and a foreign sheet found in the xlsx', async () => {
    const bytes = await alteredWorkbook((workbook) => {
      workbook.getWorksheet('收费项目')!.getCell('D1').value = '标准';
      workbook.addWorksheet('Sheet1');
    });
    const problems = parseWorkbookRows(await readWorkbook(bytes), completeOptions).problems;
    expect(problems.map((p) => `${p.sheet}|${p.column ?? ''}|${p.message.slice(0, 5)}`)).toEqual([
      'Sheet1||未知工作表',
      '收费项目|收费标准|缺少列“收',
      '收费项目|D（标准）|未知列“标',
    ]);
  });

  it('reads the template it writes: header notes, frozen header, every sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await writeTemplateWorkbook()) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([...workbookLayout.map((l) => l.name), '填写说明']);
    const sheet = workbook.getWorksheet('事项与指南')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').value).toBe('*实施编码');
    expect(JSON.stringify(sheet.getCell('E1').note)).toContain('行政许可（01）');
    expect(parseWorkbookRows(await readWorkbook(await writeTemplateWorkbook()), completeOptions)).toEqual({ guides: [], problems: [], findings: [], incomplete: [] });
  });
});
