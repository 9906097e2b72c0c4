import { refuseUnsafeProduction } from '../cms/src/startup/refuseUnsafeProduction.ts';
import { startPublishing } from './lib/publish-runtime.ts';

/**
 * npm run publish:worker — runs queued publications and the publishing schedule in a process of
 * its own, beside a CMS started elsewhere on the same database.
 */
refuseUnsafeProduction('发布');
process.env.CMS_SEED ??= 'off';
const { getPayload } = await import('payload');
const { default: config } = await import('../cms/src/payload.config.ts');
const payload = await getPayload({ config });
const publishing = startPublishing(payload, (message) => console.log(`[发布] ${message}`));
const stop = async () => {
  await publishing.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
