import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { writeSnapshot } from '../../content-models/src/snapshot/snapshot-io.ts';
import { guidesFromSnapshot } from '../../scripts/lib/spreadsheet/snapshot-source.ts';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'spreadsheet-cli-'));
const snapshot = join(dir, 'snapshot');

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', script), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  const catalog = generateCatalog({ items: 80 });
  // Items whose generated materials repeat an id are refused by import; keep the snapshot importable.
  const items = [...catalog.items].filter((item) => new Set(item.materials.map((m) => m.id)).size === item.materials.length);
  await writeSnapshot(snapshot, { ...catalog, items });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run export / npm run import', () => {
  it('exports the snapshot and a dry run of that file finds nothing to fix', () => {
    const file = join(dir, 'catalog.xlsx');
    const exported = run('export-catalog.ts', ['--snapshot', snapshot, '--out', file]);
    expect(exported.code).toBe(0);
    const checked = run('import-catalog.ts', ['--file', file, '--snapshot', snapshot, '--dry-run']);
    expect(checked.out).toContain('已检查');
    expect(checked.out).toContain('（100%）');
    expect(checked.out).toContain('检查通过（试运行，未写入任何内容）');
    expect(checked.out).toMatch(/与事项库比较：新增 0 项，变更 0 项，未变 \d+ 项；将提交审核 0 项；存为草稿待补充 0 项/);
    expect(checked.code).toBe(0);
  });

  it('checks a file alone, as the README says (no --snapshot), and says what it did not check', () => {
    const file = join(dir, 'alone.xlsx');
    expect(run('export-catalog.ts', ['--snapshot', snapshot, '--out', file]).code).toBe(0);
    const checked = run('import-catalog.ts', ['--file', file, '--dry-run']);
    expect(checked.out).not.toContain('缺少参数');
    expect(checked.out).toMatch(/检查通过（只检查了文件本身，试运行，未写入任何内容）：内容完整 \d+ 项/);
    expect(checked.out).toContain('未核对：实施主体和行政区划是否在系统中');
    expect(checked.code).toBe(0);
    expect(run('import-catalog.ts', ['--file', file, '--out', join(dir, 'x.json')]).out).toContain('--out 需要 --snapshot');
  });

  it('writes validated guides as JSON without --dry-run, equal to the exported ones', async () => {
    const file = join(dir, 'catalog2.xlsx');
    const out = join(dir, 'guides.json');
    expect(run('export-catalog.ts', ['--snapshot', snapshot, '--out', file]).code).toBe(0);
    const imported = run('import-catalog.ts', ['--file', file, '--snapshot', snapshot, '--out', out]);
    expect(imported.code).toBe(0);
    const guides = JSON.parse(readFileSync(out, 'utf8')) as unknown[];
    expect(guides).toEqual(await guidesFromSnapshot(snapshot));
  });

  it('refuses a file that is not a spreadsheet and writes nothing', () => {
    const out = join(dir, 'never.json');
    const refused = run('import-catalog.ts', ['--file', join(root, 'package.json'), '--snapshot', snapshot, '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('文件被拒绝：文件不是 Excel 工作簿');
    expect(existsSync(out)).toBe(false);
  });

  it('prints each problem as 工作表/行/列/值/说明 and writes nothing', async () => {
    const file = join(dir, 'broken.xlsx');
    expect(run('export-catalog.ts', ['--snapshot', snapshot, '--out', file]).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    workbook.getWorksheet('事项与指南')!.getCell('E3').value = '行政审批';
    await workbook.xlsx.writeFile(file);
    const out = join(dir, 'broken.json');
    const checked = run('import-catalog.ts', ['--file', file, '--snapshot', snapshot, '--out', out]);
    expect(checked.code).toBe(1);
    expect(checked.out).toMatch(/工作表：事项与指南　行：3　事项：[^　]+（\w{31}）　列：E（事项类型）　值：行政审批　说明：“事项类型”“行政审批”不是可选值/);
    expect(checked.out).toContain('发现 1 个问题，未写入任何内容');
    expect(existsSync(out)).toBe(false);
  });

  it('exports an empty template that imports cleanly', () => {
    const template = join(dir, 'template.xlsx');
    expect(run('export-catalog.ts', ['--template', '--out', template]).code).toBe(0);
    expect(run('import-catalog.ts', ['--file', template, '--snapshot', snapshot, '--dry-run']).code).toBe(0);
  });

  it('exports the per-unit review tables', () => {
    const file = join(dir, 'review.xlsx');
    const exported = run('export-catalog.ts', ['--snapshot', snapshot, '--review', '--round', '一审', '--out', file]);
    expect(exported.code).toBe(0);
    expect(exported.out).toMatch(/已导出 \d+ 个单位、\d+ 项事项的审核表/);
  });

  it('explains the snapshot and CMS modes in --help, and rejects unknown flags', () => {
    const help = run('import-catalog.ts', ['--help']).out;
    expect(help).toContain('快照方式只检查工作簿并输出 JSON，不写入 CMS');
    expect(help).toContain('不会改动数据库表结构');
    expect(help).toContain('--cms');
    expect(run('import-catalog.ts', ['--file', 'x.xlsx', '--cms']).out).toContain('需要 --as <用户邮箱>');
    const wrong = run('import-catalog.ts', ['--fiel', 'x.xlsx']);
    expect(wrong.code).toBe(2);
    expect(wrong.out).toContain('无法识别的参数“--fiel”');
  });
});
