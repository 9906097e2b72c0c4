import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDueAdjustments, setWorkflowClock } from '../../cms/src/workflow/index.ts';
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
    expect(adjustment.stage).toBe('second-review');
    expect(new Date(adjustment.consultationClosesAt).getTime() - new Date(adjustment.consultationOpensAt).getTime()).toBe(7 * DAY);

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
      'second-review:approve:2',
      'approval:approve:2',
    ]);
    expect(history.map((r) => r.actor)).toEqual(
      ['editor', 'unit-head', 'reviewer', 'editor', 'unit-head', 'reviewer', 'reviewer', 'approver'].map((who) => world.users[who as 'editor']),
    );
  });
});
