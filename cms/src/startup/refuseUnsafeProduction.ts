import { isProduction, secretProblem } from '../env.ts';

/**
 * Production refuses to start, rather than run half-configured: `next start` would otherwise keep
 * listening and answer every request with 500, and a worker would fail on its first job. Called
 * first by every entry point that opens the CMS (the Next server, npm start, the publish worker,
 * npm run publish, cms:create-admin).
 */
export function refuseUnsafeProduction(who: string): void {
  if (!isProduction) return;
  const problem = secretProblem(process.env.PAYLOAD_SECRET);
  if (!problem) return;
  console.error(`[${who}] 拒绝以生产模式（CMS_ENV=production）启动：${problem}`);
  process.exit(1);
}
