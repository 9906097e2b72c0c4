import type { Payload } from 'payload';
import { isProduction, serverUrl } from '../env.ts';
import { demoLoginTable, demoUsers } from './demoUsers.ts';
import { seedProcedures } from './procedures.ts';
import { seedSearchSynonyms } from './searchSynonyms.ts';
import { backfillRegionPaths } from '../workflow/backfillRegionPaths.ts';

/**
 * Inserts the shipped review procedures that are missing and, on first start, the shipped search
 * synonyms (production included), seeds the demo the first time the CMS starts on an empty
 * database (no users yet), then, outside production, prints the demo logins. CMS_SEED=off skips
 * all of it (tests seed their own fixtures); production never seeds demo accounts.
 */
export async function seedOnInit(payload: Payload): Promise<void> {
  if (process.env.CMS_SEED === 'off') return;
  // Production too: the shipped procedures and synonyms are configuration, not demo data.
  await seedProcedures(payload);
  await seedSearchSynonyms(payload);
  await backfillRegionPaths(payload);
  if (isProduction) return;
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
  if (totalDocs === 0) {
    payload.logger.info('空数据库：正在写入演示数据（首次启动约需一分钟）…');
    const { seedDemo } = await import('./demo.ts');
    await seedDemo(payload);
  }
  const demo = await payload.count({ collection: 'users', where: { email: { equals: demoUsers[0]!.email } }, overrideAccess: true });
  if (demo.totalDocs > 0) console.log(`\n${demoLoginTable(`${serverUrl()}/admin`)}\n`);
}
