import { parseArgs } from 'node:util';
import { buildSearchIndex } from './lib/search-index.ts';

/** npm run search:index -- --snapshot DIR --out SITE_DIST_DIR  → writes SITE_DIST_DIR/pagefind/ */
const { values } = parseArgs({ options: { snapshot: { type: 'string' }, out: { type: 'string' } } });
if (!values.snapshot || !values.out) {
  console.error('用法：npm run search:index -- --snapshot <快照目录> --out <站点输出目录>（缺少 --snapshot 或 --out）');
  process.exit(2);
}
const started = Date.now();
try {
  const result = await buildSearchIndex({ snapshotDir: values.snapshot, siteDir: values.out });
  console.log(
    `已索引 ${result.indexed} 个事项（跳过已取消 ${result.skippedCancelled} 个），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒，输出 ${result.outputPath}`,
  );
} catch (error) {
  console.error(`搜索索引生成失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
