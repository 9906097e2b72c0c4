import type { Payload } from 'payload';

/**
 * Seeds the demo the first time the CMS starts on an empty database (no users yet). CMS_SEED=off
 * skips it (tests seed their own fixtures); production seeds only when CMS_SEED=demo asks for it.
 */
export async function seedOnInit(payload: Payload): Promise<void> {
  const mode = process.env.CMS_SEED ?? (process.env.NODE_ENV === 'production' ? 'off' : 'demo');
  if (mode === 'off') return;
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  if (totalDocs > 0) return;
  const { seedDemo } = await import('./demo.ts');
  await seedDemo(payload);
}
