import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentEndpoint } from '../../cms/src/publish/commentEndpoint.ts';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { setWorkflowClock } from '../../cms/src/workflow/index.ts';
import { act, approve, propose, saveDraft, startWorld, step, trace, type Command, type Person, type World } from './support/world.ts';
import type { Id } from '../cms/support/fixture.ts';

/** Every forbidden step is refused with its reason and leaves no trace: the adjustment, the records and the guides are as before. */
let world: World;

beforeAll(async () => {
  world = await startWorld();
  await saveDraft(world, world.fx.impl.aDraft, {});
});

afterAll(async () => {
  setWorkflowClock();
  await world?.cms.payload.destroy();
});

async function refused(who: Person, id: Id, command: Command, status: number, code: string, reason: RegExp): Promise<void> {
  const before = await trace(world, id);
  const { status: got, body } = await act(world, who, id, command);
  expect(got, JSON.stringify(body)).toBe(status);
  expect(body.code).toBe(code);
  expect(body.errors[0].message).toMatch(reason);
  expect(await trace(world, id)).toEqual(before);
}

/** A fresh adjustment of unit A, submitted and confirmed: waiting for 一审. */
async function atFirstReview(): Promise<Id> {
  const id = await propose(world, 'editor', { kind: 'add', implementation: world.fx.impl.aDraft, unit: world.fx.units.a });
  await step(world, 'editor', id, { action: 'submit' });
  await step(world, 'unit-head', id, approve('unit-head'));
  return id;
}

describe('workflow steps out of turn', () => {
  it('refuses the wrong role', async () => {
    const id = await propose(world, 'editor', { kind: 'add', implementation: world.fx.impl.aDraft, unit: world.fx.units.a });
    await step(world, 'editor', id, { action: 'submit' });
    await refused('reviewer', id, approve('unit-head'), 403, 'wrong-role', /角色不符：「单位负责人确认」环节须由单位负责人办理/);
    await refused('approver', id, { action: 'submit' }, 409, 'already-submitted', /不能重复提交/);
  });

  it('refuses the editor of another unit, to submit and to edit', async () => {
    const id = await propose(world, 'editor', { kind: 'add', implementation: world.fx.impl.aDraft, unit: world.fx.units.a });
    await refused('editor-b', id, { action: 'submit' }, 403, 'wrong-unit', /单位不符/);
    const before = await trace(world, id);
    const edit = await world.cms.rest('PATCH', `/adjustments/${id}`, { token: world.tokens['editor-b'], body: { reason: '他人篡改' } });
    expect(edit.status).toBeGreaterThanOrEqual(403);
    expect(await trace(world, id)).toEqual(before);
  });

  it('refuses a decision on one\'s own submission', async () => {
    const id = await propose(world, 'editor-reviewer', { kind: 'add', implementation: world.fx.impl.aDraft, unit: world.fx.units.a });
    await step(world, 'editor-reviewer', id, { action: 'submit' });
    await step(world, 'unit-head', id, approve('unit-head'));
    await refused('editor-reviewer', id, approve('first-review'), 403, 'own-submission', /不得审核本人提交的事项/);
  });

  it('refuses skipping a stage, and a decision on a stage that has moved on', async () => {
    const id = await atFirstReview();
    await refused('approver', id, approve('approval'), 409, 'stage-not-current', /当前处于「一审（编办审核）」环节/);
    await refused('unit-head', id, approve('unit-head'), 409, 'stage-not-current', /请刷新后重试/);
    await refused('approver', id, approve('first-review'), 403, 'wrong-role', /角色不符/);
  });

  it('refuses a return or a rejection without an opinion, and an unknown decision', async () => {
    const id = await atFirstReview();
    await refused('reviewer', id, { action: 'decide', decision: 'return', stageId: 'first-review' }, 400, 'opinion-required', /退回修改须填写审核意见/);
    await refused('reviewer', id, { action: 'decide', decision: 'reject', opinion: '   ', stageId: 'first-review' }, 400, 'opinion-required', /不予通过须填写审核意见/);
    await refused('reviewer', id, { action: 'decide', decision: 'publish' as 'approve', stageId: 'first-review' }, 400, 'invalid-input', /可接受：approve（通过）/);
  });

  it('refuses anonymous callers and a submission whose guide fails the quality rules', async () => {
    const id = await propose(world, 'editor', { kind: 'add', implementation: world.fx.impl.intermediary, unit: world.fx.units.intermediary }).catch(() => undefined);
    expect(id).toBeUndefined(); // an editor of unit A may not propose for the intermediary's guide

    const own = await propose(world, 'editor', { kind: 'guide', implementation: world.fx.impl.aPublished, unit: world.fx.units.a });
    await refused('editor', own, { action: 'submit' }, 400, 'quality-errors', /质量检查发现 \d+ 个错误.*未填写办理流程/);
    const before = await trace(world, own);
    const anonymous = await world.cms.rest('POST', `/adjustments/${own}/submit`, { body: {} });
    expect(anonymous.status).toBe(401);
    expect(await trace(world, own)).toEqual(before);
  });

  it('ignores workflow fields an editor sends, and refuses editing while under review', async () => {
    const id = await propose(world, 'editor', { kind: 'add', implementation: world.fx.impl.aDraft, unit: world.fx.units.a });
    const forged = await world.cms.rest('PATCH', `/adjustments/${id}`, {
      token: world.tokens.editor,
      body: { state: 'approved', stage: 'approval', publishedAt: '2026-01-01T00:00:00.000Z', round: 9 },
    });
    expect(forged.status).toBe(200);
    expect(forged.body.doc).toMatchObject({ state: 'draft', round: 1 });
    expect(forged.body.doc.publishedAt ?? null).toBeNull();

    await step(world, 'editor', id, { action: 'submit' });
    const before = await trace(world, id);
    const edit = await world.cms.rest('PATCH', `/adjustments/${id}`, { token: world.tokens.editor, body: { reason: '审核中偷改理由' } });
    expect(edit.status).toBe(409);
    expect(edit.body.errors[0].message).toMatch(/当前状态为「审核中」，不能修改/);
    expect(await trace(world, id)).toEqual(before);
  });
});

describe('review records', () => {
  it('cannot be created, edited or deleted through the API by anyone, administrators included', async () => {
    const id = await atFirstReview();
    const [record] = (await world.cms.payload.find({ collection: 'review-records', where: { adjustment: { equals: id } }, limit: 1 })).docs;
    const before = await trace(world, id);
    for (const who of ['admin', 'reviewer', 'editor'] as const) {
      const token = world.tokens[who];
      expect((await world.cms.rest('PATCH', `/review-records/${record!.id}`, { token, body: { opinion: '事后补写' } })).status).toBe(403);
      expect((await world.cms.rest('DELETE', `/review-records/${record!.id}`, { token })).status).toBe(403);
      const created = await world.cms.rest('POST', '/review-records', { token, body: { adjustment: id, stage: 'approval', decision: 'approve', actor: world.users[who] } });
      expect(created.status).toBe(403);
    }
    const gql = await world.cms.gql(`mutation { deleteReviewRecord(id: ${JSON.stringify(record!.id)}) { id } }`, world.tokens.admin);
    expect(gql.body.errors?.length).toBeGreaterThan(0);
    await expect(world.cms.payload.update({ collection: 'review-records', id: record!.id, data: { opinion: '系统也不能改' } })).rejects.toThrow(/不可修改或删除/);
    await expect(world.cms.payload.delete({ collection: 'review-records', id: record!.id })).rejects.toThrow(/不可修改或删除/);
    expect(await trace(world, id)).toEqual(before);
  });
});

describe('public comments', () => {
  async function feedbackCount(): Promise<number> {
    return (await world.cms.payload.count({ collection: 'feedback' })).totalDocs;
  }

  async function inConsultation(): Promise<Id> {
    const id = await atFirstReview();
    expect((await step(world, 'reviewer', id, approve('first-review'))).stage).toBe('second-report');
    const adjustment = await step(world, 'editor', id, { action: 'submit' }); // 二报
    expect(adjustment.stage).toBe('second-review');
    return id;
  }

  it('accepts a comment on an open consultation, stored pending, from the site\'s plain form too', async () => {
    const id = await inConsultation();
    const json = await world.anonymousPost('/feedback', { kind: 'comment', adjustment: id, comment: '建议增加网上办理', name: '王先生', contact: '13800000000' }, '203.0.113.1');
    expect(json.status, JSON.stringify(json.body)).toBe(201);
    const stored = await world.cms.payload.findByID({ collection: 'feedback', id: json.body.doc.id });
    expect(stored).toMatchObject({ kind: 'comment', comment: '建议增加网上办理', name: '王先生', moderation: 'pending' });

    const form = await world.anonymousPost(
      '/feedback',
      { adjustmentId: String(id), implementationCode: 'x', comment: '材料可以再精简', name: '', contact: '', website: '' },
      '203.0.113.2',
      'application/x-www-form-urlencoded',
    );
    expect(form.status, String(form.body)).toBe(201);
    expect(form.body).toContain('意见已收到');
    const latest = await world.cms.payload.find({ collection: 'feedback', sort: '-id', limit: 1 });
    expect(latest.docs[0]).toMatchObject({ comment: '材料可以再精简', moderation: 'pending' });
  });

  describe('the reply page a citizen sees after posting the form without JavaScript', () => {
    const site = 'https://fuwu.example.gov.cn';
    let savedSiteUrl: string | undefined;
    beforeAll(() => {
      savedSiteUrl = process.env.SITE_URL;
      process.env.SITE_URL = site;
    });
    afterAll(() => {
      if (savedSiteUrl === undefined) delete process.env.SITE_URL;
      else process.env.SITE_URL = savedSiteUrl;
    });

    const formPost = (fields: Record<string, string>, ip: string, headers: Record<string, string> = {}) =>
      world.anonymousPost('/feedback', { implementationCode: 'x', name: '', contact: '', website: '', ...fields }, ip, 'application/x-www-form-urlencoded', headers);
    const backLink = (html: string) => /<a href="([^"]*)">返回征求意见页面<\/a>/.exec(html)?.[1];

    it('reads on a phone and leads back to the consultation page by a real link', async () => {
      const id = await inConsultation();
      const { status, body } = await formPost({ adjustmentId: String(id), comment: '建议延长办理时间', return: `${site}/consultations/` }, '203.0.113.31');
      expect(status, String(body)).toBe(201);
      const html = String(body);
      expect(html).toMatch(/^<!doctype html>\s*<html lang="zh-CN">/);
      expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html).toContain('<h1>意见已收到</h1>');
      expect(html).not.toContain('javascript:');
      expect(backLink(html)).toBe(`${site}/consultations/`);
      const stored = await world.cms.payload.find({ collection: 'feedback', sort: '-id', limit: 1 });
      expect(stored.docs[0]).toMatchObject({ comment: '建议延长办理时间', moderation: 'pending' });
    });

    it('ignores a return address off the site, and still leads back to the site when refusing', async () => {
      const id = await inConsultation();
      for (const [index, foreign] of ['https://evil.example/consultations/', 'javascript:alert(1)', '//evil.example/', `https://user@${new URL(site).host}/`].entries()) {
        const { status, body } = await formPost({ adjustmentId: String(id), comment: `第${index + 1}条`, return: foreign }, `203.0.113.${40 + index}`, { Referer: 'https://evil.example/page' });
        expect(status, String(body)).toBe(201);
        expect(backLink(String(body)), foreign).toBe(`${site}/consultations/`);
      }
      // The site's Referrer-Policy sends only its origin across sites: that origin, when it is the site, is where 返回 leads.
      const refused = await formPost({ adjustmentId: String(id), comment: '' }, '203.0.113.50', { Referer: `${site}/` });
      expect(refused.status).toBe(400);
      expect(String(refused.body)).toContain('<h1>意见未能提交</h1>');
      expect(String(refused.body)).toContain('请填写意见内容');
      expect(backLink(String(refused.body))).toBe(`${site}/consultations/`);
    });
  });

  it('puts the CMS address from CMS_PUBLIC_URL (else CMS_URL) in the published snapshot as the form target', async () => {
    const setEnv = (env: Record<string, string | undefined>) => {
      for (const [key, value] of Object.entries(env)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    };
    const saved = { CMS_PUBLIC_URL: process.env.CMS_PUBLIC_URL, CMS_URL: process.env.CMS_URL };
    const exported = async (env: Record<string, string | undefined>) => {
      setEnv(env);
      const dir = await mkdtemp(join(tmpdir(), 'comment-endpoint-'));
      try {
        await exportSnapshot(world.cms.payload, dir, { siteVersion: 'comment-endpoint' });
        return JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).commentEndpoint;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    };
    try {
      expect(await exported({ CMS_PUBLIC_URL: 'https://cms.example.gov.cn/', CMS_URL: 'http://10.0.0.5:3000' })).toBe('https://cms.example.gov.cn/api/feedback');
      expect(await exported({ CMS_PUBLIC_URL: undefined, CMS_URL: 'https://cms.example.gov.cn' })).toBe('https://cms.example.gov.cn/api/feedback');
      expect(() => commentEndpoint({ CMS_PUBLIC_URL: 'cms.example.gov.cn' })).toThrow(/环境变量 CMS_PUBLIC_URL 的值“cms.example.gov.cn”不是有效的 CMS 地址/);
    } finally {
      setEnv(saved);
    }
  });

  it('refuses fields a visitor may not set, a filled honeypot, an over-long comment and a closed consultation, writing nothing', async () => {
    const id = await inConsultation();
    const draft = await propose(world, 'editor', { kind: 'add', implementation: world.fx.impl.aDraft, unit: world.fx.units.a });
    const before = await feedbackCount();
    const attempts: [Record<string, unknown>, RegExp][] = [
      [{ kind: 'comment', adjustment: id, comment: '好', moderation: 'approved' }, /不能提交字段：moderation/],
      [{ kind: 'comment', adjustment: id, comment: '好', moderatedBy: world.users.reviewer }, /不能提交字段：moderatedBy/],
      [{ kind: 'comment', adjustment: id, comment: '好', website: 'http://spam.example' }, /隐藏字段/],
      [{ kind: 'comment', adjustment: id, comment: '长'.repeat(2001) }, /共 2001 字，最多 2000 字/],
      [{ kind: 'comment', adjustment: draft, comment: '好' }, /不在征求意见期内/],
    ];
    for (const [index, [body, reason]] of attempts.entries()) {
      const { status, body: answer } = await world.anonymousPost('/feedback', body, `198.51.100.${index + 1}`);
      expect(status, JSON.stringify(answer)).toBe(400);
      expect(answer.errors[0].message).toMatch(reason);
    }
    expect(await feedbackCount()).toBe(before);
  });

  it('limits each client address to 5 submissions in 10 minutes', async () => {
    const id = await inConsultation();
    for (let i = 0; i < 5; i++) {
      expect((await world.anonymousPost('/feedback', { kind: 'comment', adjustment: id, comment: `第${i + 1}条` }, '192.0.2.50')).status).toBe(201);
    }
    const before = await feedbackCount();
    const limited = await world.anonymousPost('/feedback', { kind: 'comment', adjustment: id, comment: '第6条' }, '192.0.2.50');
    expect(limited.status).toBe(429);
    expect(limited.body.errors[0].message).toMatch(/提交过于频繁/);
    expect(await feedbackCount()).toBe(before);
    expect((await world.anonymousPost('/feedback', { kind: 'comment', adjustment: id, comment: '另一地址' }, '192.0.2.51')).status).toBe(201);
  });

  it('lets anonymous visitors read, change or delete nothing', async () => {
    const id = await inConsultation();
    const { body } = await world.anonymousPost('/feedback', { kind: 'comment', adjustment: id, comment: '请公开' }, '203.0.113.9');
    const feedbackId = body.doc.id;
    expect((await world.cms.rest('GET', '/feedback')).status).toBe(403);
    expect((await world.cms.rest('GET', `/feedback/${feedbackId}`)).status).toBe(403);
    expect((await world.cms.rest('PATCH', `/feedback/${feedbackId}`, { body: { moderation: 'approved' } })).status).toBe(403);
    expect((await world.cms.rest('DELETE', `/feedback/${feedbackId}`)).status).toBe(403);
    expect((await world.cms.rest('GET', '/adjustments')).status).toBe(403);
    expect((await world.cms.payload.findByID({ collection: 'feedback', id: feedbackId })).moderation).toBe('pending');
  });
});

describe('who reads adjustments', () => {
  it('shows specialists only what waits at their stage, the supervising department only its enterprises\', units their own', async () => {
    const id = await atFirstReview();
    const ids = async (who: Person) => {
      const { status, body } = await world.cms.rest('GET', '/adjustments?limit=100&depth=0', { token: world.tokens[who] });
      expect(status).toBe(200);
      return body.docs.map((d: { id: Id }) => d.id) as Id[];
    };
    expect(await ids('reviewer')).toContain(id);
    expect(await ids('unit-head')).toContain(id);
    expect(await ids('head-b')).not.toContain(id);
    expect(await ids('price-reviewer')).toEqual([]);
    expect(await ids('supervisor-reviewer')).toEqual([]);

    await saveDraft(world, world.fx.impl.soe, {});
    const soe = await propose(world, 'editor-soe', { kind: 'add', implementation: world.fx.impl.soe, unit: world.fx.units.soe });
    await step(world, 'editor-soe', soe, { action: 'submit' });
    await step(world, 'head-soe', soe, approve('unit-head'));
    await step(world, 'reviewer', soe, approve('first-review'));
    expect(await ids('supervisor-reviewer')).toEqual([soe]);
    expect(await ids('supervisor-a')).toEqual([]);
    expect(await ids('price-reviewer')).toEqual([]);
  });
});

describe('withdrawal and old versions', () => {
  it('lets the unit withdraw while in review and resubmit in the same round', async () => {
    const id = await atFirstReview();
    await refused('editor-b', id, { action: 'withdraw' }, 403, 'wrong-unit', /单位不符/);
    const withdrawn = await step(world, 'editor', id, { action: 'withdraw' });
    expect(withdrawn).toMatchObject({ state: 'withdrawn', round: 1 });
    const again = await step(world, 'editor', id, { action: 'submit' });
    expect(again).toMatchObject({ state: 'in-review', stage: 'unit-head', round: 1 });
  });

  it('refuses restoring an old version as published, so approval cannot be bypassed', async () => {
    const id = world.fx.impl.aPublished;
    const versions = await world.cms.payload.findVersions({ collection: 'implementations', where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] }, limit: 1 });
    const before = await world.cms.rest('GET', `/implementations/${id}?depth=0`);
    const restore = await world.cms.rest('POST', `/implementations/versions/${versions.docs[0]!.id}`, { token: world.tokens.editor });
    expect(restore.status).toBe(403);
    expect(restore.body.errors[0].message).toMatch(/只能恢复为草稿/);
    expect(await world.cms.rest('GET', `/implementations/${id}?depth=0`)).toEqual(before);
  });
});
