import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildCmsIfStale } from './lib/cms-build.ts';
import { assertPortFree, runScript, stopTree, waitForUrl } from './lib/processes.ts';
import { queuePublish } from '../cms/src/jobs/queuePublish.ts';
import { refuseUnsafeProduction } from '../cms/src/startup/refuseUnsafeProduction.ts';
import { commentEndpoint } from '../cms/src/publish/commentEndpoint.ts';
import { localSiteUrl } from '../cms/src/publish/siteUrl.ts';
import { openCms } from './lib/open-cms.ts';
import { siteRootFromEnv, startPublishing } from './lib/publish-runtime.ts';
import { repoRoot } from './lib/publish-steps.ts';
import { currentRelease, releaseStore } from './lib/releases.ts';
import { startEnvironment } from './lib/start-env.ts';
import { databaseIsNew, databaseLocation } from './lib/fresh-database.ts';
import { mediaDir } from '../cms/src/env.ts';
import { createStaticServer } from './lib/static-server.ts';

/**
 * `npm start`: the whole product on one machine — the CMS (admin + API) on CMS_PORT, the public
 * site on SITE_PORT, demo data on first run, and a first publication so the site is never empty.
 */
const cmsPort = Number(process.env.CMS_PORT ?? 3000);
const sitePort = Number(process.env.SITE_PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';
const cmsUrl = process.env.CMS_URL ?? `http://localhost:${cmsPort}`;
const siteUrl = process.env.SITE_URL ?? localSiteUrl({ SITE_PORT: String(sitePort) });
const siteRoot = siteRootFromEnv();
refuseUnsafeProduction('启动');
const { production, cms: env } = startEnvironment(process.env, repoRoot, { cmsPort, cmsUrl, siteUrl });
Object.assign(process.env, env);

const say = (message: string) => console.log(`[启动] ${message}`);

async function main(): Promise<void> {
  // 1. The admin's production build, once (and again only when the sources changed).
  const started = Date.now();
  const built = await buildCmsIfStale(repoRoot, {
    env,
    // What the wait is, honestly: a first build compiles everything; a changed source does too.
    starting: (first) => say(first ? '首次启动：正在构建管理后台（双核空闲时约 2–3 分钟，繁忙时可达 10 分钟，之后源代码不变则不再构建）…' : '源代码有变更，正在重新构建管理后台（双核空闲时约 2–3 分钟，繁忙时可达 10 分钟）…'),
  });
  if (built) say(`管理后台构建完成（${Math.round((Date.now() - started) / 1000)} 秒）。`);

  await assertPortFree(cmsPort, host, 'CMS_PORT');
  await assertPortFree(sitePort, host, 'SITE_PORT');

  // The demo is written on an empty database only: say so then, not on every restart
  // (looked at before the CMS creates the file).
  const fresh = production || process.env.CMS_SEED === 'off' ? false : databaseIsNew(process.env.DATABASE_URL, resolve(repoRoot, 'cms'));
  const seedNote = fresh === true ? '（新数据库：写入演示数据，约需一分钟）' : fresh === undefined ? '（数据库为空时先写入演示数据，约需一分钟）' : '';

  // 2. The CMS server. On start it applies the committed migrations and, on an empty database
  //    outside production, writes the demo (CMS_ENV=demo unless the operator set it: `next start`
  //    always sets NODE_ENV=production, see start-env.ts).
  const cms = runScript('cms:start', {
    label: 'CMS',
    env: { ...env, PAYLOAD_MIGRATE: '1' },
    cwd: repoRoot,
  });
  // The CMS runs in its own process group: end it whenever this process ends, however it ends.
  process.on('exit', () => stopTree(cms));
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  cms.on('exit', (code) => {
    console.error(`[启动] CMS 已退出（退出码 ${code}），停止服务。`);
    process.exit(code ?? 1);
  });
  say(production ? '正在以生产模式启动 CMS（不写入演示数据；第一个系统管理员用 npm run cms:create-admin 创建）…' : `正在启动 CMS${seedNote}…`);
  // The first request initialises Payload in the server: migrations, then the demo seed.
  await waitForUrl(`${cmsUrl}/api/users/me`, 600_000, cms);

  // 3. This process publishes through its own Local API connection: the schema is already there.
  process.env.CMS_SEED = 'off';
  const payload = await openCms();

  // 4. The publish worker and schedule run here; the CMS server only queues publications.
  const publishing = startPublishing(payload, say, siteRoot);
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  const stopAll = () => void publishing.stop().finally(() => process.exit(0));
  process.on('SIGINT', stopAll);
  process.on('SIGTERM', stopAll);

  // 5. The public site: serve the live release; publish one first if there is none.
  const store = releaseStore(siteRoot);
  const server = createStaticServer(() => store.livePath, { commentEndpoint: commentEndpoint() });
  await new Promise<void>((done) => server.listen(sitePort, host, done));
  if (!(await currentRelease(store)) || !existsSync(store.livePath)) {
    say('首次发布公开网站…');
    await queuePublish(payload, 'manual');
    await publishing.worker.drain();
    if (!(await currentRelease(store))) console.error('[启动] 首次发布失败：原因见管理后台“发布记录”；发布队列会自动重试。');
  }

  const { port } = server.address() as AddressInfo;
  console.log(`
  公共服务事项目录已启动：
    公开网站      http://localhost:${port}/
    管理后台      ${cmsUrl}/admin
    REST 接口     ${cmsUrl}/api/implementations
    GraphQL 接口  ${cmsUrl}/api/graphql
    数据库        ${databaseLocation(process.env.DATABASE_URL, resolve(repoRoot, 'cms'))}
    附件目录      ${mediaDir()}
    已发布网站    ${siteRoot}
  发布队列与定时全量发布在本进程运行（PUBLISH_CRON，默认每天 2 点）；重新发布：npm run publish；回滚：npm run publish -- --rollback
  按 Ctrl+C 停止。`);
  if (!production) console.log('演示账号见上方 [CMS] 输出的列表（仅开发/演示模式）。');
}

main().catch((error: unknown) => {
  console.error(`[启动] 启动失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
