import { getPayload } from 'payload';
import config from '../payload.config.ts';
import { demoLoginTable } from './demoUsers.ts';
import { serverUrl } from '../env.ts';

/** `npm run cms:seed`: seeds the demo into an empty database (the same code onInit runs). */
process.env.CMS_SEED = 'off';
const payload = await getPayload({ config });
const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true });
if (totalDocs > 0) {
  console.log(`数据库中已有 ${totalDocs} 个用户，未重复写入演示数据。要重新开始，请删除数据库（默认 cms/data/catalog.db）。`);
} else {
  const { seedDemo } = await import('./demo.ts');
  await seedDemo(payload, console.log);
  console.log(demoLoginTable(`${serverUrl()}/admin`));
}
process.exit(0);
