/**
 * Exports the catalog in the import layout, the empty import template, or per-unit review tables.
 *   npm run export -- --snapshot ./data/snapshot --out 目录.xlsx
 *   npm run export -- --template --out 导入模板.xlsx
 *   npm run export -- --snapshot ./data/snapshot --review --out 审核表.xlsx
 */
import { resolve } from 'node:path';
import { reviewTables } from '../content-models/src/spreadsheet/index.ts';
import { parseFlags, runCli, UsageError } from './lib/spreadsheet/cli-args.ts';
import { guidesFromSnapshot } from './lib/spreadsheet/snapshot-source.ts';
import { writeFileAtomic } from './lib/spreadsheet/write-file-atomic.ts';
import { writeGuidesWorkbook, writeTemplateWorkbook } from '../cms/src/spreadsheet/write-workbook.ts';
import { writeReviewWorkbook } from '../cms/src/spreadsheet/write-review-workbook.ts';

const help = `用法：
  npm run export -- --snapshot <快照目录> --out <目录.xlsx> [--include-cancelled]
      按导入模板的格式导出事项与指南（导出后原样导入不会产生任何变化）
  npm run export -- --template --out <导入模板.xlsx>
      导出空白导入模板（含每列的填写说明）
  npm run export -- --snapshot <快照目录> --review --out <审核表.xlsx> [--round <轮次名称>]
      导出按单位分表的纸质审核表（A4 横向打印，含审核意见和签字栏）

默认只导出在用事项；--include-cancelled 同时导出已取消的事项。
以 = + - @ 开头的单元格会加英文单引号前缀，防止被当作公式执行；导入时自动去掉。`;

async function main(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, ['--snapshot', '--out', '--round'], ['--template', '--review', '--include-cancelled', '--help']);
  if (flags.has('--help')) {
    console.log(help);
    return 0;
  }
  const out = flags.get('--out');
  if (typeof out !== 'string') throw new UsageError('缺少参数 --out（输出的 xlsx 文件）');
  if (flags.has('--template')) {
    await writeFileAtomic(resolve(out), await writeTemplateWorkbook());
    console.log(`已导出空白导入模板：${out}`);
    return 0;
  }
  const snapshot = flags.get('--snapshot');
  if (typeof snapshot !== 'string') throw new UsageError('缺少参数 --snapshot（已发布的快照目录），或用 --template 导出空白模板');
  const guides = await guidesFromSnapshot(resolve(snapshot), flags.has('--include-cancelled'));
  if (flags.has('--review')) {
    const round = flags.get('--round');
    const tables = reviewTables(guides, typeof round === 'string' ? round : undefined);
    await writeFileAtomic(resolve(out), await writeReviewWorkbook(tables));
    console.log(`已导出 ${tables.length} 个单位、${guides.length} 项事项的审核表：${out}`);
    return 0;
  }
  await writeFileAtomic(resolve(out), await writeGuidesWorkbook(guides));
  console.log(`已导出 ${guides.length} 项事项：${out}`);
  return 0;
}

runCli(main, help, (error) => `导出失败：${error instanceof Error ? error.message : String(error)}`);
