import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { socketAddressHeader } from '../../cms/src/net/socketAddress.ts';
import { summaryHeadline, tallyCells } from '../../cms/src/components/ratingSummaryText.ts';
import { ratingsSummary } from '../../cms/src/workflow/feedback/ratingsSummary.ts';
import { itemRatings } from '../../cms/src/publish/itemRatings.ts';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture, type Id } from './support/fixture.ts';

/**
 * 好差评 through the API with real users of each role: what the one door accepts, who reads and
 * follows up which ratings (the owning unit, moderators, nobody else), and the aggregates over a
 * catalog with known counts. Unit A owns aPublished, unit B owns bCharged.
 */
let cms: Cms;
let fx: Fixture;
const tokens: Record<string, string> = {};
let address = 0;
const codes: Record<'a' | 'b', string> = { a: '', b: '' };

/** Each post from its own address: the rate limit is the hardening suite's subject, not this one's. */
function rate(body: Record<string, unknown>, token?: string) {
  address += 1;
  return cms.rest('POST', '/feedback', { body: { kind: 'rating', ...body }, token, from: `198.51.100.${address}` });
}

async function stored(id: Id) {
  return (await cms.payload.findByID({ collection: 'feedback', id, depth: 0 })) as unknown as Record<string, unknown>;
}

/** Known counts. Approved: A 3 好评 + 2 差评 (材料 ×2), B 1 好评 + 1 差评 (时限). Pending: A 1 差评. Rejected: B 1 好评. */
const ids: Record<string, Id> = {};

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  for (const who of ['editor', 'unit-head', 'editor-b', 'reviewer', 'admin', 'approver'] as const) tokens[who] = await cms.login(fx.users[who].email, password);
  for (const key of ['a', 'b'] as const) {
    const guide = await cms.payload.findByID({ collection: 'implementations', id: key === 'a' ? fx.impl.aPublished : fx.impl.bCharged, depth: 0, draft: false });
    codes[key] = String((guide as { implementationCode: string }).implementationCode);
  }
  const plan: [string, Id, Record<string, unknown>, 'approved' | 'pending' | 'rejected'][] = [
    ['aGood1', fx.impl.aPublished, { verdict: 'good' }, 'approved'],
    ['aGood2', fx.impl.aPublished, { verdict: 'good' }, 'approved'],
    ['aGood3', fx.impl.aPublished, { helpful: true }, 'approved'],
    ['aBad1', fx.impl.aPublished, { verdict: 'bad', reason: 'unclear-materials', comment: '材料清单写得不清楚' }, 'approved'],
    ['aBad2', fx.impl.aPublished, { verdict: 'bad', reason: 'unclear-materials' }, 'approved'],
    ['aPending', fx.impl.aPublished, { verdict: 'bad', reason: 'too-slow' }, 'pending'],
    ['bGood', fx.impl.bCharged, { verdict: 'good' }, 'approved'],
    ['bBad', fx.impl.bCharged, { verdict: 'bad', reason: 'too-slow' }, 'approved'],
    ['bRejected', fx.impl.bCharged, { verdict: 'good' }, 'rejected'],
  ];
  for (const [name, implementation, body, moderation] of plan) {
    const { status, body: answer } = await rate({ implementation, contact: '13800000000', ...body });
    expect(status, JSON.stringify(answer)).toBe(201);
    ids[name] = answer.doc.id;
    if (moderation !== 'pending') {
      const decided = await cms.rest('PATCH', `/feedback/${answer.doc.id}`, { token: tokens.reviewer, body: { moderation } });
      expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    }
  }
});

describe('the public door', () => {
  it('stores a 差评 pending, with its reason, the owning unit and 待整改; the older helpful flag is kept equal', async () => {
    expect(await stored(ids.aPending!)).toMatchObject({ moderation: 'pending', verdict: 'bad', reason: 'too-slow', helpful: false, unit: fx.units.a, followUp: 'open' });
    expect(await stored(ids.aGood3!)).toMatchObject({ verdict: 'good', helpful: true, unit: fx.units.a });
    expect((await stored(ids.aGood3!)).followUp ?? null).toBeNull();
  });

  it('takes the site form: the guide named by its 实施编码, answered with a Chinese page leading back to it', async () => {
    const previousSite = process.env.SITE_URL;
    process.env.SITE_URL = 'https://zwfw.example.gov.cn';
    onTestFinished(() => {
      if (previousSite === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = previousSite;
    });
    const back = `https://zwfw.example.gov.cn/items/${codes.b}/`;
    const form = new URLSearchParams({ kind: 'rating', implementationCode: codes.b, verdict: 'bad', reason: 'poor-attitude', comment: '', website: '', return: back });
    const { status, text } = await cms.send('POST', '/feedback', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', [socketAddressHeader]: '198.51.100.200' },
      body: form.toString(),
    });
    expect(status, text).toBe(201);
    expect(text).toContain('<h1>评价已收到</h1>');
    expect(text).toContain(`<a href="${back}">返回办事指南</a>`);
    const latest = (await cms.payload.find({ collection: 'feedback', sort: '-id', limit: 1, depth: 0 })).docs[0] as unknown as Record<string, unknown>;
    expect(latest).toMatchObject({ implementation: fx.impl.bCharged, verdict: 'bad', reason: 'poor-attitude', moderation: 'pending', unit: fx.units.b });
    await cms.payload.delete({ collection: 'feedback', id: latest.id as Id });
  });

  it('refuses a reason with 好评, an unknown reason, unknown guides and every field a visitor does not fill in, writing nothing', async () => {
    const before = (await cms.payload.count({ collection: 'feedback' })).totalDocs;
    const attempts: [Record<string, unknown>, RegExp, string?][] = [
      [{ implementation: fx.impl.aPublished, verdict: 'good', reason: 'too-slow' }, /只有差评可以选择原因/],
      [{ implementation: fx.impl.aPublished, verdict: 'bad', reason: 'rude' }, /差评原因（reason）的值“rude”无效，可接受：inaccurate-guide（办事指南不准确）/],
      [{ implementation: fx.impl.aPublished, verdict: 'meh' }, /评价（verdict）的值“meh”无效/],
      [{ implementation: fx.impl.aPublished, verdict: 'bad', helpful: true }, /与评价（verdict）不一致/],
      [{ implementationCode: 'NO-SUCH-CODE', verdict: 'good' }, /实施编码（implementationCode）“NO-SUCH-CODE”对应的办事指南不存在或尚未公开/],
      [{ implementation: fx.impl.aDraft, verdict: 'good' }, /不存在或尚未公开/],
      [{ implementation: fx.impl.aPublished, verdict: 'bad', followUp: 'done' }, /不能提交字段：followUp/],
      [{ implementation: fx.impl.aPublished, verdict: 'bad', followUpNote: '已整改' }, /不能提交字段：followUpNote/],
      [{ implementation: fx.impl.aPublished, verdict: 'bad', unit: fx.units.b }, /不能提交字段：unit/],
      [{ implementation: fx.impl.aPublished, verdict: 'good', moderation: 'approved' }, /不能提交字段：moderation/, 'editor'],
    ];
    for (const [body, reason, who] of attempts) {
      const { status, body: answer } = await rate(body, who ? tokens[who] : undefined);
      expect(status, JSON.stringify(answer)).toBe(400);
      expect(answer.errors[0].message).toMatch(reason);
    }
    expect((await cms.payload.count({ collection: 'feedback' })).totalDocs).toBe(before);
  });
});

describe('who reads ratings', () => {
  const listed = async (token?: string) => cms.rest('GET', '/feedback?limit=100&depth=0', { token });

  it('shows the owning unit its own ratings (without the citizen\'s contact), another unit\'s editor none of them', async () => {
    const a = await listed(tokens.editor);
    expect(a.status).toBe(200);
    const aIds = a.body.docs.map((d: { id: Id }) => d.id).sort();
    expect(aIds).toEqual([ids.aGood1, ids.aGood2, ids.aGood3, ids.aBad1, ids.aBad2, ids.aPending].sort());
    expect(a.body.docs.every((d: Record<string, unknown>) => d.contact === undefined)).toBe(true);
    const b = await listed(tokens['editor-b']);
    expect(b.body.docs.map((d: { id: Id }) => d.id).sort()).toEqual([ids.bGood, ids.bBad, ids.bRejected].sort());
    expect([403, 404]).toContain((await cms.rest('GET', `/feedback/${ids.aBad1}`, { token: tokens['editor-b'] })).status);
  });

  it('shows moderators everything with the contact, and refuses visitors and staff without a unit or moderation role', async () => {
    const reviewer = await listed(tokens.reviewer);
    expect(reviewer.body.totalDocs).toBe(9);
    expect(reviewer.body.docs[0].contact).toBe('13800000000');
    expect((await listed()).status).toBe(403);
    expect((await listed(tokens.approver)).status).toBe(403);
  });

  it('keeps GraphQL to the same rows', async () => {
    const { body } = await cms.gql('{ Feedbacks(limit: 100) { docs { id } } }', tokens['editor-b']);
    expect(body.data.Feedbacks.docs.map((d: { id: Id }) => d.id).sort()).toEqual([ids.bGood, ids.bBad, ids.bRejected].sort());
  });
});

describe('差评整改', () => {
  it('lets the owning unit record the follow-up, and nothing else, on its 差评', async () => {
    const { status } = await cms.rest('PATCH', `/feedback/${ids.aBad1}`, {
      token: tokens.editor,
      body: { followUp: 'done', followUpNote: '已在申请材料中写明复印件要求', moderation: 'rejected', verdict: 'good', reason: 'other', comment: '改过了', unit: fx.units.b },
    });
    expect(status).toBe(200);
    expect(await stored(ids.aBad1!)).toMatchObject({
      followUp: 'done',
      followUpNote: '已在申请材料中写明复印件要求',
      moderation: 'approved',
      verdict: 'bad',
      reason: 'unclear-materials',
      comment: '材料清单写得不清楚',
      unit: fx.units.a,
    });
    const head = await cms.rest('PATCH', `/feedback/${ids.aBad2}`, { token: tokens['unit-head'], body: { followUp: 'in-progress' } });
    expect(head.status).toBe(200);
  });

  it('refuses another unit\'s editor, a 好评 and the API\'s other doors', async () => {
    const other = await cms.rest('PATCH', `/feedback/${ids.aPending}`, { token: tokens['editor-b'], body: { followUp: 'done' } });
    expect([403, 404]).toContain(other.status);
    const good = await cms.rest('PATCH', `/feedback/${ids.aGood1}`, { token: tokens.editor, body: { followUp: 'done' } });
    expect([403, 404]).toContain(good.status);
    const gql = await cms.gql(`mutation { updateFeedback(id: ${JSON.stringify(ids.aPending)}, data: { followUpNote: "已处理" }) { id } }`, tokens['editor-b']);
    expect(gql.body.errors?.length).toBeGreaterThan(0);
    expect((await cms.rest('DELETE', `/feedback/${ids.aPending}`, { token: tokens.editor })).status).toBe(403);
    expect(await stored(ids.aPending!)).toMatchObject({ followUp: 'open' });
    expect((await stored(ids.aPending!)).followUpNote ?? null).toBeNull();
    expect((await stored(ids.aGood1!)).followUp ?? null).toBeNull();
  });

  it('lets moderators correct a reason only to one of the categories, and 整改 only on a 差评', async () => {
    const bad = await cms.rest('PATCH', `/feedback/${ids.bBad}`, { token: tokens.reviewer, body: { reason: 'rude' } });
    expect(bad.status).toBe(400);
    const onGood = await cms.rest('PATCH', `/feedback/${ids.bGood}`, { token: tokens.reviewer, body: { followUp: 'done' } });
    expect(onGood.status).toBe(400);
    expect(JSON.stringify(onGood.body)).toContain('只有差评需要整改');
    const ok = await cms.rest('PATCH', `/feedback/${ids.bBad}`, { token: tokens.reviewer, body: { reason: 'complicated-process', followUp: 'not-needed' } });
    expect(ok.status).toBe(200);
    await cms.rest('PATCH', `/feedback/${ids.bBad}`, { token: tokens.reviewer, body: { reason: 'too-slow' } });
  });
});

describe('aggregates', () => {
  const summary = (token?: string) => cms.rest('GET', '/feedback/ratings-summary', { token });

  it('counts approved ratings per unit and per item for moderators, pending ones apart', async () => {
    const { status, body } = await summary(tokens.reviewer);
    expect(status).toBe(200);
    expect(body.scope).toBe('all');
    expect(body.approved).toMatchObject({ good: 4, bad: 3, total: 7, goodRate: 57.1 });
    expect(body.pending).toEqual({ good: 0, bad: 1, total: 1 });
    const unitA = body.approved.byUnit.find((u: { unit: { id: string } }) => u.unit.id === String(fx.units.a));
    expect(unitA).toMatchObject({ unit: { name: '瓯江市人力资源和社会保障局' }, good: 3, bad: 2, goodRate: 60, topReasons: [{ reason: 'unclear-materials', count: 2 }] });
    expect(unitA.followUp).toEqual({ open: 0, 'in-progress': 1, done: 1, 'not-needed': 0 });
    const itemB = body.approved.byItem.find((i: { implementation: { implementationCode: string } }) => i.implementation.implementationCode === codes.b);
    expect(itemB).toMatchObject({ good: 1, bad: 1, goodRate: 50, topReasons: [{ reason: 'too-slow', count: 1 }] });
  });

  it('gives unit staff their own unit only, and nobody else anything', async () => {
    const { body } = await summary(tokens['editor-b']);
    expect(body.scope).toMatchObject({ unit: String(fx.units.b) });
    expect(body.approved).toMatchObject({ good: 1, bad: 1, total: 2 });
    expect(body.approved.byItem.map((i: { implementation: { implementationCode: string } }) => i.implementation.implementationCode)).toEqual([codes.b]);
    expect(body.pending.total).toBe(0);
    expect((await summary(tokens.editor)).body.pending).toEqual({ good: 0, bad: 1, total: 1 });
    expect((await summary()).status).toBe(401);
    expect((await summary(tokens.approver)).status).toBe(403);
  });

  it('words the admin list\'s 好差评统计 from the same counts', async () => {
    const unitB = await ratingsSummary(cms.payload, { unit: fx.units.b });
    expect(summaryHeadline(unitB)).toBe('好差评统计（瓯江市住房和城乡建设局）：已公开 2 条，好评 1、差评 1，好评率 50%；待审核 0 条');
    const all = await ratingsSummary(cms.payload, { all: true });
    expect(summaryHeadline(all)).toBe('好差评统计（全部单位）：已公开 7 条，好评 4、差评 3，好评率 57.1%；待审核 1 条');
    const unitA = all.approved.byUnit.find((u) => u.unit.id === String(fx.units.a))!;
    expect(tallyCells(unitA)).toEqual(['3', '2', '60%', '1', '材料要求不清或过多（2）']);
  });

  it('gives open data the approved counts per item', async () => {
    expect(await itemRatings(cms.payload)).toEqual([
      { implementationCode: codes.a, good: 3, bad: 2 },
      { implementationCode: codes.b, good: 1, bad: 1 },
    ].sort((x, y) => x.implementationCode.localeCompare(y.implementationCode)));
  });
});
