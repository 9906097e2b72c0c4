import { roles, type Role } from '@catalog/content-models';

/**
 * One demo account per role. Dev passwords only: the seed refuses to create them in production.
 * One shared password that passes the password policy (it may not contain the e-mail's local part,
 * i.e. the role).
 */
export const demoPassword = 'Demo-Catalog-2026';

export interface DemoUser {
  role: Role;
  email: string;
  name: string;
  password: string;
  /** Key of the generated unit the account belongs to, when the role works for one unit. */
  unitKey?: string;
}

export const demoEditorUnitKey = 'rs-339100'; // 瓯江市人力资源和社会保障局
export const demoSupervisorUnitKey = 'zj-339100'; // 瓯江市住房和城乡建设局, supervises the water and gas companies

const unitOfRole: Partial<Record<Role, string>> = {
  editor: demoEditorUnitKey,
  'unit-head': demoEditorUnitKey,
  'supervisor-reviewer': demoSupervisorUnitKey,
};

export const demoUsers: DemoUser[] = roles.terms.map((term) => ({
  role: term.code,
  email: `${term.code}@demo.local`,
  name: `演示用户·${term.label}`,
  password: demoPassword,
  unitKey: unitOfRole[term.code],
}));

/** The table printed at start in development, so a newcomer can log in as each role. */
export function demoLoginTable(adminUrl: string): string {
  const lines = demoUsers.map((u) => `  ${u.email.padEnd(30)} ${u.password.padEnd(32)} ${roles.label(u.role)}`);
  return [`演示账号（仅开发环境）— 管理后台 ${adminUrl}`, `  ${'邮箱'.padEnd(28)} ${'密码'.padEnd(30)} 角色`, ...lines].join('\n');
}
