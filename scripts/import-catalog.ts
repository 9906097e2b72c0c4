/**
 * Checks (and, without --dry-run, converts) a filled-in import template (梳理表).
 *   npm run import -- --file 梳理表.xlsx --dry-run                          (the file alone)
 *   npm run import -- --file 梳理表.xlsx --snapshot ./data/snapshot --dry-run
 */
import { resolve } from 'node:path';
import { formatFinding, formatProblem, parseWorkbookRows, planImport, workbookLayout } from '../content-models/src/spreadsheet/index.ts';
import { parseFlags, positiveNumber, runCli, UsageError } from './lib/spreadsheet/cli-args.ts';
import { childRowsPerRow, defaultMaxBytes, defaultMaxRows, readWorkbook } from '../cms/src/spreadsheet/read-workbook.ts';
import { currentGuides, importContextFromSnapshot } from './lib/spreadsheet/snapshot-source.ts';
import { WorkbookRefusal } from '../cms/src/spreadsheet/workbook-refusal.ts';
import { writeFileAtomic } from './lib/spreadsheet/write-file-atomic.ts';

const help = `用法：npm run import -- --file <梳理表.xlsx> --dry-run
      npm run import -- --file <梳理表.xlsx> --snapshot <快照目录> (--dry-run | --out <结果.json>)
      npm run import -- --file <梳理表.xlsx> --cms --as <用户邮箱> [--dry-run | --commit]

  --file <路径>       要检查的 xlsx 工作簿（用 npm run export -- --template 生成的模板填写）
  --snapshot <目录>   已发布的快照目录：提供系统中的单位、行政区划和已有事项编码，用于核对；
                      不指定时只检查文件本身（格式、编码、可选值、必填列、质量检查），不核对单位和区划
  --dry-run           只检查，不写入任何内容；逐条列出问题（工作表/行/列/值/说明）
  --out <路径>        检查全部通过时，把校验后的事项指南写成 JSON 文件
  --unit <单位>       只允许导入该单位的事项（单位全称或统一社会信用代码），其他单位的行报为问题
  --max-mb <数>       文件大小上限（MB），默认 ${defaultMaxBytes / 1024 / 1024}
  --max-rows <数>     第一个工作表（事项与指南）的数据行数上限，默认 ${defaultMaxRows}；其他工作表上限为其 ${childRowsPerRow} 倍
  --cms               与 CMS 数据库（环境变量 DATABASE_URL）核对，而不是与快照核对；与管理后台“导入梳理表”相同
  --as <邮箱>         配合 --cms：以该用户身份导入（系统管理员可导入任何单位，部门填报员只能导入本单位）
  --commit            配合 --cms：没有问题时写入 CMS：内容完整的新增、变更事项作为单位报送（一报）进入审核，
                      质量检查有“须补充”的事项存为草稿（动态调整），在管理后台补充后提交；不会直接发布；
                      全部写入或全部不写（一个事务）。不加 --commit 时只检查（试运行）
  --help              显示本说明

说明：快照方式只检查工作簿并输出 JSON，不写入 CMS。“问题”（无法识别的单元格、编码、可选值、单位和区划等）
会阻止导入，发现任何问题就不会写入或写出任何内容；“质量检查”结果（【须补充】【提示】）不阻止导入。
--cms 方式只按已提交的迁移使用数据库，不会改动数据库表结构。
退出码：0 没有问题；1 文件被拒绝或发现问题；2 参数错误。`;

async function main(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, ['--file', '--snapshot', '--out', '--unit', '--max-mb', '--max-rows', '--as'], ['--dry-run', '--help', '--cms', '--commit']);
  if (flags.has('--help')) {
    console.log(help);
    return 0;
  }
  const file = flags.get('--file');
  if (flags.has('--cms')) {
    if (typeof file !== 'string') throw new UsageError('缺少参数 --file（要导入的 xlsx 工作簿）');
    const as = flags.get('--as');
    if (typeof as !== 'string') throw new UsageError('参数 --cms 需要 --as <用户邮箱>：导入以该用户的身份和权限进行');
    if (flags.has('--commit') && flags.has('--dry-run')) throw new UsageError('--commit 与 --dry-run 不能同时使用');
    const maxMb = positiveNumber(flags, '--max-mb');
    const { importIntoCms } = await import('./lib/spreadsheet/cms-import.ts');
    return importIntoCms(resolve(file), as, flags.has('--commit') ? 'import' : 'dry-run', { maxBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024, maxRows: positiveNumber(flags, '--max-rows') });
  }
  const snapshot = flags.get('--snapshot');
  const out = flags.get('--out');
  const dryRun = flags.has('--dry-run');
  if (typeof file !== 'string') throw new UsageError('缺少参数 --file（要导入的 xlsx 工作簿）');
  if (!dryRun && typeof out !== 'string') throw new UsageError('请指定 --dry-run（只检查）或 --out <结果.json>（通过后输出 JSON）');
  if (typeof out === 'string' && typeof snapshot !== 'string') throw new UsageError('参数 --out 需要 --snapshot <快照目录>：输出的事项指南须引用系统中的单位和区划');
  if (flags.has('--unit') && typeof snapshot !== 'string') throw new UsageError('参数 --unit 需要 --snapshot <快照目录>（或用 --cms）：要在系统中查找该单位');
  const maxMb = positiveNumber(flags, '--max-mb');
  const maxRows = positiveNumber(flags, '--max-rows');

  const started = performance.now();
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
  const context = typeof snapshot === 'string' ? await importContextFromSnapshot(resolve(snapshot)) : undefined;
  const unitFlag = flags.get('--unit');
  const ownUnit = typeof unitFlag === 'string' ? context?.units.find((u) => u.name === unitFlag || u.creditCode === unitFlag) : undefined;
  if (typeof unitFlag === 'string' && !ownUnit) throw new UsageError(`参数 --unit：“${unitFlag}”不是快照中已有的单位（应为单位全称或统一社会信用代码）`);
  console.log(`读取 ${file} …`);
  const sheets = await readWorkbook(resolve(file), {
    maxBytes: maxMb === undefined ? undefined : maxMb * 1024 * 1024,
    maxRows,
    requiredSheets: workbookLayout.map((layout) => layout.name),
  });
  const counts = workbookLayout.map((layout) => `${layout.name} ${Math.max(0, (sheets[layout.name]?.length ?? 1) - 1)} 行`).join('，');
  console.log(`读取完成（${seconds(started)} 秒）：${counts}`);

  const checking = performance.now();
  let shownPercent = 0;
  const result = parseWorkbookRows(sheets, {
    ...(context ?? {}),
    ownUnitId: ownUnit?.id,
    onProgress(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 10) * 10;
      if (percent > shownPercent) {
        shownPercent = percent;
        console.log(`  已检查 ${done} / ${total} 行（${percent}%）`);
      }
    },
  });

  for (const problem of result.problems) console.log(formatProblem(problem));
  if (result.findings.length > 0) console.log(`质量检查（不阻止导入；【须补充】的事项导入后存为草稿，补充后提交审核）：`);
  for (const finding of result.findings) console.log(formatFinding(finding));
  console.log(`检查完成（${seconds(checking)} 秒）：事项 ${result.guides.length} 项，问题 ${result.problems.length} 个，质量检查 ${result.findings.length} 条；总用时 ${seconds(started)} 秒。`);
  if (result.problems.length > 0) {
    console.log(`发现 ${result.problems.length} 个问题，未写入任何内容。请修改后重新导入。`);
    return 1;
  }
  const incomplete = new Set(result.incomplete);
  if (!context || typeof snapshot !== 'string') {
    const drafts = result.guides.filter((guide) => incomplete.has(guide.implementationCode ?? '')).length;
    console.log(`检查通过（只检查了文件本身，试运行，未写入任何内容）：内容完整 ${result.guides.length - drafts} 项（导入后将提交审核）；存为草稿待补充 ${drafts} 项（附问题清单）。`);
    console.log('未核对：实施主体和行政区划是否在系统中、实施编码是否已属于其他单位、新增还是变更、表格和样本文件是否在媒体库中。请加 --snapshot <快照目录> 或 --cms --as <用户邮箱> 核对。');
    return 0;
  }
  const codes = result.guides.map((guide) => guide.implementationCode ?? '');
  const plan = planImport(result.guides, await currentGuides(resolve(snapshot), context, codes));
  const touched = [...plan.added, ...plan.changed];
  const drafts = touched.filter((code) => incomplete.has(code)).length;
  console.log(`与事项库比较：新增 ${plan.added.length} 项，变更 ${plan.changed.length} 项，未变 ${plan.unchanged.length} 项；将提交审核 ${touched.length - drafts} 项；存为草稿待补充 ${drafts} 项${drafts > 0 ? '（附问题清单）' : ''}。`);
  if (dryRun) {
    console.log('检查通过（试运行，未写入任何内容）。');
    return 0;
  }
  await writeFileAtomic(resolve(out as string), `${JSON.stringify(result.guides, null, 2)}\n`);
  console.log(`检查通过，已写出 ${result.guides.length} 项事项指南到 ${out}（尚未写入 CMS）。`);
  return 0;
}

runCli(main, help, (error) =>
  error instanceof WorkbookRefusal
    ? `文件被拒绝：${error.message}（未写入任何内容）`
    : `导入失败：${error instanceof Error ? error.message : String(error)}`);
