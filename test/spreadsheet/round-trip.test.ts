import { describe, expect, it } from 'vitest';
import { completeGuide } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { guidesToRows, parseWorkbookRows } from '../../content-models/src/spreadsheet/index.ts';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { writeGuidesWorkbook } from '../../cms/src/spreadsheet/write-workbook.ts';
import { completeOptions, demoCatalog } from './fixtures.ts';

describe('export → import round trip', () => {
  it('gives back the complete guide unchanged, with no problems', () => {
    const result = parseWorkbookRows(guidesToRows([completeGuide]), completeOptions);
    expect(result.problems).toEqual([]);
    expect(result.guides).toEqual([completeGuide]);
  });

  it('gives back the demo catalog unchanged through sheet rows', () => {
    const { guides, options } = demoCatalog(400);
    const result = parseWorkbookRows(guidesToRows(guides), options);
    expect(result.problems).toEqual([]);
    expect(result.guides).toEqual(guides);
  });

  it('gives back the demo catalog unchanged through an xlsx file', async () => {
    const { guides, options } = demoCatalog(120);
    const sheets = await readWorkbook(await writeGuidesWorkbook(guides));
    const result = parseWorkbookRows(sheets, options);
    expect(result.problems).toEqual([]);
    expect(result.guides).toEqual(guides);
  });

  it('keeps long Chinese text intact through an xlsx file (no characters split between chunks)', async () => {
    const guide = { ...structuredClone(completeGuide), conditions: '符合《社会团体登记管理条例》第九条规定条件的单位。'.repeat(3000) };
    const result = parseWorkbookRows(await readWorkbook(await writeGuidesWorkbook([guide])), completeOptions);
    expect(result.guides[0]?.conditions).toBe(guide.conditions);
  });

  it('keeps optional booleans unset, and set, across the round trip', () => {
    const guide = { ...structuredClone(completeGuide), inServiceHall: false, supportsExpress: true };
    const result = parseWorkbookRows(guidesToRows([guide]), completeOptions);
    expect(result.guides[0]).toMatchObject({ inServiceHall: false, supportsExpress: true });
    expect(result.guides[0]).not.toHaveProperty('supportsAppointment');
  });
});
