import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms.ts';
import { basicCode, creditCode, password, seedFixture, type Fixture, type Id } from './support/fixture.ts';

/**
 * GET /api/oversight/divergence (标准化差异排名) through the REST route handler with real logins:
 * reviewers, approvers and administrators get the ranking of what is published; unit staff,
 * specialists and anonymous callers are refused in Chinese; drafts never count.
 */
let cms: Cms;
let fx: Fixture;
let draftOnTop: Id;
const tokens: Record<string, string> = {};
const shared = basicCode('20', 2); // 公共租赁住房资格审核: bCharged plus the two below

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  const add = async (unit: Id, credit: string, extra: Record<string, unknown>) =>
    (
      await cms.payload.create({
        collection: 'implementations',
        draft: false,
        data: { catalogItem: fx.items.b, unit, region: fx.region, level: '3', implementationCode: `${credit}3${shared}`, _status: 'published', ...extra } as any,
      })
    ).id;
  await add(fx.units.a, creditCode('11', 1), { visits: 2, promisedDays: 10 });
  draftOnTop = await add(fx.units.intermediary, creditCode('91', 4), { visits: 0, promisedDays: 5 });
  for (const key of ['editor', 'unit-head', 'legal-reviewer', 'reviewer', 'approver', 'admin'] as const) tokens[key] = await cms.login(fx.users[key].email, password);
});

describe('标准化差异排名', () => {
  it('ranks the published implementations of one 基本编码 by divergence, naming the differing rows', async () => {
    const { status, body } = await cms.rest('GET', '/oversight/divergence', { token: tokens.reviewer });
    expect(status).toBe(200);
    expect(body.formula).toContain('(k − m) / (k − 1)');
    expect(body.generatedAt).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    // basicCode('20', 1) has a single published implementation: nothing to compare.
    expect(body.items.map((i: { basicCode: string }) => i.basicCode)).toEqual([shared]);
    expect(body.items[0]).toMatchObject({ name: '公共租赁住房资格审核', implementations: 3, variants: 3, divergence: 2, differingRows: ['承诺办结时限', '到办事现场次数'] });
  });

  it('reads what is published: a draft that would remove the difference does not count', async () => {
    await cms.payload.update({ collection: 'implementations', id: draftOnTop, draft: true, data: { visits: 2, promisedDays: 10, _status: 'draft' } as any });
    const { body } = await cms.rest('GET', '/oversight/divergence', { token: tokens.admin });
    expect(body.items[0].divergence).toBe(2);
  });

  it('is open to approvers and administrators', async () => {
    for (const role of ['approver', 'admin']) expect((await cms.rest('GET', '/oversight/divergence', { token: tokens[role] })).status).toBe(200);
  });

  it('refuses unit staff and specialists in Chinese, and asks anonymous callers to log in', async () => {
    for (const role of ['editor', 'unit-head', 'legal-reviewer']) {
      const { status, body } = await cms.rest('GET', '/oversight/divergence', { token: tokens[role] });
      expect(status).toBe(403);
      expect(body.errors[0].message).toBe('您无权查看标准化差异排名：仅审核员、审定人员和系统管理员可以查看。');
      expect(body.items).toBeUndefined();
    }
    const anonymous = await cms.rest('GET', '/oversight/divergence');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].message).toContain('请先登录');
  });
});
