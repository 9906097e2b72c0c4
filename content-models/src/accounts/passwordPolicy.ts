import commonPasswordList from './common-passwords.json' with { type: 'json' };

/**
 * The password policy for staff accounts (等保 2.0 身份鉴别: 口令具有复杂度要求). Pure, so the CMS
 * hooks, the create-admin command and the tests all apply the very same rule.
 */

/** The floor: 等保 2.0 audits expect at least 8 characters; a deployment may only raise it. */
export const minimumPasswordLength = 8;
/** Hashing a megabyte "password" costs the server, not the attacker; no real password is longer. */
export const maximumPasswordLength = 128;
/** E-mail local parts shorter than this (“li”) would forbid too many ordinary passwords. */
const shortestCheckedLocalPart = 3;

const commonPasswords = new Set(commonPasswordList.passwords.map((p) => p.toLowerCase()));

const characterClasses = [
  { label: '大写字母', test: /[A-Z]/ },
  { label: '小写字母', test: /[a-z]/ },
  { label: '数字', test: /[0-9]/ },
  { label: '符号', test: /[^A-Za-z0-9]/ },
] as const;

export interface PasswordContext {
  /** The account's e-mail: the password may neither be it nor contain its local part. */
  email?: string;
  /** From PASSWORD_MIN_LENGTH; `minimumPasswordLength` when not given. */
  minLength?: number;
}

/** Every reason the password is refused, in Chinese; an empty list means it is accepted. */
export function passwordProblems(password: string, { email, minLength = minimumPasswordLength }: PasswordContext = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < minLength) problems.push(`长度至少 ${minLength} 位（现为 ${length} 位）`);
  if (length > maximumPasswordLength) problems.push(`长度不能超过 ${maximumPasswordLength} 位（现为 ${length} 位）`);

  const present = characterClasses.filter((c) => c.test.test(password)).map((c) => c.label);
  if (present.length < 3) {
    const found = present.length === 0 ? '' : `：${present.join('、')}`;
    problems.push(`至少包含大写字母、小写字母、数字、符号中的三类（现有 ${present.length} 类${found}）`);
  }

  const lower = password.toLowerCase();
  const address = email?.trim().toLowerCase() ?? '';
  const localPart = address.split('@')[0] ?? '';
  if (address && lower === address) problems.push('不能与登录邮箱相同');
  else if (localPart.length >= shortestCheckedLocalPart && lower.includes(localPart)) problems.push(`不能包含登录邮箱的用户名“${localPart}”`);

  if (commonPasswords.has(lower)) problems.push('属于常用密码，容易被猜中');
  return problems;
}

/** One Chinese sentence for an API answer or a command's output. */
export function passwordRefusal(problems: readonly string[]): string {
  return `密码不符合安全要求：${problems.join('；')}。`;
}

/** Reads PASSWORD_MIN_LENGTH: unset means 8; anything else must be a whole number from 8 to 128. */
export function parsePasswordMinLength(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return minimumPasswordLength;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimumPasswordLength || value > maximumPasswordLength) {
    throw new Error(`环境变量 PASSWORD_MIN_LENGTH 的值“${raw}”无效：应为 ${minimumPasswordLength} 到 ${maximumPasswordLength} 之间的整数。`);
  }
  return value;
}
