import { beforeAll, describe, expect, it } from 'vitest';
import { internalErrorMessage } from '../../cms/src/errors/hideInternalErrors.ts';
import { socketAddressHeader } from '../../cms/src/net/socketAddress.ts';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture } from './support/fixture.ts';

/**
 * No answer shows SQL or a stack, whatever an outsider or a user sends: bad ids, unknown
 * relation ids, wrong types, huge and malformed bodies, through REST and GraphQL, as each role.
 * The database's text maps the schema for an attacker; the detail goes to the server log only.
 */
let cms: Cms;
let fx: Fixture;
const tokens: Record<string, string | undefined> = { anonymous: undefined };

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  for (const who of ['editor', 'reviewer', 'admin'] as const) tokens[who] = await cms.login(fx.users[who].email, password);
});

const leaks = [/Failed query/i, /insert into/i, /\bselect\s/i, /\bfrom\s+"/i, /SQLITE_/, /\n\s+at\s/, /\\n\s+at\s/, /"stack"/];

interface Probe {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body?: string;
  type?: string;
}

function probes(): Probe[] {
  const json = (method: Probe['method'], path: string, body: unknown): Probe => ({ method, path, body: JSON.stringify(body), type: 'application/json' });
  const unknownId = 987654;
  return [
    { method: 'GET', path: '/implementations/abc' },
    { method: 'GET', path: '/implementations/99999999999999999999999' },
    { method: 'GET', path: '/implementations?where[id][equals]=abc' },
    { method: 'GET', path: '/implementations?where[createdAt][greater_than]=not-a-date' },
    { method: 'GET', path: '/implementations?where[unit][in]=x,y' },
    { method: 'GET', path: '/implementations?sort=nonexistent_field&limit=-5&page=abc' },
    { method: 'GET', path: '/units?depth=999' },
    { method: 'DELETE', path: '/units/abc' },
    { method: 'DELETE', path: `/implementations/${unknownId}` },
    json('PATCH', `/implementations/${fx.impl.aDraft}?draft=true`, { unit: unknownId, catalogItem: unknownId }),
    json('PATCH', `/implementations/${fx.impl.aDraft}?draft=true`, { promisedDays: 'many', materials: 'x' }),
    json('PATCH', `/implementations/${unknownId}`, { conditions: 'x' }),
    json('POST', '/units', { name: { nested: true }, parent: unknownId, creditCode: 12 }),
    json('POST', '/adjustments', { kind: 'add', implementation: unknownId, unit: unknownId }),
    json('POST', '/adjustments', { kind: 'change', implementation: 'abc', unit: 'abc' }),
    json('POST', `/adjustments/${unknownId}/submit`, {}),
    json('POST', '/adjustments/abc/decide', { decision: 'approve' }),
    json('POST', '/feedback', { kind: 'rating', implementation: unknownId, helpful: true }),
    json('POST', '/feedback', { kind: 'comment', adjustment: 'abc', comment: 'x' }),
    json('POST', '/users/login', { email: { $gt: '' }, password: ['x'] }),
    json('POST', '/users', { email: 'not-an-email', password: 1, roles: ['nope'], unit: unknownId }),
    { method: 'POST', path: '/units', body: '{"name": ', type: 'application/json' },
    { method: 'POST', path: '/feedback', body: '{"kind": ', type: 'application/json' },
    { method: 'POST', path: '/users/login', body: 'not json at all', type: 'application/json' },
    { method: 'POST', path: '/units', body: JSON.stringify({ name: '单'.repeat(2_000_000) }), type: 'application/json' },
    { method: 'POST', path: '/feedback', body: 'x'.repeat(2_000_000), type: 'application/json' },
  ];
}

function graphqlProbes(): string[] {
  return [
    '{ Implementation(id: 987654) { id } }',
    '{ Implementations(where: { id: { equals: "abc" } }) { docs { id } } }',
    '{ Implementations(where: { createdAt: { greater_than: "not-a-date" } }) { docs { id } } }',
    `mutation { updateImplementation(id: ${JSON.stringify(fx.impl.aDraft)}, draft: true, data: { unit: 987654 }) { id } }`,
    'mutation { createAdjustment(data: { kind: add, implementation: 987654, unit: 987654 }) { id } }',
    'mutation { deleteUnit(id: 987654) { id } }',
    'mutation { loginUser(email: "x@test.local", password: "") { token } }',
    '{ Implementations(limit: -1, page: -1) { docs { id } } }',
    '{ nonsense }',
    'mutation { ',
  ];
}

describe('error answers', () => {
  it('never show SQL or stack text through REST, for any role', async () => {
    let errors = 0;
    for (const [who, token] of Object.entries(tokens)) {
      for (const [index, probe] of probes().entries()) {
        const headers: Record<string, string> = { [socketAddressHeader]: `198.51.100.${index + 1}` };
        if (probe.type) headers['Content-Type'] = probe.type;
        if (token) headers.Authorization = `JWT ${token}`;
        const { status, text } = await cms.send(probe.method, probe.path, { headers, body: probe.body });
        if (status < 400) continue;
        errors += 1;
        for (const leak of leaks) expect(text, `${who} ${probe.method} ${probe.path} → ${status}: ${text.slice(0, 300)}`).not.toMatch(leak);
        expect(text, `${who} ${probe.method} ${probe.path}`).not.toContain('Something went wrong');
      }
    }
    // Most probes are refused; the test is only worth something if they reach the error paths.
    expect(errors).toBeGreaterThan(60);
  });

  it('never show SQL or stack text through GraphQL, for any role', async () => {
    for (const [who, token] of Object.entries(tokens)) {
      for (const query of graphqlProbes()) {
        const headers: Record<string, string> = { 'Content-Type': 'application/json', [socketAddressHeader]: '198.51.100.200' };
        if (token) headers.Authorization = `JWT ${token}`;
        const { text } = await cms.send('POST', '/graphql', { headers, body: JSON.stringify({ query }) });
        for (const leak of leaks) expect(text, `${who} ${query} → ${text.slice(0, 300)}`).not.toMatch(leak);
      }
    }
  });

  it('answer a database refusal caused by the sender with 400 and a Chinese reason', async () => {
    const headers = { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.admin}` };
    const unknownUnit = await cms.send('PATCH', `/implementations/${fx.impl.aDraft}?draft=true`, { headers, body: JSON.stringify({ unit: 987654 }) });
    expect(unknownUnit.status, unknownUnit.text).toBe(400);
    expect(JSON.parse(unknownUnit.text).errors[0].message).toMatch(/关联的记录不存在|987654/);
    const badId = await cms.send('GET', '/implementations?where[unit][in]=x,y', { headers });
    expect(badId.status, badId.text).toBe(400);
    expect(JSON.parse(badId.text).errors[0].message).toMatch(/编号或取值格式无效/);
  });

  it('answer anything else internal with a generic Chinese message', () => {
    expect(internalErrorMessage).toMatch(/^服务器内部错误/);
  });
});
