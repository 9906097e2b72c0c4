import { parseArgs } from 'node:util';
import { passwordRefusal } from '@catalog/content-models';
import { passwordProblemsHere } from '../cms/src/collections/Users/passwordRules.ts';
import { isProduction, serverUrl } from '../cms/src/env.ts';
import { refuseUnsafeProduction } from '../cms/src/startup/refuseUnsafeProduction.ts';
import { promptHidden } from './lib/prompt-hidden.ts';

/**
 * npm run cms:create-admin -- --email admin@example.gov.cn --name 张三
 * Creates a system administrator on DATABASE_URL. The password comes from ADMIN_PASSWORD or, on a
 * terminal, is typed twice without echo; never from the command line, where `ps` and the shell
 * history would keep it.
 */
const fail = (message: string, code = 1): never => {
  console.error(`[创建管理员] ${message}`);
  process.exit(code);
};

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } }, strict: false });
const email = typeof values.email === 'string' ? values.email.trim() : '';
const name = typeof values.name === 'string' ? values.name.trim() : '';
if (!email || !name) fail('用法：npm run cms:create-admin -- --email <邮箱> --name <姓名>（密码由环境变量 ADMIN_PASSWORD 提供，或在终端中输入）', 2);

refuseUnsafeProduction('创建管理员');

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) fail('未提供密码：请设置环境变量 ADMIN_PASSWORD，或在终端中运行本命令以输入密码。', 2);
  const first = await promptHidden('请输入新管理员的密码：');
  const problems = passwordProblemsHere(first, email);
  if (problems.length > 0) fail(passwordRefusal(problems));
  if ((await promptHidden('请再次输入密码：')) !== first) fail('两次输入的密码不一致，未创建账号。');
  return first;
}

const password = await readPassword();
const problems = passwordProblemsHere(password, email);
if (problems.length > 0) fail(passwordRefusal(problems));

process.env.CMS_SEED = 'off';
if (isProduction) {
  // As `next start` does: apply the committed migrations, never push the schema.
  process.env.PAYLOAD_MIGRATE = '1';
  Object.assign(process.env, { NODE_ENV: 'production' });
}
const { getPayload } = await import('payload');
const { default: config } = await import('../cms/src/payload.config.ts');
const { AdministratorRefusal, createAdministrator } = await import('../cms/src/accounts/createAdministrator.ts');
const payload = await getPayload({ config });
try {
  const admin = await createAdministrator(payload, { email, name, password });
  console.log(`[创建管理员] 已创建系统管理员 ${admin.email}（${name}）。登录地址：${serverUrl()}/admin`);
  process.exit(0);
} catch (error) {
  fail(error instanceof AdministratorRefusal ? error.message : `创建失败：${error instanceof Error ? error.message : String(error)}`);
}
