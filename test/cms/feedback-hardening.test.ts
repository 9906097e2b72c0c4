import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { socketAddressHeader } from '../../cms/src/net/socketAddress.ts';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture } from './support/fixture.ts';

/**
 * POST /api/feedback as an outsider would try it: spoofed addresses, oversized and malformed
 * bodies, bad and unknown ids, unpublished guides, staff accounts, GraphQL. Guide ratings need no
 * consultation, so they carry these checks; comments are covered in test/workflow.
 */
let cms: Cms;
let fx: Fixture;
const tokens: Record<string, string> = {};
const previousTrust = process.env.TRUST_PROXY;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  for (const who of ['editor', 'reviewer', 'admin', 'approver'] as const) tokens[who] = await cms.login(fx.users[who].email, password);
});

afterEach(() => {
  if (previousTrust === undefined) delete process.env.TRUST_PROXY;
  else process.env.TRUST_PROXY = previousTrust;
});

const feedbackCount = async () => (await cms.payload.count({ collection: 'feedback' })).totalDocs;
const rating = (implementation: unknown = fx.impl.aPublished) => JSON.stringify({ kind: 'rating', implementation, helpful: true });

function post(body: BodyInit, { from, forwardedFor, token, type = 'application/json', headers = {} }: { from: string; forwardedFor?: string; token?: string; type?: string; headers?: Record<string, string> }) {
  return cms.send('POST', '/feedback', {
    headers: { 'Content-Type': type, [socketAddressHeader]: from, ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}), ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers },
    body,
  });
}

describe('the limit', () => {
  it('counts a visitor who forges X-Forwarded-For on his own address (no proxy trusted by default)', async () => {
    delete process.env.TRUST_PROXY;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(rating(), { from: '198.51.100.70', forwardedFor: `10.9.9.${i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  });

  it('keeps direct clients apart: one client used up is not everyone used up', async () => {
    delete process.env.TRUST_PROXY;
    const refused = await post(rating(), { from: '198.51.100.70' });
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.text).errors[0].message).toMatch(/提交过于频繁/);
    expect((await post(rating(), { from: '198.51.100.71' })).status).toBe(201);
  });

  it('behind nginx (TRUST_PROXY=1) counts the address nginx appended, not the spoofed one before it', async () => {
    process.env.TRUST_PROXY = '1';
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(rating(), { from: '127.0.0.1', forwardedFor: `10.8.8.${i}, 203.0.113.80` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await post(rating(), { from: '127.0.0.1', forwardedFor: '203.0.113.81' })).status).toBe(201);
  });

  it('is kept in the database, so another CMS process\'s counts refuse this one\'s requests', async () => {
    delete process.env.TRUST_PROXY;
    const expiresAt = new Date(Date.now() + 5 * 60_000).toISOString();
    // Written through another process's Local API in production; the same rows here.
    for (let i = 0; i < 5; i++) await cms.payload.create({ collection: 'rate-limits' as never, data: { bucket: 'feedback', client: '198.51.100.72', expiresAt } as never });
    expect((await post(rating(), { from: '198.51.100.72' })).status).toBe(429);
  });

  it('counts staff too, per account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(rating(), { from: `198.51.100.${90 + i}`, token: tokens.approver })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});

describe('bad input', () => {
  it('refuses a body over 16 KB before reading it, announced or streamed', async () => {
    const before = await feedbackCount();
    const big = await post('x', { from: '198.51.100.100', headers: { 'Content-Length': String(50 * 1024 * 1024) } });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).errors[0].message).toMatch(/提交内容过大：最多 16 KB/);

    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
        if (pulled >= 800) controller.close();
      },
    });
    const streamed = await cms.send('POST', '/feedback', { headers: { 'Content-Type': 'application/json', [socketAddressHeader]: '198.51.100.101' }, body: endless, duplex: 'half' });
    expect(streamed.status).toBe(413);
    // 50 MB on offer; reading stopped after the first 64 KB chunk passed the limit.
    expect(pulled).toBeLessThan(5);
    expect(await feedbackCount()).toBe(before);
  });

  it('answers malformed JSON, bad ids and unknown relations with 400 and a Chinese reason, never SQL', async () => {
    const before = await feedbackCount();
    const attempts: [BodyInit, RegExp][] = [
      ['{"kind":"rating",', /不是有效的 JSON/],
      ['[1,2]', /应为 JSON 对象/],
      [rating(999999), /“999999”不存在或尚未公开/],
      [rating('abc'), /办事指南（implementation）的值“"abc"”不是有效的编号/],
      [rating({ id: -1 }), /不是有效的编号/],
      [JSON.stringify({ kind: 'rating', implementation: fx.impl.aPublished, helpful: 'yes' }), /helpful：true 或 false/],
      [JSON.stringify({ kind: 'comment', adjustment: 424242, comment: '好' }), /“424242”不存在或当前不在征求意见期内/],
      [JSON.stringify({ kind: 'rating', implementation: fx.impl.aPublished, helpful: true, adjustment: 424242 }), /不能提交字段：adjustment/],
    ];
    for (const [index, [body, reason]] of attempts.entries()) {
      const { status, text } = await post(body, { from: `198.51.100.${110 + index}` });
      expect(status, text).toBe(400);
      expect(JSON.parse(text).errors[0].message).toMatch(reason);
      expect(text).not.toMatch(/Failed query|insert into|select /i);
    }
    expect(await feedbackCount()).toBe(before);
  });

  it('refuses other content types', async () => {
    const { status, text } = await post('<xml/>', { from: '198.51.100.130', type: 'text/xml' });
    expect(status).toBe(415);
    expect(JSON.parse(text).errors[0].message).toMatch(/不支持的内容类型/);
  });
});

describe('the same checks for every caller', () => {
  it('refuses a rating of an unpublished guide from visitors and staff alike', async () => {
    const before = await feedbackCount();
    for (const token of [undefined, tokens.editor, tokens.reviewer, tokens.admin]) {
      const { status, text } = await post(rating(fx.impl.aDraft), { from: '198.51.100.140', token });
      expect(status, text).toBe(400);
      expect(JSON.parse(text).errors[0].message).toMatch(/不存在或尚未公开，不能评价/);
    }
    expect(await feedbackCount()).toBe(before);
  });

  it('refuses an editor setting fields a visitor may not, and lets a reviewer record a moderated rating', async () => {
    const editor = await post(JSON.stringify({ kind: 'rating', implementation: fx.impl.aPublished, helpful: true, moderation: 'approved' }), { from: '198.51.100.141', token: tokens.editor });
    expect(editor.status).toBe(400);
    expect(JSON.parse(editor.text).errors[0].message).toMatch(/不能提交字段：moderation/);
    const reviewer = await post(JSON.stringify({ kind: 'rating', implementation: fx.impl.aPublished, helpful: true, moderation: 'approved' }), { from: '198.51.100.141', token: tokens.reviewer });
    expect(reviewer.status, reviewer.text).toBe(201);
    expect(JSON.parse(reviewer.text).doc.moderation).toBe('approved');
  });

  it('accepts feedback only at POST /api/feedback: GraphQL createFeedback is refused', async () => {
    const before = await feedbackCount();
    for (const token of [undefined, tokens.admin]) {
      const { body } = await cms.gql(`mutation { createFeedback(data: { kind: rating, implementation: ${JSON.stringify(fx.impl.aPublished)}, helpful: true, moderation: pending }) { id } }`, token, { from: '198.51.100.150' });
      expect(body.errors?.[0]?.message, JSON.stringify(body)).toMatch(/只能通过 POST \/api\/feedback 提交/);
    }
    expect(await feedbackCount()).toBe(before);
  });
});

describe('the rate-limits collection', () => {
  it('is read by administrators only and written by nobody through the API', async () => {
    expect((await cms.rest('GET', '/rate-limits', { token: tokens.admin })).status).toBe(200);
    expect((await cms.rest('GET', '/rate-limits', { token: tokens.reviewer })).status).toBe(403);
    expect((await cms.rest('GET', '/rate-limits')).status).toBe(403);
    const created = await cms.rest('POST', '/rate-limits', { token: tokens.admin, body: { bucket: 'feedback', client: 'x', expiresAt: new Date().toISOString() } });
    expect(created.status).toBe(403);
    const [row] = (await cms.payload.find({ collection: 'rate-limits' as never, limit: 1 })).docs as { id: number | string }[];
    expect((await cms.rest('DELETE', `/rate-limits/${row!.id}`, { token: tokens.admin })).status).toBe(403);
  });
});
