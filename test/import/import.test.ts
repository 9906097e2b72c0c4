import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedDemo } from '../../cms/src/seed/demo.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { cloneItem, column, exportXlsx, filterRows, readSheets, upload, writeSheets, type Sheets } from './support.ts';

/** The 梳理表 import and export through HTTP on the demo catalog, with the demo account of each role. */
let cms: Cms;
const tokens: Record<string, string> = {};
let exported: Uint8Array;
const guideSheet = '事项与指南';

const count = async (collection: 'implementations' | 'adjustments' | 'catalog-items') =>
  (await cms.payload.count({ collection, overrideAccess: true })).totalDocs;

beforeAll(async () => {
  cms = await startCms();
  await seedDemo(cms.payload, () => {});
  for (const role of ['admin', 'editor', 'reviewer', 'unit-head']) tokens[role] = await cms.login(`${role}@demo.local`, 'Demo-Catalog-2026');
  const response = await exportXlsx(cms, tokens.admin!, '/imports/export/implementations');
  expect(response.status).toBe(200);
  exported = response.bytes;
});

afterAll(async () => {
  await cms?.payload.destroy();
});

/** The editor's unit's rows, one of them with no open adjustment to change. */
async function editorRows(): Promise<{ sheets: Sheets; unitName: string; free: string }> {
  const sheets = await readSheets(exported);
  const editor = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'editor@demo.local' } }, depth: 1, overrideAccess: true })).docs[0] as any;
  const unitName = editor.unit.name as string;
  const unitColumn = column(sheets, guideSheet, '实施主体');
  const codeColumn = column(sheets, guideSheet, '实施编码');
  const own = new Set(sheets[guideSheet]!.slice(1).filter((row) => row[unitColumn] === unitName).map((row) => row[codeColumn]!));
  const busy = (await cms.payload.find({ collection: 'adjustments', pagination: false, depth: 1, overrideAccess: true })).docs.map((a: any) => a.implementation?.implementationCode);
  const free = [...own].find((code) => !busy.includes(code))!;
  expect(free).toBeTruthy();
  return { sheets: filterRows(sheets, (code) => own.has(code)), unitName, free };
}

describe('export → import on the demo catalog', () => {
  it('changes nothing: every row is unchanged, nothing is written', async () => {
    const before = await count('adjustments');
    const sheets = await readSheets(exported);
    expect(sheets[guideSheet]!.length - 1).toBe(await count('implementations'));
    const dry = await upload(cms, tokens.admin, exported, 'dry-run');
    expect(dry.body).toMatchObject({ status: 'passed', added: 0, changed: 0, problemCount: 0 });
    expect(dry.body.unchanged).toBe(sheets[guideSheet]!.length - 1);
    const run = await upload(cms, tokens.admin, exported, 'import');
    expect(run.body).toMatchObject({ status: 'imported', added: 0, changed: 0 });
    expect(await count('adjustments')).toBe(before);
  });

  it('honours the list filter and neutralises formula-like cells', async () => {
    const sheets = await readSheets(exported);
    const code = sheets[guideSheet]![1]![column(sheets, guideSheet, '实施编码')]!;
    const one = await exportXlsx(cms, tokens.admin!, `/imports/export/implementations?where[implementationCode][equals]=${code}`);
    const filtered = await readSheets(one.bytes);
    expect(filtered[guideSheet]!.slice(1).map((row) => row[column(filtered, guideSheet, '实施编码')])).toEqual([code]);

    const units = await exportXlsx(cms, tokens.admin!, '/imports/export/units');
    expect(units.status).toBe(200);
    const table = Object.values(await readSheets(units.bytes))[0]!;
    expect(table[0]).toContain('单位名称');
    expect(table.length - 1).toBe((await cms.payload.count({ collection: 'units', overrideAccess: true })).totalDocs);
    await cms.payload.update({ collection: 'units', id: (await cms.payload.find({ collection: 'units', limit: 1, overrideAccess: true })).docs[0]!.id, data: { address: '=HYPERLINK("http://evil")' } as never, overrideAccess: true });
    const again = Object.values(await readSheets((await exportXlsx(cms, tokens.admin!, '/imports/export/units')).bytes))[0]!;
    expect(again.flat()).toContain(`'=HYPERLINK("http://evil")`);
  });

  it('refuses anonymous export', async () => {
    expect((await cms.rest('GET', '/imports/export/units')).status).toBe(401);
    expect((await cms.rest('GET', '/imports/review/implementations')).status).toBe(401);
  });

  it('prints the per-unit review table of the listed items: one sheet per unit, every item once, signature columns', async () => {
    const response = await exportXlsx(cms, tokens.reviewer!, '/imports/review/implementations?round=二审');
    expect(response.status).toBe(200);
    const tables = Object.values(await readSheets(response.bytes));
    const listed = await readSheets(exported);
    const units = new Set(listed[guideSheet]!.slice(1).map((row) => row[column(listed, guideSheet, '实施主体')]));
    expect(tables.length).toBe(units.size);
    for (const table of tables) {
      expect(table[0]![0]).toMatch(/公共服务事项二审表（共 \d+ 项）$/);
      expect(table[1]).toEqual(expect.arrayContaining(['事项名称', '实施编码', '审核意见', '审核人签字']));
    }
    const codes = tables.flatMap((table) => table.slice(2).map((row) => row[table[1]!.indexOf('实施编码')]));
    expect(codes.sort()).toEqual(listed[guideSheet]!.slice(1).map((row) => row[column(listed, guideSheet, '实施编码')]).sort());

    const units404 = await exportXlsx(cms, tokens.reviewer!, '/imports/review/units');
    expect(units404.status).toBe(404);
    const none = await exportXlsx(cms, tokens.reviewer!, '/imports/review/implementations?where[implementationCode][equals]=NO-SUCH-CODE');
    expect(none.status).toBe(404);
  });
});

describe('who may import', () => {
  it('refuses anonymous users and reviewers, writes nothing', async () => {
    const anonymous = await upload(cms, undefined, exported, 'import');
    expect(anonymous.status).toBe(401);
    const reviewer = await upload(cms, tokens.reviewer, exported, 'import');
    expect(reviewer.status).toBe(403);
    expect(reviewer.body.errors[0].message).toContain('只有部门填报员');
    const head = await upload(cms, tokens['unit-head'], exported, 'dry-run');
    expect(head.status).toBe(403);
  });

  it('lets an editor import only their own unit: other units’ rows are refused one by one', async () => {
    const before = await count('adjustments');
    const sheets = await readSheets(exported);
    const { unitName } = await editorRows();
    const result = await upload(cms, tokens.editor, await writeSheets(sheets), 'import');
    expect(result.body.status).toBe('problems');
    const others = sheets[guideSheet]!.slice(1).filter((row) => row[column(sheets, guideSheet, '实施主体')] !== unitName).length;
    const refused = result.body.problems.filter((p: any) => p.message.startsWith('只能导入本单位'));
    expect(refused).toHaveLength(others);
    expect(refused[0]).toMatchObject({ sheet: guideSheet, column: expect.stringContaining('实施主体') });
    expect(await count('adjustments')).toBe(before);
  });
});

describe('an editor’s import', () => {
  it('submits new and changed rows as the unit’s 一报 and is idempotent', async () => {
    const { sheets, free } = await editorRows();
    const conditions = column(sheets, guideSheet, '受理条件');
    const codeColumn = column(sheets, guideSheet, '实施编码');
    const changedRow = sheets[guideSheet]!.find((row) => row[codeColumn] === free)!;
    changedRow[conditions] = '经梳理表导入修改的受理条件';
    const newCode = cloneItem(sheets, free, '901901', '梳理表导入的新事项');
    const file = await writeSheets(sheets);
    const published = (await cms.payload.find({ collection: 'implementations', where: { implementationCode: { equals: free } }, overrideAccess: true })).docs[0] as any;

    const dry = await upload(cms, tokens.editor, file, 'dry-run');
    expect(dry.body).toMatchObject({ status: 'passed', added: 1, changed: 1, problemCount: 0 });

    const before = await count('adjustments');
    const run = await upload(cms, tokens.editor, file, 'import');
    expect(run.body).toMatchObject({ status: 'imported', added: 1, changed: 1 });
    expect(run.seen.some((p) => p.phaseLabel === '写入并提交审核' || p.status === 'imported')).toBe(true);
    const created = (await cms.payload.find({ collection: 'adjustments', sort: '-id', limit: 2, depth: 1, overrideAccess: true })).docs as any[];
    expect(await count('adjustments')).toBe(before + 2);
    const byCode = Object.fromEntries(created.map((a) => [a.implementation.implementationCode, a]));
    expect(byCode[newCode]).toMatchObject({ kind: 'add', state: 'in-review', stage: 'unit-head' });
    expect(byCode[free]).toMatchObject({ kind: 'change', state: 'in-review', stage: 'unit-head' });
    expect(byCode[free].proposedVersion.conditions).toBe('经梳理表导入修改的受理条件');
    expect(byCode[free].changes.map((c: any) => c.path)).toContain('conditions');
    const records = (await cms.payload.find({ collection: 'review-records', where: { adjustment: { equals: byCode[free].id } }, depth: 1, overrideAccess: true })).docs as any[];
    expect(records.map((r) => [r.decision, r.actor.email])).toEqual([['submit', 'editor@demo.local']]);

    // Never published directly: the public still reads the published guide.
    const publicRead = await cms.rest('GET', `/implementations/${published.id}`);
    expect(publicRead.body.conditions).toBe(published.conditions);
    expect((await cms.rest('GET', `/implementations?where[implementationCode][equals]=${newCode}`)).body.docs).toEqual([]);

    const again = await upload(cms, tokens.editor, file, 'import');
    expect(again.body).toMatchObject({ status: 'imported', added: 0, changed: 0 });
    expect(await count('adjustments')).toBe(before + 2);

    // A different change to a row under review is refused, not stacked on the pending proposal.
    changedRow[conditions] = '再次修改的受理条件';
    const third = await upload(cms, tokens.editor, await writeSheets(sheets), 'import');
    expect(third.body.status).toBe('problems');
    expect(third.body.problems[0].message).toContain('未办结的动态调整');
  });
});

describe('bad files', () => {
  it('refuses a file that is not a spreadsheet', async () => {
    const result = await upload(cms, tokens.admin, new TextEncoder().encode('实施编码,事项名称\n1,2\n'), 'import', 'list.csv');
    expect(result.body.status).toBe('failed');
    expect(result.body.message).toContain('不是 Excel 工作簿');
  });

  it('refuses a workbook with a missing sheet', async () => {
    const sheets = await readSheets(exported);
    const { writeTableWorkbook } = await import('../../cms/src/spreadsheet/write-table-workbook.ts');
    const wrong = await writeTableWorkbook(guideSheet, sheets[guideSheet]![0]!, sheets[guideSheet]!.slice(1, 3));
    const result = await upload(cms, tokens.admin, wrong, 'import');
    expect(result.body.status).toBe('failed');
    expect(result.body.message).toContain('缺少工作表');
  });

  it('refuses an oversized file before reading it, and writes nothing', async () => {
    const before = await count('adjustments');
    const huge = new Uint8Array(21 * 1024 * 1024);
    const result = await upload(cms, tokens.admin, huge, 'import');
    expect(result.status).toBe(413);
    expect(JSON.stringify(result.body)).toContain('超过上限 20 MB');
    expect(await count('adjustments')).toBe(before);
  });

  it('refuses a workbook with a formula and names its cell', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported as never);
    const sheet = workbook.getWorksheet(guideSheet)!;
    sheet.getCell(3, 2).value = { formula: 'A3&"x"', result: 'x' } as never;
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await count('adjustments');
    const result = await upload(cms, tokens.admin, bytes, 'import');
    expect(result.body.status).toBe('failed');
    expect(result.body.message).toContain('单元格含公式');
    expect(result.body.message).toContain(`“${guideSheet}”表 B3`);
    expect(await count('adjustments')).toBe(before);
  });

  // The check phase runs before any database work, and the event-loop turn exists for the SQLite
  // driver's synchronous calls: both run once, on SQLite (CI time is bounded).
  const onSqlite = inject('databaseKind') === 'sqlite';

  it.runIf(onSqlite)('checks a thousand new rows with progress, and writes nothing when three of them are bad', async () => {
    exported = (await exportXlsx(cms, tokens.admin!, '/imports/export/implementations')).bytes; // with the earlier test's import
    const { sheets, free } = await editorRows();
    const before = { implementations: await count('implementations'), adjustments: await count('adjustments'), items: await count('catalog-items') };
    const region = column(sheets, guideSheet, '行政区划代码');
    const codeColumn = column(sheets, guideSheet, '实施编码');
    for (let i = 0; i < 1000; i++) cloneItem(sheets, free, `8${String(i).padStart(5, '0')}`, `批量导入事项${i}`);
    const dry = await upload(cms, tokens.admin, await writeSheets(sheets), 'dry-run');
    expect(dry.body.problems?.slice(0, 3)).toEqual([]);
    expect(dry.body).toMatchObject({ status: 'passed', added: 1000 });
    const compared = dry.seen.filter((p) => p.status === 'running' && p.phaseLabel === '与事项库比较');
    expect(compared.some((p) => p.total >= 1000 && p.done > 0 && p.done < p.total)).toBe(true);

    const bad = [10, 500, 999].map((i) => sheets[guideSheet]!.find((row) => row[codeColumn]!.endsWith(`8${String(i).padStart(5, '0')}`))!);
    for (const row of bad) row[region] = '999999';
    const result = await upload(cms, tokens.admin, await writeSheets(sheets), 'import');
    expect(result.body.status).toBe('problems');
    expect(result.body.message).toContain('未写入任何内容');
    expect(result.body.problems).toHaveLength(3);
    expect(result.body.problems.every((p: any) => p.value === '999999' && p.column.includes('行政区划代码'))).toBe(true);
    expect({ implementations: await count('implementations'), adjustments: await count('adjustments'), items: await count('catalog-items') }).toEqual(before);
  });

  it.runIf(onSqlite)('answers progress while it writes: the write loop lets the event loop turn', async () => {
    // The SQLite driver's calls are synchronous; a write loop that never reached the event loop kept
    // every progress poll (and libsql's statement finalizers) waiting until the import ended.
    const { sheets, free } = await editorRows();
    for (let i = 0; i < 60; i++) cloneItem(sheets, free, `6${String(i).padStart(5, '0')}`, `写入进度事项${i}`);
    const before = await count('adjustments');
    const run = await upload(cms, tokens.admin, await writeSheets(sheets), 'import');
    expect(run.body).toMatchObject({ status: 'imported', added: 60 });
    const writing = run.seen.filter((p) => p.status === 'running' && p.phaseLabel === '写入并提交审核');
    expect(writing.some((p) => p.total === 60 && p.done > 0 && p.done < p.total)).toBe(true);
    expect(await count('adjustments')).toBe(before + 60);
  });
});

describe('real, incomplete guides', () => {
  it('imports an incomplete row as a draft adjustment with its findings, submits the complete one, and invents nothing', async () => {
    // Only the row the clones come from: the unit's other rows may have adjustments still open.
    const { sheets: own, free } = await editorRows();
    const sheets = filterRows(own, (c) => c === free);
    const code = column(sheets, guideSheet, '实施编码');
    const complete = cloneItem(sheets, free, '701701', '导入后直接报送的完整事项');
    const incomplete = cloneItem(sheets, free, '701702', '未写明收费和材料必要性的事项');
    const row = sheets[guideSheet]!.find((r) => r[code] === incomplete)!;
    row[column(sheets, guideSheet, '是否收费')] = '';
    row[column(sheets, guideSheet, '咨询电话')] = '';
    const materialCode = column(sheets, '申请材料', '实施编码');
    for (const material of sheets['申请材料']!.filter((r) => r[materialCode] === incomplete)) material[column(sheets, '申请材料', '必要性')] = '';
    sheets['收费项目'] = sheets['收费项目']!.filter((r, i) => i === 0 || r[column(sheets, '收费项目', '实施编码')] !== incomplete);
    const file = await writeSheets(sheets);

    const dry = await upload(cms, tokens.editor, file, 'dry-run');
    expect(dry.body, JSON.stringify(dry.body.problems)).toMatchObject({ status: 'passed', added: 2, problemCount: 0 });
    expect(dry.body.message).toContain('将提交审核 1 项；存为草稿待补充 1 项（附问题清单）');
    const findings = dry.body.findings.filter((f: any) => f.severity === 'error');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f: any) => f.item === `未写明收费和材料必要性的事项（${incomplete}）`)).toBe(true);
    expect(findings.map((f: any) => f.column)).toEqual(expect.arrayContaining([expect.stringContaining('是否收费'), expect.stringContaining('咨询电话')]));

    const run = await upload(cms, tokens.editor, file, 'import');
    expect(run.body).toMatchObject({ status: 'imported', added: 2 });
    expect(run.body.message).toContain('存为草稿待补充 1 项');
    expect(run.body.findings.length).toBe(dry.body.findings.length);
    const adjustments = (await cms.payload.find({ collection: 'adjustments', sort: '-id', limit: 2, depth: 1, overrideAccess: true })).docs as any[];
    const byCode = Object.fromEntries(adjustments.map((a) => [a.implementation.implementationCode, a]));
    expect(byCode[complete]).toMatchObject({ kind: 'add', state: 'in-review' });
    expect(byCode[incomplete]).toMatchObject({ kind: 'add', state: 'draft' });
    expect(byCode[incomplete].submittedAt ?? null).toBeNull();
    const stored = (await cms.payload.find({ collection: 'implementations', where: { implementationCode: { equals: incomplete } }, draft: true, overrideAccess: true })).docs[0] as any;
    expect(stored.feeStatus ?? null).toBeNull();
    expect(stored.consultPhone ?? null).toBeNull();
    expect(stored.fees).toEqual([]);
    expect(stored.materials.length).toBeGreaterThan(0);
    expect(stored.materials.every((m: any) => m.necessity === 'unspecified')).toBe(true);

    // The clerk completes the file and imports again: the draft adjustment is updated and submitted, not stacked.
    row[column(sheets, guideSheet, '是否收费')] = '否';
    row[column(sheets, guideSheet, '咨询电话')] = '0577-88886666';
    for (const material of sheets['申请材料']!.filter((r) => r[materialCode] === incomplete)) material[column(sheets, '申请材料', '必要性')] = '必需';
    const before = await count('adjustments');
    const again = await upload(cms, tokens.editor, await writeSheets(sheets), 'import');
    expect(again.body).toMatchObject({ status: 'imported', changed: 1 });
    expect(await count('adjustments')).toBe(before);
    const completed = (await cms.payload.findByID({ collection: 'adjustments', id: byCode[incomplete].id, overrideAccess: true })) as any;
    expect(completed.state).toBe('in-review');
  });

  it('gives rows of one 基本编码 one catalog item: two units, two implementations, no duplicate', async () => {
    const { sheets: own, free, unitName } = await editorRows();
    const sheets = filterRows(own, (c) => c === free);
    const all = await readSheets(exported);
    const unitColumn = column(all, guideSheet, '实施主体');
    const creditColumn = column(all, guideSheet, '实施主体统一社会信用代码');
    const other = all[guideSheet]!.slice(1).find((row) => row[unitColumn] !== unitName && row[creditColumn])!;
    const first = cloneItem(sheets, free, '702701', '两个单位共同实施的事项');
    const basic = first.slice(-12);
    const second = `${other[creditColumn]}${first.slice(18, 19)}${basic}`;
    const code = column(sheets, guideSheet, '实施编码');
    for (const [sheet, rows] of Object.entries(sheets)) {
      const c = column(sheets, sheet, '实施编码');
      for (const row of rows.slice(1).filter((r) => r[c] === first)) {
        const copy = [...row];
        copy[c] = second;
        if (sheet === guideSheet) {
          copy[column(sheets, sheet, '实施主体')] = other[unitColumn]!;
          copy[column(sheets, sheet, '实施主体统一社会信用代码')] = other[creditColumn]!;
        }
        rows.push(copy);
      }
    }
    expect(sheets[guideSheet]!.filter((r) => r[code] === first || r[code] === second)).toHaveLength(2);
    const run = await upload(cms, tokens.admin, await writeSheets(sheets), 'import');
    expect(run.body.problems).toEqual([]);
    expect(run.body).toMatchObject({ status: 'imported', added: 2 });
    const items = (await cms.payload.find({ collection: 'catalog-items', where: { basicCode: { equals: basic } }, draft: true, overrideAccess: true })).docs;
    expect(items).toHaveLength(1);
    const implementations = (await cms.payload.find({ collection: 'implementations', where: { catalogItem: { equals: items[0]!.id } }, draft: true, overrideAccess: true })).docs as any[];
    expect(implementations.map((i) => i.implementationCode).sort()).toEqual([first, second].sort());
    // The other unit's guide waits, as a draft, for the shared catalog item to be published.
    const waiting = run.body.findings.find((f: any) => f.item?.includes(second) && f.message.includes('尚未发布'));
    expect(waiting).toBeTruthy();
  });
});
