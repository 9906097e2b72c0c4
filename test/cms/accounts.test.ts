import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture } from './support/fixture.ts';

/**
 * Every door that sets a password applies the policy (等保 2.0), and only administrators unlock
 * accounts or start a password reset for someone. Through the route handlers `next start` serves.
 */
let cms: Cms;
let fx: Fixture;
const tokens: Record<string, string> = {};
const refusal = /^密码不符合安全要求：/;

/** The policy's sentence from a Payload ValidationError answer (REST). */
function passwordMessage(body: any): string {
  return body.errors?.[0]?.data?.errors?.find((e: { path: string }) => e.path === 'password')?.message ?? '';
}

beforeAll(async () => {
  cms = await startCms();
});

describe('first-register on an empty database', () => {
  it('refuses a weak first password, then the fixture can be seeded', async () => {
    const weak = await cms.rest('POST', '/users/first-register', { body: { email: 'first@test.local', password: '123', name: '首位', roles: ['admin'] } });
    expect(weak.status).toBe(400);
    expect(passwordMessage(weak.body)).toMatch(/长度至少 8 位（现为 3 位）/);
    expect((await cms.payload.count({ collection: 'users' })).totalDocs).toBe(0);

    fx = await seedFixture(cms.payload);
    for (const key of ['admin', 'editor', 'approver'] as const) tokens[key] = await cms.login(fx.users[key].email, password);
  });
});

describe('password policy on create and update', () => {
  it('REST create by an administrator: abc is refused with the reasons, a good password accepted', async () => {
    const weak = await cms.rest('POST', '/users', { token: tokens.admin, body: { email: 'new@test.local', name: '新用户', password: 'abc', roles: ['editor'], unit: fx.units.a } });
    expect(weak.status).toBe(400);
    expect(passwordMessage(weak.body)).toMatch(refusal);
    expect(passwordMessage(weak.body)).toContain('至少包含大写字母、小写字母、数字、符号中的三类');
    const good = await cms.rest('POST', '/users', { token: tokens.admin, body: { email: 'new@test.local', name: '新用户', password: 'Lanxi#Hall42', roles: ['editor'], unit: fx.units.a } });
    expect(good.status).toBe(201);
  });

  it('REST update of one’s own password: a common password and one holding the e-mail are refused', async () => {
    const common = await cms.rest('PATCH', `/users/${fx.users.editor.id}`, { token: tokens.editor, body: { password: 'P@ssw0rd' } });
    expect(common.status).toBe(400);
    expect(passwordMessage(common.body)).toContain('属于常用密码');
    const own = await cms.rest('PATCH', `/users/${fx.users.editor.id}`, { token: tokens.editor, body: { password: 'Editor#2026' } });
    expect(own.status).toBe(400);
    expect(passwordMessage(own.body)).toContain('不能包含登录邮箱的用户名“editor”');
    // The old password still works: nothing was written.
    await cms.login(fx.users.editor.email, password);
  });

  it('GraphQL create and update apply the same policy', async () => {
    const created = await cms.gql(`mutation { createUser(data: { email: "gql@test.local", name: "图", password: "12345678", roles: editor }) { id } }`, tokens.admin);
    expect(JSON.stringify(created.body.errors)).toMatch(/密码不符合安全要求/);
    const updated = await cms.gql(`mutation { updateUser(id: ${JSON.stringify(fx.users.editor.id)}, data: { password: "password" }) { id } }`, tokens.editor);
    expect(JSON.stringify(updated.body.errors)).toMatch(/密码不符合安全要求/);
  });

  it('the Local API (used by the create-admin command) is held to it too', async () => {
    await expect(cms.payload.create({ collection: 'users', data: { email: 'local@test.local', name: '本地', password: 'aa123456', roles: ['admin'] } as never })).rejects.toThrow();
    expect((await cms.payload.count({ collection: 'users', where: { email: { equals: 'local@test.local' } } })).totalDocs).toBe(0);
  });
});

describe('password reset', () => {
  it('forgot-password is refused to anonymous visitors and staff, in Chinese; an administrator may ask', async () => {
    const anonymous = await cms.rest('POST', '/users/forgot-password', { body: { email: fx.users.approver.email } });
    expect(anonymous.status).toBe(403);
    expect(anonymous.body.errors[0].message).toBe('只有系统管理员可以重置他人密码；忘记密码请联系系统管理员。');
    const editor = await cms.rest('POST', '/users/forgot-password', { token: tokens.editor, body: { email: fx.users.approver.email } });
    expect(editor.status).toBe(403);
    const admin = await cms.rest('POST', '/users/forgot-password', { token: tokens.admin, body: { email: fx.users.approver.email } });
    expect(admin.status).toBe(200);
  });

  it('reset-password applies the policy to the new password, with the account’s e-mail', async () => {
    const resetToken = await cms.payload.forgotPassword({ collection: 'users', data: { email: fx.users.approver.email }, disableEmail: true });
    const weak = await cms.rest('POST', '/users/reset-password', { body: { token: resetToken, password: 'abc' } });
    expect(weak.status).toBe(400);
    expect(passwordMessage(weak.body)).toMatch(/长度至少 8 位/);
    const withEmail = await cms.rest('POST', '/users/reset-password', { body: { token: resetToken, password: 'Approver-2026' } });
    expect(withEmail.status).toBe(400);
    expect(passwordMessage(withEmail.body)).toContain('“approver”');
    await cms.login(fx.users.approver.email, password);
    const good = await cms.rest('POST', '/users/reset-password', { body: { token: resetToken, password: 'Shuili#Hall2026' } });
    expect(good.status).toBe(200);
    await cms.login(fx.users.approver.email, 'Shuili#Hall2026');
  });
});

describe('unlock', () => {
  it('only administrators unlock an account', async () => {
    const editor = await cms.rest('POST', '/users/unlock', { token: tokens.editor, body: { email: fx.users.approver.email } });
    expect(editor.status).toBe(403);
    const anonymous = await cms.rest('POST', '/users/unlock', { body: { email: fx.users.approver.email } });
    expect(anonymous.status).toBe(403);
    const admin = await cms.rest('POST', '/users/unlock', { token: tokens.admin, body: { email: fx.users.approver.email } });
    expect(admin.status).toBe(200);
  });
});

describe('idle session expiry', () => {
  it('a login token lives 30 minutes by default (renewed by the admin while the user works)', async () => {
    const { body } = await cms.rest('POST', '/users/login', { body: { email: fx.users.admin.email, password } });
    const lifetime = body.exp - Math.floor(Date.now() / 1000);
    expect(lifetime).toBeGreaterThan(25 * 60);
    expect(lifetime).toBeLessThanOrEqual(30 * 60);
  });
});

describe('people by name', () => {
  it('a reviewer reads a clerk by name, as the admin’s relationship fields and lock dialog do, and nothing else', async () => {
    const token = await cms.login(fx.users.reviewer.email, password);
    // What the relationship field asks for (创建人, 提交人, 办理人): the user by id with the viewer's rights.
    const { status, body } = await cms.rest('GET', `/users?where[id][in]=${fx.users.editor.id}&depth=0`, { token });
    expect(status).toBe(200);
    const editor = body.docs[0];
    expect(editor.name).toBeTruthy();
    expect(editor.email).toBe(editor.name);
    expect(editor.roles).toBeUndefined();
    const own = await cms.rest('GET', '/users/me', { token });
    expect(own.body.user.email).toBe(fx.users.reviewer.email);
    const anonymous = await cms.rest('GET', `/users/${fx.users.editor.id}`);
    expect(anonymous.status).toBe(403);
  });
});
