import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The cms/ folder, so relative paths do not depend on the directory the process was started in. */
export const cmsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Production mode (no demo data, no dev secret, migrations instead of schema push). `next start`
 * always runs with NODE_ENV=production, so a local demo on the built app sets CMS_ENV=demo;
 * CMS_ENV=production forces production mode whatever NODE_ENV says.
 */
export function productionMode(env: Record<string, string | undefined>): boolean {
  return env.CMS_ENV ? env.CMS_ENV === 'production' : env.NODE_ENV === 'production';
}

export const isProduction = productionMode(process.env);

/** `next build` loads the config to collect pages; nothing is signed or stored then. */
const isNextBuild = process.env.NEXT_PHASE === 'phase-production-build';

const devSecret = 'dev-only-secret-not-for-production-0f3c9a';

/** At least 128 bits even when written in hex; `openssl rand -hex 32` gives 64 characters (256 bits). */
export const minimumSecretLength = 32;
/** Secrets printed in this repository and Payload's templates, and words only placeholders contain. */
const publishedSecrets = new Set([devSecret, 'YOUR_SECRET_HERE']);
const placeholderWords = /change|secret|example|placeholder|dummy|default/i;
const howToMake = '请用 openssl rand -hex 32 生成一个随机值';

/** Why this PAYLOAD_SECRET cannot sign production logins, in Chinese; undefined when it can. Never echoes the secret. */
export function secretProblem(secret: string | undefined): string | undefined {
  if (!secret) return `生产环境必须设置环境变量 PAYLOAD_SECRET（用于签发登录令牌的随机长字符串，至少 ${minimumSecretLength} 个字符）；${howToMake}。`;
  if (publishedSecrets.has(secret) || placeholderWords.test(secret)) {
    return `环境变量 PAYLOAD_SECRET 是公开的默认值或占位文字，任何人都能用它伪造登录令牌，生产环境不能使用；${howToMake}。`;
  }
  if (secret.length < minimumSecretLength) {
    return `环境变量 PAYLOAD_SECRET 太短：${secret.length} 个字符，生产环境至少 ${minimumSecretLength} 个字符；${howToMake}。`;
  }
  return undefined;
}

/** PAYLOAD_SECRET signs login tokens: a fixed dev value is fine locally, never in production. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET;
  if (isProduction && !isNextBuild) {
    const problem = secretProblem(secret);
    if (problem) throw new Error(problem);
  }
  return secret || devSecret;
}

/** Resolves a path from the environment relative to cms/ and makes sure its folder exists. */
export function dataPath(fromEnv: string | undefined, fallback: string): string {
  const path = isAbsolute(fromEnv ?? fallback) ? (fromEnv ?? fallback) : resolve(cmsRoot, fromEnv ?? fallback);
  mkdirSync(path, { recursive: true });
  return path;
}

export function mediaDir(): string {
  return dataPath(process.env.MEDIA_DIR, 'data/media');
}

/** Where the admin is reached, for messages: CMS_URL, else localhost on CMS_PORT. */
export function serverUrl(): string {
  return process.env.CMS_URL ?? `http://localhost:${process.env.CMS_PORT ?? '3000'}`;
}

/** Where notices are sent from when SMTP_URL is set (MAIL_FROM). */
export const defaultMailFrom = '公共服务事项目录 <no-reply@localhost>';

export interface MailSettings {
  host: string;
  /** Unset: nodemailer's default for the scheme (587 for smtp:, 465 for smtps:). */
  port?: number;
  /** smtps: TLS from the first byte; smtp: upgrades with STARTTLS when the server offers it. */
  secure: boolean;
  auth?: { user: string; pass: string };
  fromName: string;
  fromAddress: string;
}

const smtpForms = '可接受：smtp://用户名:密码@主机:587 或 smtps://用户名:密码@主机:465（用户名、密码中的特殊字符须按 URL 编码）';

/** The address with any password replaced, so an error message never echoes a secret. */
function withoutPassword(value: string): string {
  return value.replace(/^([a-z]+:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

function parseMailFrom(value: string): { fromName: string; fromAddress: string } {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value) ?? /^\s*()([^<>\s"]+@[^<>\s]+)\s*$/.exec(value);
  if (!match) {
    throw new Error(`环境变量 MAIL_FROM 的值“${value}”不是有效的发件人。可接受：名称 <地址>（如 ${defaultMailFrom}）或只写邮箱地址。`);
  }
  return { fromName: match[1]?.trim() || '公共服务事项目录', fromAddress: match[2]! };
}

/**
 * Outgoing mail, only when SMTP_URL is set (smtp://user:pass@host:587 or smtps://…); MAIL_FROM is
 * the sender. Without SMTP_URL the CMS sends no mail and the in-admin inbox is the only notice.
 */
export function mailSettings(env: Record<string, string | undefined> = process.env): MailSettings | undefined {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`环境变量 SMTP_URL 的值“${withoutPassword(raw)}”不是有效的地址。${smtpForms}。`);
  }
  const shown = withoutPassword(raw);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new Error(`环境变量 SMTP_URL 的协议“${url.protocol.replace(/:$/, '')}”不受支持（值为“${shown}”）。${smtpForms}。`);
  }
  if (!url.hostname) throw new Error(`环境变量 SMTP_URL 缺少邮件服务器主机名（值为“${shown}”）。${smtpForms}。`);
  const port = url.port ? Number(url.port) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`环境变量 SMTP_URL 的端口“${url.port}”无效（值为“${shown}”），应为 1–65535 之间的整数。${smtpForms}。`);
  }
  const decode = (part: string, what: string): string => {
    try {
      return decodeURIComponent(part);
    } catch {
      throw new Error(`环境变量 SMTP_URL 的${what}不是有效的 URL 编码（值为“${shown}”）。${smtpForms}。`);
    }
  };
  const settings: MailSettings = { host: url.hostname.replace(/^\[|\]$/g, ''), secure: url.protocol === 'smtps:', ...parseMailFrom(env.MAIL_FROM?.trim() || defaultMailFrom) };
  if (port !== undefined) settings.port = port;
  if (url.username) settings.auth = { user: decode(url.username, '用户名'), pass: decode(url.password, '密码') };
  return settings;
}
