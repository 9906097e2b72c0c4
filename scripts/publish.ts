import { parseArgs } from 'node:util';
import { queuePublish } from '../cms/src/jobs/queuePublish.ts';
import { setSitePublisher } from '../cms/src/jobs/publisher.ts';
import { openCms } from './lib/open-cms.ts';
import { realPublisher, siteStore } from './lib/publish-runtime.ts';
import { rollback } from './lib/releases.ts';
import { refuseUnsafeProduction } from '../cms/src/startup/refuseUnsafeProduction.ts';

/**
 * npm run publish               — publish now: queue a manual publication and run the queue here
 *                                 (recorded in 发布记录 like any other run)
 * npm run publish -- --rollback — switch the live site back to the previous release
 */
const { values } = parseArgs({ options: { rollback: { type: 'boolean', default: false } } });

if (values.rollback) {
  const store = siteStore();
  const version = await rollback(store, console.log);
  console.log(`已回滚到版本 ${version}${store.remote ? `（${store.remote.label}/live.json 已指向它）` : ''}。`);
  process.exit(0);
}

refuseUnsafeProduction('发布');
const payload = await openCms();
const publisher = realPublisher(payload);
let succeeded = false;
setSitePublisher(async (run) => {
  const report = await publisher({
    ...run,
    log: (line) => {
      console.log(line);
      run.log(line);
    },
  });
  for (const step of report.steps) console.log(`  ${step.label}：${(step.ms / 1000).toFixed(1)} 秒`);
  succeeded = report.status === 'succeeded';
  return report;
});
await queuePublish(payload, 'manual');
// One pass: a failure stays queued for its retry, which the worker of `npm start` runs.
await payload.jobs.run({ limit: 1, silent: true });
process.exit(succeeded ? 0 : 1);
