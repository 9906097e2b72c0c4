import { parseArgs } from 'node:util';
import { buildSearchDelta, buildSearchIndex } from './lib/search-index.ts';

/**
 * npm run search:index -- --snapshot DIR --out SITE_DIST_DIR                → full index in SITE_DIST_DIR/pagefind/
 * npm run search:index -- --snapshot DIR --out SITE_DIST_DIR --changed A,B  → incremental index in SITE_DIST_DIR/pagefind-delta/
 */
const { values } = parseArgs({ options: { snapshot: { type: 'string' }, out: { type: 'string' }, changed: { type: 'string' } } });
if (!values.snapshot || !values.out) {
  console.error('用法：npm run search:index -- --snapshot <快照目录> --out <站点输出目录> [--changed <实施编码,…>]（缺少 --snapshot 或 --out）');
  process.exit(2);
}
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
try {
  if (values.changed !== undefined) {
    const changedCodes = values.changed.split(/[,，\s]+/).filter(Boolean);
    const result = await buildSearchDelta({ snapshotDir: values.snapshot, siteDir: values.out, changedCodes });
    console.log(`增量索引：收录变更事项 ${result.indexed} 个，屏蔽完整索引中的旧条目 ${result.stale} 个，用时 ${seconds()} 秒`);
  } else {
    const result = await buildSearchIndex({ snapshotDir: values.snapshot, siteDir: values.out });
    console.log(`已索引 ${result.indexed} 个事项（跳过已取消 ${result.skippedCancelled} 个），用时 ${seconds()} 秒，输出 ${result.outputPath}`);
  }
} catch (error) {
  console.error(`搜索索引生成失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
