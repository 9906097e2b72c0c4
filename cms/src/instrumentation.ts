/**
 * Next calls this once when the server starts: initialising Payload here runs migrations, the
 * first-run demo seed and the printout of demo logins at start, not on the first visitor's request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // An unsafe production configuration ends the process here: next start would otherwise listen and answer 500.
  const { refuseUnsafeProduction } = await import('./startup/refuseUnsafeProduction.ts');
  refuseUnsafeProduction('CMS');
  // Before anything else: the limits and the login log key on the socket address this records.
  const { recordSocketAddresses } = await import('./net/socketAddress.ts');
  recordSocketAddresses();
  const { getPayload } = await import('payload');
  const { default: config } = await import('./payload.config.ts');
  await getPayload({ config });
}
