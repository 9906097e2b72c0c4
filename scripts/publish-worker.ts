import { refuseUnsafeProduction } from '../cms/src/startup/refuseUnsafeProduction.ts';
import { openCms } from './lib/open-cms.ts';
import { startPublishing } from './lib/publish-runtime.ts';

/**
 * npm run publish:worker — runs queued publications and the publishing schedule in a process of
 * its own, beside a CMS started elsewhere on the same database.
 */
refuseUnsafeProduction('发布');
const payload = await openCms();
const publishing = startPublishing(payload, (message) => console.log(`[发布] ${message}`));
const stop = async () => {
  await publishing.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
