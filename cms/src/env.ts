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
export const isProduction = process.env.CMS_ENV ? process.env.CMS_ENV === 'production' : process.env.NODE_ENV === 'production';

/** `next build` loads the config to collect pages; nothing is signed or stored then. */
const isNextBuild = process.env.NEXT_PHASE === 'phase-production-build';

const devSecret = 'dev-only-secret-not-for-production-0f3c9a';

/** PAYLOAD_SECRET signs login tokens: a fixed dev value is fine locally, never in production. */
export function payloadSecret(): string {
  const secret = process.env.PAYLOAD_SECRET;
  if (secret) return secret;
  if (isProduction && !isNextBuild) {
    throw new Error('生产环境必须设置环境变量 PAYLOAD_SECRET（用于签发登录令牌的随机长字符串）。');
  }
  return devSecret;
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
