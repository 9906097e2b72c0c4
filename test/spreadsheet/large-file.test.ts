import { describe, expect, it } from 'vitest';
import { guidesToRows, parseWorkbookRows } from '../../content-models/src/spreadsheet/index.ts';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { writeCatalogWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import { demoCatalog, setCell } from './fixtures.ts';

describe('a 5,000-item workbook with three bad cells', () => {
  it('reports exactly those three problems at the right rows, with progress up to every row', async () => {
    const { guides, options } = demoCatalog(5300);
    const items = guides.slice(0, 5000);
    expect(items).toHaveLength(5000);
    const sheets = guidesToRows(items);
    setCell(sheets, '事项与指南', 1234, '事项类型', '行政审批');
    setCell(sheets, '申请材料', 9876, '材料名称', '');
    setCell(sheets, '办理流程', 15000, '环节时限（工作日）', '五天');

    const read = await readWorkbook(await writeCatalogWorkbook(sheets));
    const progress: number[] = [];
    let total = 0;
    const result = parseWorkbookRows(read, {
      ...options,
      onProgress(done, all) {
        progress.push(done);
        total = all;
      },
    });

    expect(result.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['事项与指南', 1234, 'E（事项类型）'],
      ['申请材料', 9876, 'C（材料名称）'],
      ['办理流程', 15000, 'E（环节时限（工作日））'],
    ]);
    expect(result.guides).toHaveLength(5000);
    const dataRows = Object.values(sheets).reduce((sum, rows) => sum + rows.length - 1, 0);
    expect(total).toBe(dataRows);
    expect(progress.at(-1)).toBe(dataRows);
    expect(progress.every((done, i) => i === 0 || done >= progress[i - 1]!)).toBe(true);
  });
});
