import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { WorkbookRefusal } from '../../cms/src/spreadsheet/workbook-refusal.ts';
import { writeGuidesWorkbook, writeTemplateWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import { demoCatalog } from './fixtures.ts';
import { emptyCellBomb, tinyCellBomb, workbookWithSheet, zipArchive } from './zip-fixtures.ts';

/**
 * Zip bombs are refused before exceljs builds anything: the central directory's entry count,
 * uncompressed size and compression ratio first, then the cells counted while inflating (in the
 * worker); parsing itself runs in a worker with a memory and a time limit.
 */
async function refusal(bytes: Uint8Array, limits?: Parameters<typeof readWorkbook>[1]): Promise<string> {
  const error = await readWorkbook(bytes, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookRefusal);
  return (error as WorkbookRefusal).message;
}

describe('archive checks before parsing', () => {
  it('refuses 20 million empty cells in an 80 KB file by its compression ratio, naming the limit', async () => {
    const bomb = emptyCellBomb(20_000_000);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    expect(await refusal(bomb)).toMatch(/^工作簿内的“xl\/worksheets\/sheet1\.xml”压缩比为 \d+:1，超过上限 100:1（解压后 76\.3 MB）/);
  });

  it('refuses 3.5 million tiny cells that compress only 50:1 by counting the cells, naming the limit', async () => {
    expect(await refusal(tinyCellBomb(17_500))).toBe('工作簿的单元格超过上限 3,000,000 个（已数到“xl/worksheets/sheet1.xml”）：请按单位或批次拆分后分别导入');
  });

  it('refuses an archive of too many entries', async () => {
    const files = Array.from({ length: 501 }, (_, i) => ({ name: `xl/media/image${i}.png`, data: 'x' }));
    expect(await refusal(zipArchive(files))).toBe('工作簿内部含 501 个文件，超过上限 500 个：这不是正常的 Excel 工作簿');
  });

  it('refuses a workbook whose declared uncompressed size is over the limit', async () => {
    expect(await refusal(await writeTemplateWorkbook(), { archive: { maxUncompressedBytes: 10_000 } })).toMatch(/^工作簿解压后有 [\d.]+ MB，超过上限 0\.0 MB/);
  });

  it('refuses an entry that holds more than its header declares (a lying header)', async () => {
    const liar = workbookWithSheet(`<row r="1">${'<c/>'.repeat(100_000)}</row>`, 100);
    expect(await refusal(liar)).toBe('工作簿内的“xl/worksheets/sheet1.xml”实际内容与声明的大小不符或已损坏：疑似恶意构造的文件，未读取');
  });
});

describe('the reading worker', () => {
  it('reads an ordinary workbook as before', async () => {
    const { guides } = demoCatalog(20);
    const sheets = await readWorkbook(await writeGuidesWorkbook(guides));
    expect(sheets['事项与指南']!.length).toBe(guides.length + 1);
  });

  it('is stopped at its time limit, with a Chinese message naming it', async () => {
    const { guides } = demoCatalog(300);
    expect(await refusal(await writeGuidesWorkbook(guides), { timeLimitMs: 50 })).toBe('读取工作簿超过时间上限 0.05 秒，已停止：请按单位或批次拆分后分别导入');
  });

  it('is stopped at its memory limit, with a Chinese message naming it', async () => {
    const { guides } = demoCatalog(1500);
    expect(await refusal(await writeGuidesWorkbook(guides), { memoryLimitMb: 24 })).toBe('读取工作簿超过内存上限 24 MB，已停止：请按单位或批次拆分后分别导入');
  });
});
