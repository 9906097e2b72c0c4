import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setWorkflowClock } from '../../cms/src/workflow/index.ts';
import type { Id } from '../cms/support/fixture.ts';
import { approve, records, saveDraft, startWorld, step, type Person, type World } from './support/world.ts';

/**
 * 提交审核 from the guide's own page (POST /api/implementations/:id/submit-for-review): the case is
 * filled from the guide, created and submitted together or not at all, an open case is resubmitted
 * rather than filed twice, and only the guide's own unit may do it — through REST with real users.
 */
let world: World;

beforeAll(async () => {
  world = await startWorld();
  await saveDraft(world, world.fx.impl.aDraft, {});
});

afterAll(async () => {
  setWorkflowClock();
  await world?.cms.payload.destroy();
});

const submitGuide = (who: Person | undefined, guide: Id, body: Record<string, unknown>) =>
  world.cms.rest('POST', `/implementations/${guide}/submit-for-review`, { token: who && world.tokens[who], body });
const statusOf = (who: Person, guide: Id) => world.cms.rest('GET', `/implementations/${guide}/review-status`, { token: world.tokens[who] });
async function casesOf(guide: Id) {
  const found = await world.cms.payload.find({ collection: 'adjustments', where: { implementation: { equals: guide } }, depth: 0, limit: 0, pagination: false, sort: 'id' });
  return found.docs as Record<string, any>[];
}

describe('提交审核 from the guide page', () => {
  it('refuses visitors, other units and reviewers, and bad input, leaving no case behind', async () => {
    const guide = world.fx.impl.aDraft;
    expect((await submitGuide(undefined, guide, { reason: '新增' })).status).toBe(401);
    const other = await submitGuide('editor-b', guide, { reason: '他人代报' });
    expect([403, 404]).toContain(other.status);
    const reviewer = await submitGuide('reviewer', guide, { reason: '审核人代报' });
    expect(reviewer.status, JSON.stringify(reviewer.body)).toBe(403);
    expect(reviewer.body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    const noReason = await submitGuide('editor', guide, { reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0].message).toMatch(/请填写调整理由/);
    const wrongKind = await submitGuide('editor', guide, { reason: '新增', kind: 'guide' });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.errors[0].message).toMatch(/尚未发布，只能按“新增”提交/);
    const badDate = await submitGuide('editor', guide, { reason: '新增', effectiveDate: '明天' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.errors[0].message).toMatch(/不是有效日期/);
    expect(await casesOf(guide)).toHaveLength(0);
  });

  it('files the case from the guide, and resubmits the same case after it is returned', async () => {
    const guide = world.fx.impl.aDraft;
    const before = await statusOf('editor', guide);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ published: false, defaultKind: 'add', openCase: null, kinds: [{ value: 'add', label: '新增' }] });

    const first = await submitGuide('editor', guide, { reason: '新设立的公共服务事项', effectiveDate: '2027-01-01' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const [filed, ...others] = await casesOf(guide);
    expect(others).toHaveLength(0);
    const implementation = await world.cms.payload.findByID({ collection: 'implementations', id: guide, draft: true, depth: 0 });
    expect(filed).toMatchObject({ kind: 'add', state: 'in-review', stage: 'unit-head', reason: '新设立的公共服务事项', unit: world.fx.units.a, createdBy: world.users.editor });
    expect(String(filed!.catalogItem)).toBe(String(implementation.catalogItem));
    // The date typed is a Beijing calendar day.
    expect(new Date(filed!.effectiveDate).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect((await records(world, filed!.id)).map((r) => r.decision)).toEqual(['submit']);
    // The history names people as 「姓名（单位）」.
    const unitA = await world.cms.payload.findByID({ collection: 'units', id: world.fx.units.a, depth: 0 });
    const me = await world.cms.payload.findByID({ collection: 'users', id: world.users.editor, depth: 0 });
    const view = await world.cms.rest('GET', `/adjustments/${filed!.id}/workflow`, { token: world.tokens.reviewer });
    expect(view.body.history[0].actorName).toBe(`${me.name}（${unitA.name}）`);

    // Waiting for the unit head: the editor cannot submit again, and nothing new is filed.
    const waiting = await statusOf('editor', guide);
    expect(waiting.body.openCase).toMatchObject({ id: String(filed!.id), state: 'in-review', stageName: '单位负责人确认', canSubmit: false });
    const again = await submitGuide('editor', guide, { reason: '再报一次' });
    expect(again.status).toBe(409);
    expect(again.body.errors[0].message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await casesOf(guide)).toHaveLength(1);

    await step(world, 'unit-head', filed!.id, { action: 'decide', decision: 'return', opinion: '请补充设立依据', stageId: 'unit-head' });
    const resubmitted = await submitGuide('editor', guide, { reason: '已补充设立依据' });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
    const cases = await casesOf(guide);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ id: filed!.id, state: 'in-review', reason: '已补充设立依据' });
    await step(world, 'unit-head', filed!.id, approve('unit-head'));
  });

  it('refuses a published guide with nothing changed, and one failing the quality rules, writing nothing', async () => {
    const guide = world.fx.impl.aPublished;
    // The fixture's draft of this guide holds a change; put the published text back first.
    const published = await world.cms.payload.findByID({ collection: 'implementations', id: guide, draft: false, depth: 0 });
    await world.cms.payload.update({ collection: 'implementations', id: guide, draft: true, data: { conditions: published.conditions, _status: 'draft' } as never });
    const status = await statusOf('editor', guide);
    expect(status.body).toMatchObject({ published: true, defaultKind: 'guide' });
    expect(status.body.kinds.map((k: { value: string }) => k.value)).toEqual(['change', 'cancel', 'guide']);
    const unchanged = await submitGuide('editor', guide, { reason: '例行复核' });
    expect(unchanged.status).toBe(400);
    expect(unchanged.body.errors[0].message).toMatch(/没有修改/);
    expect(await casesOf(guide)).toHaveLength(0);

    // A change saved without a 办理流程: the quality rules refuse it, and no draft case is left over.
    await world.cms.payload.update({ collection: 'implementations', id: guide, draft: true, data: { conditions: '本市户籍居民', _status: 'draft' } as never });
    const changed = await statusOf('editor', guide);
    expect(changed.body.defaultKind).toBe('guide');
    expect(changed.body.changes).toEqual([expect.objectContaining({ path: 'conditions', label: '受理条件', after: '本市户籍居民' })]);
    const failing = await submitGuide('editor', guide, { reason: '调整受理条件' });
    expect(failing.status).toBe(400);
    expect(failing.body.code).toBe('quality-errors');
    expect(failing.body.errors[0].message).toMatch(/未填写办理流程/);
    expect(failing.body.findings.length).toBeGreaterThan(0);
    expect(await casesOf(guide)).toHaveLength(0);
  });

  it('files one case when the same guide is submitted twice at once', async () => {
    const guide = world.fx.impl.soe;
    await saveDraft(world, guide, {});
    const answers = await Promise.all([submitGuide('editor-soe', guide, { reason: '新增' }), submitGuide('editor-soe', guide, { reason: '新增' })]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(await casesOf(guide)).toHaveLength(1);
  });

  it('applies for a cancellation (申请取消) from the same panel', async () => {
    const guide = world.fx.impl.bCharged;
    const cancel = await submitGuide('editor-b', guide, { kind: 'cancel', reason: '依据上级文件取消该事项', basis: '浙政办发〔2026〕1号' });
    expect(cancel.status, JSON.stringify(cancel.body)).toBe(200);
    expect(await casesOf(guide)).toEqual([expect.objectContaining({ kind: 'cancel', state: 'in-review', unit: world.fx.units.b, basis: '浙政办发〔2026〕1号' })]);
  });
});
