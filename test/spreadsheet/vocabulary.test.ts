import { describe, expect, it } from 'vitest';
import { completeGuide } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { guidesToRows, parseWorkbookRows } from '../../content-models/src/spreadsheet/index.ts';
import { cloneSheets, completeOptions, setCell } from './fixtures.ts';

const base = guidesToRows([completeGuide]);

function parseWith(header: string, value: string, sheet = '事项与指南', row = 2) {
  const sheets = cloneSheets(base);
  setCell(sheets, sheet, row, header, value);
  return parseWorkbookRows(sheets, completeOptions);
}

describe('vocabulary cells', () => {
  it('accept the Chinese label, the code, and a numeric code without its leading zero', () => {
    for (const value of ['行政许可', '01', '1']) {
      const result = parseWith('事项类型', value);
      expect(result.problems).toEqual([]);
      expect(result.guides[0]?.itemType).toBe('01');
    }
  });

  it('accept labels and codes mixed in a multi-value cell with any documented separator', () => {
    for (const value of ['法人；其他组织', 'legal-person;other-org', '法人\nother-org', '法人、其他组织']) {
      const result = parseWith('服务对象', value);
      expect(result.problems).toEqual([]);
      expect(result.guides[0]?.serviceObjects).toEqual(['legal-person', 'other-org']);
    }
    expect(parseWith('网上办理深度', '受理；5').guides[0]?.onlineDepths).toEqual(['4', '5']);
  });

  it('accept material vocabularies by label or code in the 申请材料 sheet', () => {
    const result = parseWith('材料形式', '原件；copy', '申请材料', 2);
    expect(result.problems).toEqual([]);
    expect(result.guides[0]?.materials?.[0]?.forms).toEqual(['original', 'copy']);
  });

  it('report an unknown value at its cell with the accepted choices', () => {
    const result = parseWith('服务分类', '医疗');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ sheet: '事项与指南', row: 2, column: 'F（服务分类）', value: '医疗' });
    expect(result.problems[0]!.message).toContain('医疗卫生（health）');
  });

  it('read 是/否 booleans and refuse anything else', () => {
    expect(parseWith('可向社会组织转移', '是').guides[0]?.transferableToSociety).toBe(true);
    const result = parseWith('可向社会组织转移', '可以');
    expect(result.problems[0]?.message).toContain('填“是”或“否”');
  });
});
