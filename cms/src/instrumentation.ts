/**
 * Next calls this once when the server starts: initialising Payload here runs migrations, the
 * first-run demo seed and the printout of demo logins at start, not on the first visitor's request.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getPayload } = await import('payload');
  const { default: config } = await import('./payload.config.ts');
  await getPayload({ config });
}
