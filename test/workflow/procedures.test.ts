import { readSnapshotIndex } from '@catalog/content-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { publishDueAdjustments, setWorkflowClock } from '../../cms/src/workflow/index.ts';
import { testTempDir } from '../support/temp-dir.ts';
import { act, approve, DAY, propose, publicGuide, records, saveDraft, startWorld, step, type World } from './support/world.ts';

/** Whole procedures through HTTP, each step by the user whose role it is (两报两审, the default procedure). */
let world: World;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  setWorkflowClock();
  await world?.cms.payload.destroy();
});

describe('a new item through 两报两审', () => {
  it('is returned once with an opinion, resubmitted (二报), consulted on, approved and published', async () => {
    const { fx } = world;
    expect((await publicGuide(world, fx.impl.aDraft)).status).toBe(404);
    await saveDraft(world, fx.impl.aDraft, {});
    const id = await propose(world, 'editor', { kind: 'add', implementation: fx.impl.aDraft, unit: fx.units.a });

    let adjustment = await step(world, 'editor', id, { action: 'submit' });
    expect(adjustment).toMatchObject({ state: 'in-review', stage: 'unit-head', round: 1 });
    expect(adjustment.proposedVersion.implementationCode).toBeTruthy();
    expect(adjustment.changes.length).toBeGreaterThan(0);
    adjustment = await step(world, 'unit-head', id, approve('unit-head'));
    expect(adjustment.stage).toBe('first-review');

    const opinion = '受理条件表述不清，请写明申请人范围';
    adjustment = await step(world, 'reviewer', id, { action: 'decide', decision: 'return', opinion, stageId: 'first-review' });
    expect(adjustment).toMatchObject({ state: 'returned', stage: 'first-review' });
    const view = await world.cms.rest('GET', `/adjustments/${id}/workflow`, { token: world.tokens.editor });
    expect(view.body.history.at(-1)).toMatchObject({ decision: 'return', opinion, stageName: '一审（编办审核）' });
    expect(view.body.actions.map((a: { label: string }) => a.label)).toEqual(['重新提交']);

    const edit = await world.cms.rest('PATCH', `/implementations/${fx.impl.aDraft}?draft=true`, {
      token: world.tokens.editor,
      body: { conditions: '本市户籍、首次申领社会保障卡的人员', _status: 'draft' },
    });
    expect(edit.status).toBe(200);
    adjustment = await step(world, 'editor', id, { action: 'submit' });
    expect(adjustment).toMatchObject({ state: 'in-review', stage: 'unit-head', round: 2 });
    expect(adjustment.proposedVersion.conditions).toBe('本市户籍、首次申领社会保障卡的人员');
    await step(world, 'unit-head', id, approve('unit-head'));
    adjustment = await step(world, 'reviewer', id, approve('first-review'));
    expect(adjustment.stage).toBe('second-report');
    adjustment = await step(world, 'editor', id, { action: 'submit' }); // 二报
    expect(adjustment.stage).toBe('second-review');
    // 5 working days counted from the day after Monday 2026-03-02, ending at 24:00 Beijing on Monday 3月9日.
    expect([adjustment.consultationOpensAt, adjustment.consultationClosesAt]).toEqual(['2026-03-02T02:00:00.000Z', '2026-03-09T16:00:00.000Z']);

    const snapshot = testTempDir('workflow-snapshot-');
    await exportSnapshot(world.cms.payload, snapshot, { now: new Date(world.clock.now.getTime() + 60 * 60 * 1000) });
    const { consultations } = await readSnapshotIndex(snapshot);
    expect(consultations.map((c) => [c.adjustmentId, c.draft.conditions])).toEqual([[String(id), '本市户籍、首次申领社会保障卡的人员']]);

    const early = await act(world, 'reviewer', id, approve('second-review'));
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('consultation-open');
    expect(early.body.errors[0].message).toContain('征求意见');

    world.clock.advanceDays(8);
    await step(world, 'reviewer', id, approve('second-review'));
    expect((await publicGuide(world, fx.impl.aDraft)).status).toBe(404);
    adjustment = await step(world, 'approver', id, approve('approval'));
    expect(adjustment.state).toBe('approved');
    expect(adjustment.publishedAt).toBe(world.clock.now.toISOString());

    const queued = await world.cms.payload.find({ collection: 'payload-jobs' as never, where: { taskSlug: { equals: 'publishSite' } }, overrideAccess: true });
    expect(queued.docs.map((job: any) => job.input)).toContainEqual({ trigger: 'approval', adjustments: [String(id)] });

    const published = await publicGuide(world, fx.impl.aDraft);
    expect(published.status).toBe(200);
    expect(published.body.conditions).toBe('本市户籍、首次申领社会保障卡的人员');
    const history = await records(world, id);
    expect(history.map((r) => `${r.stage}:${r.decision}:${r.round}`)).toEqual([
      'draft:submit:1',
      'unit-head:confirm:1',
      'first-review:return:1',
      'draft:submit:2',
      'unit-head:confirm:2',
      'first-review:approve:2',
      'second-report:submit:2',
      'second-review:approve:2',
      'approval:approve:2',
    ]);
    expect(history.map((r) => r.actor)).toEqual(
      ['editor', 'unit-head', 'reviewer', 'editor', 'unit-head', 'reviewer', 'editor', 'reviewer', 'approver'].map((who) => world.users[who as 'editor']),
    );
  });
});

describe('a fee item', () => {
  it('passes 发改委 and 财政局 (and 法制办 for its normative documents) in procedure order, each by its own role', async () => {
    const { fx } = world;
    await saveDraft(world, fx.impl.bCharged, { charged: true, fees: [{ name: '工本费', standard: '每证 15 元', basis: '浙价费〔2026〕3号' }] });
    const id = await propose(world, 'editor-b', { kind: 'change', implementation: fx.impl.bCharged, unit: fx.units.b });
    await step(world, 'editor-b', id, { action: 'submit' });
    await step(world, 'head-b', id, approve('unit-head'));
    let adjustment = await step(world, 'reviewer', id, approve('first-review'));
    expect(adjustment.stage).toBe('price');
    const finance = await act(world, 'finance-reviewer', id, approve('price'));
    expect(finance.status).toBe(403);
    expect(finance.body.code).toBe('wrong-role');
    adjustment = await step(world, 'price-reviewer', id, approve('price'));
    expect(adjustment.stage).toBe('finance');
    adjustment = await step(world, 'finance-reviewer', id, approve('finance'));
    expect(adjustment.stage).toBe('legal');
    adjustment = await step(world, 'legal-reviewer', id, approve('legal'));
    expect(adjustment.stage).toBe('second-report');
    adjustment = await step(world, 'editor-b', id, { action: 'submit' }); // 二报
    expect(adjustment.stage).toBe('second-review');
    world.clock.advanceDays(9);
    await step(world, 'reviewer', id, approve('second-review'));
    await step(world, 'approver', id, approve('approval'));
    const stages = (await records(world, id)).map((r) => r.stage);
    expect(stages).toEqual(['draft', 'unit-head', 'first-review', 'price', 'finance', 'legal', 'second-report', 'second-review', 'approval']);
    expect((await publicGuide(world, fx.impl.bCharged)).body.fees[0].standard).toBe('每证 15 元');
  });
});

describe('an SOE item', () => {
  it('is reviewed by its supervising department only, not by another department\'s supervisor reviewer', async () => {
    const { fx } = world;
    await saveDraft(world, fx.impl.soe, {});
    const id = await propose(world, 'editor-soe', { kind: 'add', implementation: fx.impl.soe, unit: fx.units.soe });
    await step(world, 'editor-soe', id, { action: 'submit' });
    await step(world, 'head-soe', id, approve('unit-head'));
    const adjustment = await step(world, 'reviewer', id, approve('first-review'));
    expect(adjustment.stage).toBe('supervisor');
    const outsider = await act(world, 'supervisor-a', id, approve('supervisor'));
    expect(outsider.status).toBe(403);
    expect(outsider.body.code).toBe('wrong-unit');
    const view = await world.cms.rest('GET', `/adjustments/${id}/workflow`, { token: world.tokens['supervisor-reviewer'] });
    expect(view.body.waiting).toMatchObject({ stageName: '主管部门审核国企事项', unitId: String(fx.units.b) });
    expect(view.body.actions.map((a: { decision: string }) => a.decision)).toEqual(['approve', 'return']);
    expect((await step(world, 'supervisor-reviewer', id, approve('supervisor'))).stage).toBe('second-report');
    expect((await records(world, id)).at(-1)).toMatchObject({ stage: 'supervisor', actor: world.users['supervisor-reviewer'] });
  });
});

describe('a cancellation', () => {
  it('marks the catalog item cancelled on approval and keeps its guide published with the reason', async () => {
    const { implementation, catalogItem } = world.cancelTarget;
    const id = await propose(world, 'editor', { kind: 'cancel', implementation, unit: world.fx.units.a, reason: '上位法废止，事项取消' });
    await step(world, 'editor', id, { action: 'submit' });
    await step(world, 'unit-head', id, approve('unit-head'));
    await step(world, 'reviewer', id, approve('first-review'));
    await step(world, 'editor', id, { action: 'submit' }); // 二报
    world.clock.advanceDays(9);
    await step(world, 'reviewer', id, approve('second-review'));
    expect((await world.cms.rest('GET', `/catalog-items/${catalogItem}`)).body.status).toBe('active');
    const adjustment = await step(world, 'approver', id, approve('approval'));
    expect(adjustment.publishedAt).toBeTruthy();
    const item = await world.cms.rest('GET', `/catalog-items/${catalogItem}`);
    expect(item.body).toMatchObject({ status: 'cancelled', _status: 'published' });
    expect((await publicGuide(world, implementation)).status).toBe(200);
  });
});

describe('a change with a future effective date', () => {
  it('is approved but published only when publishDueAdjustments runs on or after that date', async () => {
    const { fx } = world;
    await saveDraft(world, fx.impl.aPublished, { conditions: '2026 年起：本市参保人员及其家属' });
    const effective = new Date(world.clock.now.getTime() + 30 * DAY);
    const id = await propose(world, 'editor', { kind: 'guide', implementation: fx.impl.aPublished, unit: fx.units.a, effectiveDate: effective.toISOString() });
    await step(world, 'editor', id, { action: 'submit' });
    await step(world, 'unit-head', id, approve('unit-head'));
    await step(world, 'reviewer', id, approve('first-review'));
    await step(world, 'editor', id, { action: 'submit' }); // 二报
    world.clock.advanceDays(9);
    await step(world, 'reviewer', id, approve('second-review'));
    const adjustment = await step(world, 'approver', id, approve('approval'));
    expect(adjustment.state).toBe('approved');
    expect(adjustment.publishedAt ?? null).toBeNull();
    expect((await publicGuide(world, fx.impl.aPublished)).body.conditions).toBe(fx.publishedConditions);
    const queued = await world.cms.payload.find({ collection: 'payload-jobs' as never, where: { taskSlug: { equals: 'publishSite' } }, overrideAccess: true });
    // Only its consultation was announced; no publication of the approval yet.
    const approvals = queued.docs.filter((job: any) => job.input.trigger === 'approval');
    expect(approvals.map((job: any) => job.input.adjustments).flat()).not.toContain(String(id));

    const early = await publishDueAdjustments(world.cms.payload, new Date(effective.getTime() - DAY));
    expect(early.published).not.toContain(id);
    expect((await publicGuide(world, fx.impl.aPublished)).body.conditions).toBe(fx.publishedConditions);

    const due = await publishDueAdjustments(world.cms.payload, effective);
    expect(due).toEqual({ published: [id], failed: [] });
    expect((await publicGuide(world, fx.impl.aPublished)).body.conditions).toBe('2026 年起：本市参保人员及其家属');
    const stored = await world.cms.payload.findByID({ collection: 'adjustments', id });
    expect(new Date(stored.publishedAt as string).toISOString()).toBe(effective.toISOString());
    expect((await publishDueAdjustments(world.cms.payload, effective)).published).toEqual([]);
  });
});

describe('notifications', () => {
  it('e-mail whoever must act next when an email adapter is configured, and nobody otherwise', async () => {
    const { payload } = world.cms;
    const sent: { to: string; subject: string }[] = [];
    const original = { email: payload.config.email, sendEmail: payload.sendEmail };
    payload.sendEmail = (async (message: { to: string; subject: string }) => sent.push({ to: message.to, subject: message.subject })) as never;
    try {
      await saveDraft(world, world.fx.impl.aDraft, { conditions: '本市户籍人员' });
      const id = await propose(world, 'editor', { kind: 'guide', implementation: world.fx.impl.aDraft, unit: world.fx.units.a, reason: '补充办理地点' });
      await step(world, 'editor', id, { action: 'submit' });
      expect(sent).toEqual([]); // no adapter configured: the admin's lists are the only notice

      payload.config.email = (() => ({})) as never;
      await step(world, 'unit-head', id, approve('unit-head'));
      expect(sent.map((m) => m.to).sort()).toEqual(['editor-reviewer@test.local', 'reviewer@test.local']);
      expect(sent[0]!.subject).toMatch(/^【待审核】“.+”指南调整（一审（编办审核））$/);

      sent.length = 0;
      await step(world, 'reviewer', id, { action: 'decide', decision: 'return', opinion: '请补充地址', stageId: 'first-review' });
      expect(sent.map((m) => m.to).sort()).toEqual(['editor-reviewer@test.local', 'editor@test.local']);
      expect(sent[0]!.subject).toMatch(/^【已退回修改】“.+”指南调整$/);
    } finally {
      payload.config.email = original.email;
      payload.sendEmail = original.sendEmail;
    }
  });
});
