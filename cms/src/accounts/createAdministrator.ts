import { passwordRefusal } from '@catalog/content-models';
import type { Payload } from 'payload';
import { passwordProblemsHere } from '../collections/Users/passwordRules.ts';

/** A refusal the create-admin command prints as is (Chinese), without a stack trace. */
export class AdministratorRefusal extends Error {}

export interface NewAdministrator {
  email: string;
  name: string;
  password: string;
}

const emailShape = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * Creates an administrator account: how production gets its first one (`npm run cms:create-admin`),
 * since production never seeds accounts and closes Payload's first-register page. Never changes an
 * existing account: resetting a password is done in the admin by another administrator.
 */
export async function createAdministrator(payload: Payload, { email, name, password }: NewAdministrator): Promise<{ id: number | string; email: string }> {
  const address = email.trim().toLowerCase();
  if (!emailShape.test(address)) throw new AdministratorRefusal(`邮箱“${email}”格式不正确，应形如 name@example.gov.cn。`);
  if (name.trim() === '') throw new AdministratorRefusal('请用 --name 提供管理员姓名。');
  const problems = passwordProblemsHere(password, address);
  if (problems.length > 0) throw new AdministratorRefusal(passwordRefusal(problems));
  const existing = await payload.count({ collection: 'users', where: { email: { equals: address } }, overrideAccess: true });
  if (existing.totalDocs > 0) {
    throw new AdministratorRefusal(`邮箱 ${address} 已有账号，未做任何修改。如需重置其密码，请由另一位系统管理员在管理后台修改。`);
  }
  const created = await payload.create({
    collection: 'users',
    data: { email: address, name: name.trim(), password, roles: ['admin'] } as never,
    overrideAccess: true,
  });
  return { id: created.id, email: address };
}
