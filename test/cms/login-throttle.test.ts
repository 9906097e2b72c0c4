import { beforeAll, describe, expect, it } from 'vitest';
import { loginPolicy } from '../../cms/src/auth/loginPolicy.ts';
import { startCms, type ApiResult, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture } from './support/fixture.ts';

/**
 * Failed logins stop the client that makes them, not the account's owner: through REST (the admin
 * logs in there) and GraphQL (many aliased loginUser calls in one request), each attempt logged.
 */
let cms: Cms;
let fx: Fixture;
let adminToken: string;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  adminToken = await cms.login(fx.users.admin.email, password);
});

const restLogin = (email: string, pass: string, from: string, userAgent = 'vitest-browser'): Promise<ApiResult> =>
  cms.rest('POST', '/users/login', { body: { email, password: pass }, from, headers: { 'User-Agent': userAgent } });

/** One GraphQL request holding `count` aliased loginUser calls with a wrong password. */
function aliasedLogins(email: string, count: number, from: string): Promise<ApiResult> {
  const calls = Array.from({ length: count }, (_, i) => `a${i}: loginUser(email: ${JSON.stringify(email)}, password: "wrong-${i}") { token }`);
  return cms.gql(`mutation { ${calls.join(' ')} }`, undefined, { from });
}

async function events(email: string): Promise<Record<string, any>[]> {
  const found = await cms.payload.find({ collection: 'login-events' as never, where: { email: { equals: email } }, sort: 'createdAt', limit: 0, pagination: false, depth: 0 });
  return found.docs as Record<string, any>[];
}

describe('a stranger guessing an approver\'s password', () => {
  it('is refused after the allowed failures in one GraphQL request, while the approver logs in from elsewhere', async () => {
    const email = fx.users.approver.email;
    const { body } = await aliasedLogins(email, 20, '203.0.113.66');
    const messages = (body.errors as { message: string }[]).map((e) => e.message);
    expect(messages).toHaveLength(20);
    expect(messages.slice(0, loginPolicy.perClientAndAccount).every((m) => !/登录失败次数过多/.test(m))).toBe(true);
    expect(messages.slice(loginPolicy.perClientAndAccount).every((m) => /登录失败次数过多：本网络地址对账号“approver@test.local”的登录已暂停/.test(m))).toBe(true);

    // The stranger is refused even with the right password; the owner, elsewhere, is not.
    const stranger = await restLogin(email, password, '203.0.113.66');
    expect(stranger.status).toBe(429);
    expect(stranger.body.errors[0].message).toMatch(/登录失败次数过多/);
    const owner = await restLogin(email, password, '198.51.100.20');
    expect(owner.status, JSON.stringify(owner.body)).toBe(200);
    expect(owner.body.token).toBeTruthy();

    const user = await cms.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({ collection: 'users', where: { email: { equals: email } } });
    expect(user?.lockUntil ?? null).toBeNull();
  });

  it('refuses a client that sprays one password over many accounts', async () => {
    const from = '203.0.113.77';
    const emails = Object.values(fx.users).map((u) => u.email);
    let refused: ApiResult | undefined;
    for (let i = 0; i <= loginPolicy.perClient; i++) {
      const answer = await restLogin(emails[i % emails.length]!, 'Spring2026!', from);
      if (answer.status === 429) {
        refused = answer;
        break;
      }
      expect(answer.status).toBe(401);
    }
    expect(refused?.body.errors[0].message).toMatch(/本网络地址登录失败次数过多/);
    expect((await restLogin(fx.users.editor.email, password, '198.51.100.21')).status).toBe(200);
  });
});

describe('the last-resort lock', () => {
  it('locks an account besieged from many addresses until an administrator unlocks it', async () => {
    const email = fx.users['legal-reviewer'].email;
    for (let client = 0; client < loginPolicy.lockClients; client++) {
      await aliasedLogins(email, loginPolicy.lockFailures / loginPolicy.lockClients, `192.0.2.${client + 10}`);
    }
    const owner = await restLogin(email, password, '198.51.100.30');
    expect(owner.status).toBe(401);
    expect(owner.body.errors[0].message).toMatch(/锁定/);
    expect((await events(email)).some((e) => e.outcome === 'locked')).toBe(true);

    const unlock = await cms.rest('POST', '/users/unlock', { token: adminToken, body: { email } });
    expect(unlock.status, JSON.stringify(unlock.body)).toBe(200);
    expect((await restLogin(email, password, '198.51.100.30')).status).toBe(200);
  });
});

describe('the login log', () => {
  it('records success and failure with time in Beijing time, e-mail, client address and user agent', async () => {
    const email = fx.users['price-reviewer'].email;
    expect((await restLogin(email, 'not-the-password', '198.51.100.40', 'Mozilla/5.0 (X11; Linux x86_64) Test/1.0')).status).toBe(401);
    expect((await restLogin(email, password, '2001:db8::40', 'Mozilla/5.0 (X11; Linux x86_64) Test/1.0')).status).toBe(200);
    const [failure, success] = (await events(email)).slice(-2);
    expect(failure).toMatchObject({ outcome: 'failure', email, clientAddress: '198.51.100.40', userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Test/1.0' });
    expect(success).toMatchObject({ outcome: 'success', email, clientAddress: '2001:db8::40', user: fx.users['price-reviewer'].id });
    // Stored as UTC; the log shows the same moment 8 hours later (北京时间).
    const utc = new Date(success!.createdAt as string);
    const beijing = new Date(utc.getTime() + 8 * 3600_000).toISOString();
    const [date, clock] = [beijing.slice(0, 10).split('-').map(Number), beijing.slice(11, 19)];
    expect(success!.time).toBe(`${date[0]}年${date[1]}月${date[2]}日 ${clock}`);
  });

  it('records unknown accounts too, and anonymous GraphQL logins', async () => {
    await aliasedLogins('nobody@test.local', 2, '198.51.100.41');
    const logged = await events('nobody@test.local');
    expect(logged.map((e) => [e.outcome, e.clientAddress])).toEqual([
      ['failure', '198.51.100.41'],
      ['failure', '198.51.100.41'],
    ]);
  });

  it('is read by administrators only and written by nobody through the API', async () => {
    const admin = await cms.rest('GET', '/login-events?limit=5', { token: adminToken });
    expect(admin.status).toBe(200);
    expect(admin.body.totalDocs).toBeGreaterThan(0);
    const [entry] = admin.body.docs;
    const before = await cms.payload.count({ collection: 'login-events' as never });
    for (const who of ['reviewer', 'editor', 'approver'] as const) {
      const token = await cms.login(fx.users[who].email, password);
      expect((await cms.rest('GET', '/login-events', { token })).status).toBe(403);
    }
    expect((await cms.rest('GET', '/login-events')).status).toBe(403);
    expect((await cms.rest('POST', '/login-events', { token: adminToken, body: { outcome: 'success', email: 'x@test.local', time: 'x' } })).status).toBe(403);
    expect((await cms.rest('PATCH', `/login-events/${entry.id}`, { token: adminToken, body: { outcome: 'failure' } })).status).toBe(403);
    expect((await cms.rest('DELETE', `/login-events/${entry.id}`, { token: adminToken })).status).toBe(403);
    const gql = await cms.gql(`mutation { deleteLoginEvent(id: ${JSON.stringify(entry.id)}) { id } }`, adminToken);
    expect(gql.body.errors?.length).toBeGreaterThan(0);
    // The logins above added entries; none was removed or changed.
    expect((await cms.payload.count({ collection: 'login-events' as never })).totalDocs).toBe(before.totalDocs + 3);
    expect(await cms.payload.findByID({ collection: 'login-events' as never, id: entry.id, depth: 0 })).toEqual(entry);
  });

  it('is shown in the admin only to administrators', async () => {
    const config = (cms.payload.collections as unknown as Record<string, { config: { admin: { hidden?: unknown } } }>)['login-events']!.config;
    const hidden = config.admin.hidden as (args: { user: unknown }) => boolean;
    expect(hidden({ user: { id: 1, roles: ['admin'] } })).toBe(false);
    expect(hidden({ user: { id: 2, roles: ['reviewer'] } })).toBe(true);
  });
});
