import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../content-models/src/guide/guide-schema.ts';
import { columnLetter, columnNote, guideSheet, workbookLayout } from '../../content-models/src/spreadsheet/index.ts';

describe('template layout', () => {
  it('covers every field of the guide schema with a column or a child sheet', () => {
    const covered = new Set([
      ...guideSheet.columns.map((c) => c.field.split('.')[0]),
      ...workbookLayout.filter((l) => l.key !== 'guides').map((l) => l.key),
    ]);
    const missing = Object.keys(guideSchema.shape).filter((field) => !covered.has(field));
    expect(missing).toEqual([]);
  });

  it('has the five sheets with unique Chinese headers and a note on every column', () => {
    expect(workbookLayout.map((l) => l.name)).toEqual(['事项与指南', '申请材料', '收费项目', '办理流程', '办理地点']);
    for (const layout of workbookLayout) {
      const headers = layout.columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      for (const column of layout.columns) expect(columnNote(column)).toMatch(column.required ? /^必填/ : /^选填/);
    }
  });

  it('documents vocabulary labels and codes in the notes', () => {
    const itemType = guideSheet.columns.find((c) => c.field === 'itemType')!;
    expect(columnNote(itemType)).toContain('行政许可（01）');
  });

  it('says in the notes what a blank means, as the guide model reads it', () => {
    const note = (sheet: string, header: string) => columnNote(workbookLayout.find((l) => l.name === sheet)!.columns.find((c) => c.header === header)!);
    expect(note('事项与指南', '是否收费')).toContain('空白表示未说明（网站显示“未公布”），提交审核前须填写');
    expect(note('申请材料', '必要性')).toContain('空白表示“未说明”');
    expect(note('申请材料', '必要性')).toContain('未说明（unspecified）');
    expect(note('事项与指南', '法定时限单位')).toContain('空白表示工作日');
    expect(note('事项与指南', '办理形式')).toContain('电话办理');
    expect(note('申请材料', '数量单位')).toContain('张（sheet）');
  });

  it('names columns with Excel letters', () => {
    expect([0, 25, 26, 51, 52].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });
});
