import { refuseUnsafeProduction } from '../cms/src/startup/refuseUnsafeProduction.ts';
import { openCms } from './lib/open-cms.ts';
import { startPublishing } from './lib/publish-runtime.ts';

/**
 * npm run publish:worker — runs queued publications and the publishing schedule in a process of
 * its own, beside a CMS started elsewhere on the same database.
 */
refuseUnsafeProduction('发布');
const payload = await openCms();
const publishing = startPublishing(payload, (message) => console.log(`[发布] ${message}`), undefined, {
  // Another worker took the queue over while this one stalled: stop at once, so a run still
  // building here can never switch the live site after its successor (a supervisor restarts us).
  onLeaseLost: () => process.exit(1),
});
const stop = async () => {
  await publishing.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
