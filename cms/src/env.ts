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
