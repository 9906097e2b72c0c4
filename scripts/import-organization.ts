/**
 * The 组织机构 import (units, their regions, accounts) into the CMS on DATABASE_URL, as the admin's
 * 导入单位和账号 does: a check by default, --commit writes (one transaction).
 *   npm run import:organization -- --file 组织机构.xlsx --as admin@… [--commit]
 *   npm run import:organization -- --template 组织机构导入模板.xlsx
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatProblem } from '../content-models/src/spreadsheet/index.ts';
import { parseFlags, runCli, UsageError } from './lib/spreadsheet/cli-args.ts';
import { writeFileAtomic } from './lib/spreadsheet/write-file-atomic.ts';

const help = `用法：npm run import:organization -- --file <组织机构.xlsx> --as <管理员邮箱> [--commit]
      npm run import:organization -- --template <输出.xlsx>

  --file <路径>       填好的组织机构表（“单位”“账号”两个工作表）
  --as <邮箱>         以该系统管理员的身份导入（只有系统管理员可以导入单位和账号）
  --commit            检查全部通过后写入：缺少的行政区划（连同上级，来自国家区划数据）、单位、账号，
                      全部写入或全部不写（一个事务）。不加时只检查（试运行）
  --template <路径>   写出空白的组织机构导入模板
  --help              显示本说明

说明：表中不能有密码列。新账号的密码无人知道，导入后为每个新账号输出一次性的设置密码链接（有效 7 天），
只在这一次显示，请分别转交本人；已有账号不会重新邀请。重复导入同一文件不会改变任何内容。
退出码：0 通过或已导入；1 文件被拒绝或发现问题；2 参数错误。`;

async function main(argv: string[]): Promise<number> {
  const flags = parseFlags(argv, ['--file', '--as', '--template'], ['--commit', '--help']);
  if (flags.has('--help')) {
    console.log(help);
    return 0;
  }
  const template = flags.get('--template');
  if (typeof template === 'string') {
    const { writeOrganizationTemplate } = await import('../cms/src/organization/template.ts');
    await writeFileAtomic(resolve(template), await writeOrganizationTemplate());
    console.log(`已写出组织机构导入模板：${template}`);
    return 0;
  }
  const file = flags.get('--file');
  const as = flags.get('--as');
  if (typeof file !== 'string') throw new UsageError('缺少参数 --file（要导入的组织机构表 xlsx）');
  if (typeof as !== 'string') throw new UsageError('缺少参数 --as <管理员邮箱>：导入以该系统管理员的身份进行');
  process.env.CMS_SEED = 'off';
  const { getPayload } = await import('payload');
  const { default: config } = await import('../cms/src/payload.config.ts');
  const { runOrganizationImport } = await import('../cms/src/organization/service.ts');
  const payload = await getPayload({ config });
  try {
    const found = await payload.find({ collection: 'users', where: { email: { equals: as.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true });
    const user = found.docs[0];
    if (!user) throw new UsageError(`参数 --as：系统中没有邮箱为“${as}”的用户`);
    const report = await runOrganizationImport(payload, user as never, { mode: flags.has('--commit') ? 'import' : 'dry-run', bytes: new Uint8Array(await readFile(resolve(file))) });
    for (const problem of report.problems) console.log(formatProblem(problem));
    for (const warning of report.warnings) console.log(`提示　${formatProblem(warning)}`);
    console.log(report.message);
    if (report.invitations.length > 0) {
      console.log('设置密码链接（仅此一次显示，请分别转交本人）：');
      for (const invitation of report.invitations) console.log(`  ${invitation.name}　${invitation.email}　${invitation.url}　有效至 ${invitation.expiresAt}（北京时间）`);
    }
    return report.status === 'passed' || report.status === 'imported' ? 0 : 1;
  } finally {
    await payload.destroy();
  }
}

runCli(main, help, (error) => `导入组织机构失败，未写入任何内容：${error instanceof Error ? error.message : String(error)}`);
