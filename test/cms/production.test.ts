import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHIPPED_SYNONYMS } from '@catalog/content-models/search/synonyms.ts';
import { secretProblem } from '../../cms/src/env.ts';
import { startEnvironment } from '../../scripts/lib/start-env.ts';
import { testTempDir } from '../support/temp-dir.ts';

/**
 * Production mode cannot be misread: every entry point refuses to start on a missing, short or
 * published PAYLOAD_SECRET; npm start keeps the operator's CMS_ENV and secret; the first
 * administrator comes from `npm run cms:create-admin`.
 */
const repoRoot = resolve(import.meta.dirname, '../..');
const goodSecret = 'f3a91c0d5be24e7789a0c6d1e2f34b5a';
const urls = { cmsPort: 3000, cmsUrl: 'http://localhost:3000', siteUrl: 'http://localhost:4321' };

/** Runs a TypeScript entry point as `npm run` would (tsx on this Node), with only the given settings. */
function run(args: string[], env: Record<string, string>) {
  const { PATH, HOME } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    cwd: repoRoot,
    env: { PATH: PATH ?? '', HOME: HOME ?? '', NODE_ENV: 'development', CMS_SEED: 'off', DATABASE_URL: `file:${join(testTempDir('prod-'), 'x.db')}`, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('PAYLOAD_SECRET in production', () => {
  it('names what is wrong, in Chinese, and never echoes the secret', () => {
    expect(secretProblem(undefined)).toMatch(/^生产环境必须设置环境变量 PAYLOAD_SECRET/);
    expect(secretProblem('abc123def456')).toMatch(/太短：12 个字符，生产环境至少 32 个字符/);
    expect(secretProblem('dev-only-secret-not-for-production-0f3c9a')).toMatch(/公开的默认值/);
    expect(secretProblem('YOUR_SECRET_HERE')).toMatch(/公开的默认值/);
    expect(secretProblem('please-change-me-please-change-me-42')).toMatch(/占位文字/);
    expect(secretProblem('abc123def456')).not.toContain('abc123def456');
    expect(secretProblem(goodSecret)).toBeUndefined();
  });
});

describe('entry points refuse to start in production without a usable secret', () => {
  const refused = /拒绝以生产模式（CMS_ENV=production）启动：/;

  it('the Next server (instrumentation register hook) exits non-zero instead of answering 500', () => {
    const { status, stderr } = run(['-e', "import('./cms/src/instrumentation.ts').then((m) => m.register())"], { CMS_ENV: 'production', NEXT_RUNTIME: 'nodejs' });
    expect(status).toBe(1);
    expect(stderr).toMatch(refused);
    expect(stderr).toMatch(/\[CMS\].*必须设置环境变量 PAYLOAD_SECRET/);
  });

  it('npm start neither generates a secret nor starts on a short one', () => {
    const { status, stderr } = run(['scripts/start.ts'], { CMS_ENV: 'production', PAYLOAD_SECRET: 'short-one', CMS_PORT: '3999', SITE_PORT: '4999' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/\[启动\] 拒绝以生产模式（CMS_ENV=production）启动：环境变量 PAYLOAD_SECRET 太短：9 个字符/);
  });

  it('the publish worker and npm run publish refuse the dev secret', () => {
    for (const script of ['scripts/publish-worker.ts', 'scripts/publish.ts']) {
      const { status, stderr } = run([script], { CMS_ENV: 'production', PAYLOAD_SECRET: 'dev-only-secret-not-for-production-0f3c9a' });
      expect(status, script).toBe(1);
      expect(stderr, script).toMatch(/\[发布\] 拒绝以生产模式.*公开的默认值/);
    }
  });
});

describe('npm start settings', () => {
  it('keeps the operator’s CMS_ENV=production and secret, and writes no secret file', () => {
    const root = testTempDir('start-env-');
    const { production, cms } = startEnvironment({ CMS_ENV: 'production', PAYLOAD_SECRET: goodSecret }, root, urls);
    expect(production).toBe(true);
    expect(cms.CMS_ENV).toBe('production');
    expect(cms.PAYLOAD_SECRET).toBe(goodSecret);
    expect(existsSync(join(root, 'cms/data/.payload-secret'))).toBe(false);
  });

  it('NODE_ENV=production alone is production too; a local run is the demo with a generated secret', () => {
    const root = testTempDir('start-env-');
    expect(startEnvironment({ NODE_ENV: 'production', PAYLOAD_SECRET: goodSecret }, root, urls).cms.CMS_ENV).toBe('production');
    const local = startEnvironment({}, root, urls);
    expect(local.production).toBe(false);
    expect(local.cms.CMS_ENV).toBe('demo');
    expect(local.cms.PAYLOAD_SECRET).toHaveLength(64);
    expect(existsSync(join(root, 'cms/data/.payload-secret'))).toBe(true);
  });
});

describe('production start on an empty database', () => {
  it('writes no demo data and prints no password, only the shipped review procedures and search synonyms', async () => {
    vi.stubEnv('CMS_ENV', 'production');
    vi.stubEnv('CMS_SEED', '');
    vi.resetModules();
    const { seedOnInit } = await import('../../cms/src/seed/onInit.ts');
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const written: string[] = [];
    // Configuration only: the procedures, the search synonyms (and the region paths of older cases) — never users or demo content.
    const allowed = new Set(['workflow-procedures', 'adjustments']);
    let synonyms: unknown;
    const refuse = (what: string) => {
      throw new Error(`production must not ${what} to seed`);
    };
    const payload = {
      find: async ({ collection }: { collection: string }) => (allowed.has(collection) ? { docs: [] } : refuse(`read ${collection}`)),
      create: async ({ collection, data }: { collection: string; data: { code: string } }) =>
        collection === 'workflow-procedures' ? written.push(data.code) : refuse(`create ${collection}`),
      findGlobal: async ({ slug }: { slug: string }) => (slug === 'search-synonyms' ? {} : refuse(`read global ${slug}`)),
      updateGlobal: async ({ slug, data }: { slug: string; data: { entries: unknown } }) => (slug === 'search-synonyms' ? (synonyms = data.entries) : refuse(`write global ${slug}`)),
      count: async () => refuse('count users'),
      logger: { info: () => {}, warn: () => {} },
    };
    await seedOnInit(payload as never);
    expect(written.sort()).toEqual(['contact-update', 'dynamic-adjustment', 'joint-review', 'three-ups-three-downs', 'two-reports-two-reviews']);
    expect(synonyms).toEqual(SHIPPED_SYNONYMS);
    expect(log).not.toHaveBeenCalled();
    log.mockRestore();
  });
});

describe('npm run cms:create-admin', () => {
  it('refuses to run in production without a usable secret', () => {
    const { status, stderr } = run(['scripts/create-admin.ts', '--email', 'it@example.gov.cn', '--name', '王五'], { CMS_ENV: 'production', ADMIN_PASSWORD: 'Lanxi#Hall42' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/\[创建管理员\] 拒绝以生产模式/);
  });

  it('refuses a password the policy refuses, before touching the database', () => {
    const { status, stderr } = run(['scripts/create-admin.ts', '--email', 'it@example.gov.cn', '--name', '王五'], { ADMIN_PASSWORD: 'itadmin1' });
    expect(status).toBe(1);
    expect(stderr).toContain('[创建管理员] 密码不符合安全要求：至少包含大写字母、小写字母、数字、符号中的三类');
  });

  it('needs --email and --name, and a password from ADMIN_PASSWORD when not on a terminal', () => {
    expect(run(['scripts/create-admin.ts', '--email', 'it@example.gov.cn'], { ADMIN_PASSWORD: 'Lanxi#Hall42' }).stderr).toContain('用法：npm run cms:create-admin -- --email <邮箱> --name <姓名>');
    const noPassword = run(['scripts/create-admin.ts', '--email', 'it@example.gov.cn', '--name', '王五'], {});
    expect(noPassword.status).toBe(2);
    expect(noPassword.stderr).toContain('未提供密码：请设置环境变量 ADMIN_PASSWORD');
  });

  it('creates an administrator who can log in, and refuses the same e-mail a second time', async () => {
    const database = `file:${join(testTempDir('create-admin-'), 'admin.db')}`;
    const args = ['scripts/create-admin.ts', '--email', 'It.Office@example.gov.cn', '--name', '王五'];
    const first = run(args, { DATABASE_URL: database, ADMIN_PASSWORD: 'Lanxi#Hall42' });
    expect(first.stderr).not.toMatch(/创建失败/);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('已创建系统管理员 it.office@example.gov.cn（王五）');
    // Payload's log lines (the migrations it ran) reach a pipe without colour codes.
    expect(first.stdout).toMatch(/INFO: Migrated: /);
    expect(first.stdout + first.stderr).not.toContain('\x1b[');

    const second = run(args, { DATABASE_URL: database, ADMIN_PASSWORD: 'Other#Hall2026' });
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('邮箱 it.office@example.gov.cn 已有账号，未做任何修改');

    // npm run publish (and the publish worker) open it the same way: migrations, never a pushed
    // schema (which failed `CREATE INDEX … already exists`) — even where NODE_ENV=test would push.
    const open = `import { openCms } from './scripts/lib/open-cms.ts'; const p = await openCms(); console.log('账号', (await p.count({ collection: 'users' })).totalDocs); process.exit(0);`;
    const publishing = run(['--input-type=module', '--eval', open], { DATABASE_URL: database, NODE_ENV: 'test' });
    expect(publishing.stderr + publishing.stdout).not.toMatch(/already exists|Pulling schema/);
    expect(publishing.stdout).toContain('账号 1');
    expect(publishing.status).toBe(0);

    vi.stubEnv('DATABASE_URL', database);
    // The script built this database from the migrations: open it the same way (no test push).
    vi.stubEnv('PAYLOAD_MIGRATE', '1');
    vi.resetModules();
    const { getPayload } = await import('payload');
    const { default: config } = await import('../../cms/src/payload.config.ts');
    const payload = await getPayload({ config });
    const login = await payload.login({ collection: 'users', data: { email: 'it.office@example.gov.cn', password: 'Lanxi#Hall42' } });
    expect((login.user as { roles?: string[] }).roles).toEqual(['admin']);
  }, 180_000); // two CMS starts in child processes on a shared, loaded machine
});
