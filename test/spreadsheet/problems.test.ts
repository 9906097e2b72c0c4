import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import { formatFinding, formatProblem, guidesToRows, parseWorkbookRows, templateRows } from '../../content-models/src/spreadsheet/index.ts';
import { cloneSheets, completeOptions, setCell } from './fixtures.ts';

const base = guidesToRows([completeGuide]);
const otherUnit = { id: 'unit-other', name: '广州市市场监督管理局', kind: 'government' as const, creditCode: '11440100MB2C920418' };

function edited(edit: (sheets: Record<string, string[][]>) => void) {
  const sheets = cloneSheets(base);
  edit(sheets);
  return sheets;
}

describe('sheet and column structure', () => {
  it('reports missing and unknown sheets and checks no rows', () => {
    const sheets = edited((s) => {
      delete s['收费项目'];
      s['Sheet1'] = [['a']];
    });
    const result = parseWorkbookRows(sheets, completeOptions);
    expect(result.guides).toEqual([]);
    expect(result.problems.map((p) => [p.sheet, p.message.slice(0, 6)])).toEqual([
      ['Sheet1', '未知工作表“'],
      ['收费项目', '缺少工作表“'],
    ]);
  });

  it('reports missing, unknown and repeated columns on the header row', () => {
    const sheets = edited((s) => {
      const header = s['申请材料']![0]!;
      header[header.indexOf('份数')] = '数量';
      header.push('*材料名称');
    });
    const problems = parseWorkbookRows(sheets, completeOptions).problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatchObject({ sheet: '申请材料', row: 1, column: '份数' });
    expect(problems[0]!.message).toContain('缺少列“份数”');
    expect(problems[1]).toMatchObject({ row: 1, column: 'F（数量）', value: '数量' });
    expect(problems[2]!.message).toContain('重复');
  });

  it('accepts the empty template and columns in any order', () => {
    expect(parseWorkbookRows(templateRows(), completeOptions)).toEqual({ guides: [], problems: [], findings: [], incomplete: [] });
    const sheets = edited((s) => {
      s['办理地点'] = s['办理地点']!.map((row) => [...row].reverse());
    });
    const result = parseWorkbookRows(sheets, completeOptions);
    expect(result.problems).toEqual([]);
    expect(result.guides[0]).toEqual(completeGuide);
  });
});

describe('cell checks', () => {
  it('reports empty required cells with the Excel row and column', () => {
    const result = parseWorkbookRows(edited((s) => setCell(s, '申请材料', 3, '材料名称', ' ')), completeOptions);
    expect(result.problems).toEqual([{ sheet: '申请材料', row: 3, column: 'C（材料名称）', item: `${completeGuide.name}（${completeGuide.implementationCode}）`, value: ' ', message: '未填写“材料名称”（必填）' }]);
  });

  it('reports malformed basic, implementation and credit codes', () => {
    const problems = parseWorkbookRows(
      edited((s) => {
        setCell(s, '事项与指南', 2, '基本编码', '44011800900');
        setCell(s, '事项与指南', 2, '实施编码', '11440100007482575X3440118009000');
      }),
      completeOptions,
    ).problems;
    const byColumn = Object.fromEntries(problems.filter((p) => p.sheet === '事项与指南').map((p) => [p.column, p.message]));
    expect(byColumn['A（实施编码）']).toContain('校验位错误');
    expect(byColumn['D（基本编码）']).toContain('应为 12 位');
  });

  it('reports numbers that are not numbers', () => {
    const problems = parseWorkbookRows(edited((s) => setCell(s, '办理流程', 2, '环节时限（工作日）', '3天')), completeOptions).problems;
    expect(problems).toEqual([expect.objectContaining({ sheet: '办理流程', row: 2, column: 'E（环节时限（工作日））', value: '3天' })]);
    expect(problems[0]!.message).toContain('不带单位');
  });

  it('reports structured entries missing a required part', () => {
    const problems = parseWorkbookRows(edited((s) => setCell(s, '事项与指南', 2, '常见问题', '怎么办？')), completeOptions).problems;
    expect(problems[0]!.message).toContain('缺少解答');
  });
});

describe('duplicates and references', () => {
  it('reports a repeated implementation code on the later row, naming the first', () => {
    const sheets = guidesToRows([completeGuide, completeGuide]);
    const problems = parseWorkbookRows(sheets, completeOptions).problems.filter((p) => p.column === 'A（实施编码）');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: '事项与指南', row: 3, column: 'A（实施编码）' });
    expect(problems[0]!.message).toContain('与第 2 行重复');
  });

  it('reports one basic code under two names in the file', () => {
    const renamed = guideWith((g) => {
      g.name = '公共场所卫生许可证核发';
      g.implementationCode = '11440100MB2C9204183440118009000';
      g.unit = otherUnit;
    });
    const result = parseWorkbookRows(guidesToRows([completeGuide, renamed]), { ...completeOptions, units: [completeGuide.unit, otherUnit] });
    expect(result.problems).toEqual([expect.objectContaining({ row: 3, column: 'B（事项名称）' })]);
    expect(result.problems[0]!.message).toContain('同一编码的事项名称应一致');
  });

  it('refuses a code the catalog holds for another unit and accepts the unit’s own (a change)', () => {
    const existing = [{ implementationCode: completeGuide.implementationCode, basicCode: completeGuide.basicCode, name: completeGuide.name, unitId: 'unit-other' }];
    const problems = parseWorkbookRows(base, { ...completeOptions, existing }).problems;
    expect(problems).toEqual([expect.objectContaining({ row: 2, column: 'A（实施编码）' })]);
    expect(problems[0]!.message).toContain('已属于另一单位');
    const own = [{ ...existing[0]!, unitId: completeGuide.unit.id }];
    expect(parseWorkbookRows(base, { ...completeOptions, existing: own }).problems).toEqual([]);
  });

  it('resolves the unit by name or credit code and reports unknown or mismatched units', () => {
    const byName = parseWorkbookRows(edited((s) => setCell(s, '事项与指南', 2, '实施主体统一社会信用代码', '')), completeOptions);
    expect(byName.guides[0]?.unit).toEqual(completeGuide.unit);
    const byCode = parseWorkbookRows(edited((s) => setCell(s, '事项与指南', 2, '实施主体', '')), completeOptions);
    expect(byCode.guides[0]?.unit).toEqual(completeGuide.unit);
    const unknown = parseWorkbookRows(edited((s) => setCell(s, '事项与指南', 2, '实施主体', '广州市卫健委')), completeOptions).problems;
    expect(unknown).toEqual([expect.objectContaining({ column: 'N（实施主体）', value: '广州市卫健委' })]);
    expect(unknown[0]!.message).toBe('实施主体“广州市卫健委”不在系统中：请先在“单位”中添加或导入组织机构表');
    const mismatch = parseWorkbookRows(edited((s) => setCell(s, '事项与指南', 2, '实施主体', otherUnit.name)), {
      ...completeOptions,
      units: [completeGuide.unit, otherUnit],
    }).problems;
    expect(mismatch[0]!.message).toContain('不是同一单位');
  });

  it('lets a unit’s editor import only their own unit’s rows', () => {
    expect(parseWorkbookRows(base, { ...completeOptions, ownUnitId: completeGuide.unit.id }).problems).toEqual([]);
    const problems = parseWorkbookRows(base, { ...completeOptions, units: [completeGuide.unit, otherUnit], ownUnitId: otherUnit.id }).problems;
    expect(problems).toEqual([expect.objectContaining({ row: 2, column: 'N（实施主体）', value: completeGuide.unit.name })]);
    expect(problems[0]!.message).toBe(`只能导入本单位（${otherUnit.name}）的事项，此行的实施主体是“${completeGuide.unit.name}”`);
  });

  it('reports an unknown region code', () => {
    const problems = parseWorkbookRows(edited((s) => setCell(s, '事项与指南', 2, '行政区划代码', '440200')), completeOptions).problems;
    expect(problems).toEqual([expect.objectContaining({ column: 'R（行政区划代码）', value: '440200' })]);
  });

  it('reports child rows pointing at an unknown implementation code', () => {
    const problems = parseWorkbookRows(edited((s) => setCell(s, '收费项目', 2, '实施编码', '11440100007482575H3440118009001')), completeOptions).problems;
    expect(problems.find((p) => p.sheet === '收费项目')).toMatchObject({ row: 2, column: 'A（实施编码）' });
  });

  it('reports a material number repeated within one item', () => {
    const problems = parseWorkbookRows(edited((s) => setCell(s, '申请材料', 3, '材料编号', 'm-application')), completeOptions).problems;
    expect(problems).toEqual([expect.objectContaining({ sheet: '申请材料', row: 3, column: 'B（材料编号）' })]);
  });
});

describe('quality findings never block the import', () => {
  const item = `${completeGuide.name}（${completeGuide.implementationCode}）`;

  it('maps a quality error on a material back to its row and column, as a finding', () => {
    const guide = guideWith((g) => {
      g.materials[1]!.basis = undefined;
    });
    const result = parseWorkbookRows(guidesToRows([guide]), completeOptions);
    expect(result.problems).toEqual([]);
    expect(result.guides).toEqual([guide]);
    const finding = result.findings.find((f) => f.sheet === '申请材料');
    expect(finding).toEqual(expect.objectContaining({ row: 3, column: 'J（要求提供材料的依据）', item, severity: 'error', implementationCode: guide.implementationCode }));
    expect(finding!.message).toContain('从业人员健康合格证明');
    expect(result.incomplete).toEqual([guide.implementationCode]);
  });

  it('maps a guide-level quality error to the guide row', () => {
    const guide = guideWith((g) => {
      g.promisedDays = 30;
    });
    const result = parseWorkbookRows(guidesToRows([guide]), completeOptions);
    expect(result.problems).toEqual([]);
    expect(result.findings.find((f) => f.column?.includes('承诺办结时限'))).toEqual(expect.objectContaining({ sheet: '事项与指南', row: 2, column: 'Y（承诺办结时限）', value: '30', severity: 'error' }));
  });

  it('imports an incomplete guide as written: blanks stay unknown, nothing is invented', () => {
    const sheets = edited((s) => {
      setCell(s, '事项与指南', 2, '是否收费', '');
      setCell(s, '事项与指南', 2, '咨询电话', '');
      setCell(s, '申请材料', 2, '必要性', '');
      s['办理流程'] = [s['办理流程']![0]!];
      s['收费项目'] = [s['收费项目']![0]!];
    });
    const result = parseWorkbookRows(sheets, completeOptions);
    expect(result.problems).toEqual([]);
    const guide = result.guides[0]!;
    expect(guide.charged).toBeUndefined();
    expect(guide.materials![0]!.necessity).toBe('unspecified');
    expect(guide.consultPhone).toBeUndefined();
    expect(guide.process).toEqual([]);
    expect(result.incomplete).toEqual([completeGuide.implementationCode]);
    const blocking = result.findings.filter((f) => f.severity === 'error');
    expect(blocking.map((f) => [f.sheet, f.column ?? null])).toEqual(expect.arrayContaining([
      ['事项与指南', expect.stringContaining('是否收费')],
      ['事项与指南', expect.stringContaining('咨询电话')],
      // No 办理流程 rows at all: the finding names the sheet where they would go, and the item.
      ['办理流程', null],
    ]));
    expect(blocking.every((f) => f.item === item)).toBe(true);
    const process = blocking.find((f) => f.sheet === '办理流程')!;
    expect(formatFinding(process)).toBe(`【须补充】工作表：办理流程　行：—　事项：${item}　列：（该事项在本表没有行）　值：（空）　说明：${process.message}`);
  });

  it('reports no finding on a cell that already has a problem', () => {
    // The credit code names no unit of the system: that is the problem, not “未填写实施主体” beside it.
    const result = parseWorkbookRows(base, { ...completeOptions, units: [] });
    expect(result.problems).toEqual([expect.objectContaining({ column: 'O（实施主体统一社会信用代码）' })]);
    expect(result.problems[0]!.message).toContain('不属于系统中的任何单位：请先在“单位”中添加或导入组织机构表');
    expect(result.findings.filter((f) => f.column?.includes('实施主体') || f.message.includes('实施主体（'))).toEqual([]);
  });

  it('checks the file alone without a directory: formats only, stand-in units and regions', () => {
    const result = parseWorkbookRows(base, {});
    expect(result.problems).toEqual([]);
    expect(result.guides[0]!.unit!.name).toBe(completeGuide.unit.name);
    const bad = parseWorkbookRows(edited((s) => setCell(s, '事项与指南', 2, '行政区划代码', '12')), {});
    expect(bad.problems).toEqual([expect.objectContaining({ column: 'R（行政区划代码）', value: '12' })]);
  });

  it('formats a problem as 工作表/行/事项/列/值/说明, a whole-row problem without a bare dash', () => {
    expect(formatProblem({ sheet: '申请材料', row: 3, column: 'C（材料名称）', value: '', message: '未填写' })).toBe(
      '工作表：申请材料　行：3　列：C（材料名称）　值：（空）　说明：未填写',
    );
    expect(formatProblem({ sheet: '事项与指南', row: 4, item: '某事项（123）', value: '', message: '整行的问题' })).toBe(
      '工作表：事项与指南　行：4　事项：某事项（123）　列：（整行）　值：（空）　说明：整行的问题',
    );
  });
});
