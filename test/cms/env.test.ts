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

describe('mail settings', () => {
  it('are absent without SMTP_URL, and read user, password, port and TLS from it', async () => {
    const { mailSettings } = await import('../../cms/src/env.ts');
    expect(mailSettings({})).toBeUndefined();
    expect(mailSettings({ SMTP_URL: 'smtps://notices%40gov.cn:p%40ss%3Aword@mail.example.gov.cn:465', MAIL_FROM: '瓯江市编办 <bianban@example.gov.cn>' })).toEqual({
      host: 'mail.example.gov.cn',
      port: 465,
      secure: true,
      auth: { user: 'notices@gov.cn', pass: 'p@ss:word' },
      fromName: '瓯江市编办',
      fromAddress: 'bianban@example.gov.cn',
    });
    expect(mailSettings({ SMTP_URL: 'smtp://relay.local' })).toMatchObject({ host: 'relay.local', secure: false, fromName: '公共服务事项目录', fromAddress: 'no-reply@localhost' });
  });

  it('refuse a malformed SMTP_URL or MAIL_FROM in Chinese, never echoing the password', async () => {
    const { mailSettings } = await import('../../cms/src/env.ts');
    expect(() => mailSettings({ SMTP_URL: 'mail.example.gov.cn:25' })).toThrow(/环境变量 SMTP_URL 的协议“mail\.example\.gov\.cn”不受支持.*可接受：smtp:\/\//);
    expect(() => mailSettings({ SMTP_URL: 'http://user:secret@host' })).toThrow(/协议“http”不受支持（值为“http:\/\/user:\*\*\*@host”）/);
    expect(() => mailSettings({ SMTP_URL: 'smtp://user:secret@host:99999' })).toThrow(/^(?!.*secret).*SMTP_URL.*不是有效的地址/);
    expect(() => mailSettings({ SMTP_URL: 'smtp://host', MAIL_FROM: '编办' })).toThrow(/环境变量 MAIL_FROM 的值“编办”不是有效的发件人/);
  });
});
