/**
 * Generates a deterministic demo catalog as a published snapshot directory.
 *   npm run generate -- --items 10000 --out ./data/snapshot [--seed 1]
 */
import { resolve } from 'node:path';
import { generateCatalog } from '../content-models/src/generator/catalog.ts';
import { writeSnapshot } from '../content-models/src/snapshot/snapshot-io.ts';
import type { PublicItem } from '../content-models/src/snapshot/snapshot-schema.ts';

const USAGE = '用法：npm run generate -- --items <事项数量> --out <输出目录> [--seed <随机种子>]';

interface Args {
  items: number;
  out: string;
  seed: number;
}

function parseArgs(argv: string[]): Args {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (!['--items', '--out', '--seed'].includes(flag)) throw new Error(`无法识别的参数「${flag}」。${USAGE}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`参数 ${flag} 缺少取值。${USAGE}`);
    values.set(flag, value);
    i += 1;
  }
  const items = Number(values.get('--items'));
  if (!values.has('--items') || !Number.isInteger(items) || items < 1 || items > 1_000_000) {
    throw new Error(`参数 --items 应为 1 到 1000000 之间的整数，收到「${values.get('--items') ?? '（未填写）'}」。${USAGE}`);
  }
  const out = values.get('--out');
  if (!out) throw new Error(`缺少参数 --out（快照输出目录）。${USAGE}`);
  const seed = Number(values.get('--seed') ?? '1');
  if (!Number.isInteger(seed) || seed < 0) throw new Error(`参数 --seed 应为非负整数，收到「${values.get('--seed')}」。${USAGE}`);
  return { items, out: resolve(out), seed };
}

function* withProgress(items: Iterable<PublicItem>, total: number): Generator<PublicItem> {
  const step = Math.max(1, Math.ceil(total / 10));
  let done = 0;
  for (const item of items) {
    yield item;
    done += 1;
    if (done % step === 0 || done === total) console.log(`  已生成 ${done} / ${total} 项（${Math.round((done / total) * 100)}%）`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  console.log(`生成 ${args.items} 项公共服务事项（种子 ${args.seed}）→ ${args.out}`);
  const catalog = generateCatalog({ items: args.items, seed: args.seed });
  const meta = await writeSnapshot(args.out, { ...catalog, items: withProgress(catalog.items, args.items) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `完成：事项 ${meta.counts.items} 项（在用 ${meta.counts.activeItems}，已取消 ${meta.counts.cancelledItems}），` +
      `实施单位 ${meta.counts.units} 个，区划 ${catalog.regions.length} 个，调整记录 ${meta.counts.adjustments} 条，` +
      `征求意见 ${catalog.consultations.length} 条；用时 ${seconds} 秒，内存峰值约 ${Math.round(process.resourceUsage().maxRSS / 1024)} MB。`,
  );
}

main().catch((error: unknown) => {
  console.error(`生成失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
