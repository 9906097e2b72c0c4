import type { Endpoint } from 'payload';

/**
 * Payload lets anyone who reaches an empty CMS register the first account, with every role. In
 * production the first administrator comes from the server's console instead (`npm run
 * cms:create-admin`); listed before Payload's own endpoint, this one answers that path.
 */
export const refuseFirstRegister: Endpoint = {
  path: '/first-register',
  method: 'post',
  handler: () =>
    Response.json({ errors: [{ message: '生产环境不能在网页上注册第一个账号：请在服务器上运行 npm run cms:create-admin 创建系统管理员。' }] }, { status: 403 }),
};
