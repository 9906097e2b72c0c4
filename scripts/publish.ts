import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { publishSite } from './lib/publish-site.ts';
import { realPublishSteps, repoRoot } from './lib/publish-steps.ts';
import { releaseStore, rollback } from './lib/releases.ts';

/**
 * npm run publish            — export the published catalog, build the site and switch it live
 * npm run publish -- --rollback — switch the live site back to the previous release
 */
const { values } = parseArgs({ options: { rollback: { type: 'boolean', default: false } } });
const siteRoot = resolve(repoRoot, process.env.SITE_DATA_DIR ?? 'data/site');
const store = releaseStore(siteRoot);

if (values.rollback) {
  const version = await rollback(store);
  console.log(`已回滚到版本 ${version}。`);
  process.exit(0);
}

process.env.CMS_SEED ??= 'off';
const { getPayload } = await import('payload');
const { default: config } = await import('../cms/src/payload.config.ts');
const payload = await getPayload({ config });
const report = await publishSite({
  store,
  snapshotsDir: resolve(siteRoot, 'snapshots'),
  steps: realPublishSteps(payload),
  onProgress: (message) => console.log(message),
});
for (const step of report.steps) console.log(`  ${step.label}：${(step.ms / 1000).toFixed(1)} 秒`);
process.exit(report.status === 'succeeded' ? 0 : 1);
