import { afterEach, describe, expect, it, vi } from 'vitest';

/** Production mode decides secrets and demo data; env.ts reads it once, so each case re-imports. */
async function freshEnv(vars: Record<string, string>) {
  for (const [key, value] of Object.entries(vars)) vi.stubEnv(key, value);
  vi.resetModules();
  return import('../../cms/src/env.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('production mode', () => {
  it('requires PAYLOAD_SECRET, in Chinese', async () => {
    const env = await freshEnv({ NODE_ENV: 'production', CMS_ENV: '', PAYLOAD_SECRET: '' });
    expect(env.isProduction).toBe(true);
    expect(() => env.payloadSecret()).toThrow(/生产环境必须设置环境变量 PAYLOAD_SECRET/);
  });

  it('is what CMS_ENV says, whatever NODE_ENV (next start) says', async () => {
    expect((await freshEnv({ NODE_ENV: 'production', CMS_ENV: 'demo' })).isProduction).toBe(false);
    expect((await freshEnv({ NODE_ENV: 'development', CMS_ENV: 'production' })).isProduction).toBe(true);
  });

  it('falls back to a dev secret outside production', async () => {
    const env = await freshEnv({ NODE_ENV: 'development', CMS_ENV: '', PAYLOAD_SECRET: '' });
    expect(env.payloadSecret().length).toBeGreaterThan(16);
  });

  it('never seeds demo accounts', async () => {
    await freshEnv({ NODE_ENV: 'production', CMS_ENV: '' });
    const { seedDemo } = await import('../../cms/src/seed/demo.ts');
    await expect(seedDemo({} as never)).rejects.toThrow(/生产模式下不创建演示数据和演示账号/);
  });
});
