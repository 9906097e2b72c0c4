import { parseArgs } from 'node:util';
import { queuePublish } from '../cms/src/jobs/queuePublish.ts';
import { setSitePublisher } from '../cms/src/jobs/publisher.ts';
import { openCms } from './lib/open-cms.ts';
import { realPublisher, siteStore } from './lib/publish-runtime.ts';
import { publishLeaseTtlMs, underPublishLease, workerIdentity } from './lib/publish-queue.ts';
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
// One pass under the publish lease: a failure stays queued for its retry, which a worker runs.
const ran = await underPublishLease(payload, { identity: workerIdentity(), ttlMs: publishLeaseTtlMs(), store: siteStore(), say: (message) => console.log(message) }, async () => {
  await payload.jobs.run({ limit: 1, silent: true });
});
if (!ran) {
  // A worker is publishing right now; it folds this request into its next run.
  console.log('另一个发布进程正在处理发布队列：本次发布已加入队列，由它在当前发布完成后一并发布（见发布记录）。');
  process.exit(0);
}
process.exit(succeeded ? 0 : 1);
