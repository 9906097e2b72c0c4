import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setWorkflowClock } from '../../cms/src/workflow/index.ts';
import { password } from '../cms/support/fixture.ts';
import { propose, saveDraft, startWorld, step, type World } from './support/world.ts';

/**
 * Issue 17 on the server, through REST and GraphQL with real users: people on a case read
 * 「姓名（单位）」 for whoever may read the case, even when they may not read that person's account
 * (which stays closed to them); the catalog list's 新增事项 / 申请取消 pre-fill is accepted from the
 * unit's editor and refused to reviewers and to other units.
 */
let world: World;
let moverId: string | number;
let caseId: string | number;

beforeAll(async () => {
  world = await startWorld();
  const { payload } = world.cms;
  // 王五 of unit A files a case, then moves to unit B: unit A's editor still reads the case but no
  // longer the account (readUsers: colleagues and reviewers only).
  const mover = await payload.create({ collection: 'users', data: { name: '王五', email: 'mover@test.local', password, roles: ['editor'], unit: world.fx.units.a } as never });
  moverId = mover.id;
  const token = await world.cms.login('mover@test.local', password);
  const { status, body } = await world.cms.rest('POST', '/adjustments', {
    token,
    body: { kind: 'guide', implementation: world.fx.impl.aPublished, unit: world.fx.units.a, reason: '调整咨询电话' },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  caseId = body.doc.id;
  await payload.update({ collection: 'users', id: moverId, data: { unit: world.fx.units.b } as never });
});

afterAll(async () => {
  setWorkflowClock();
  await world?.cms.payload.destroy();
});

describe('people on a case read 「姓名（单位）」', () => {
  it('names the creator with their current unit for a reader who may not read the account, without opening the account', async () => {
    const editor = world.tokens.editor;
    const account = await world.cms.rest('GET', `/users/${moverId}?depth=0`, { token: editor });
    expect([403, 404]).toContain(account.status);

    const read = await world.cms.rest('GET', `/adjustments/${caseId}?depth=1`, { token: editor });
    expect(read.status).toBe(200);
    expect(read.body.createdBy).toBe(moverId);
    expect(read.body.createdByLabel).toBe('王五（瓯江市住房和城乡建设局）');
    expect(read.body.submittedByLabel).toBeNull();

    const gql = await world.cms.gql(`{ Adjustment(id: ${caseId}) { createdByLabel } }`, editor);
    expect(gql.body.data?.Adjustment?.createdByLabel, JSON.stringify(gql.body)).toBe('王五（瓯江市住房和城乡建设局）');
  });

  it('names the people of review records and follows a renamed unit at once; accounts without a unit say so', async () => {
    await saveDraft(world, world.fx.impl.aDraft, {});
    const id = await propose(world, 'editor', { kind: 'add', implementation: world.fx.impl.aDraft, unit: world.fx.units.a });
    await step(world, 'editor', id, { action: 'submit' });
    const { payload } = world.cms;
    await payload.update({ collection: 'units', id: world.fx.units.a, data: { name: '瓯江市人力社保局' } as never });
    try {
      const records = await world.cms.rest('GET', `/review-records?where[adjustment][equals]=${id}&depth=0`, { token: world.tokens.reviewer });
      expect(records.status).toBe(200);
      expect(records.body.docs.map((r: { actorLabel: string }) => r.actorLabel)).toEqual(['editor（瓯江市人力社保局）']);
      const me = await world.cms.rest('GET', `/users/${world.users.reviewer}?depth=0`, { token: world.tokens.editor });
      expect(me.body.displayLabel).toBe('reviewer（未设所属单位）');
    } finally {
      await payload.update({ collection: 'units', id: world.fx.units.a, data: { name: '瓯江市人力资源和社会保障局' } as never });
    }
  });
});

describe('新增事项 and 申请取消 from the catalog list', () => {
  const cancelBody = () => ({
    kind: 'cancel',
    catalogItem: world.cancelTarget.catalogItem,
    implementation: world.cancelTarget.implementation,
    unit: world.fx.units.a,
    reason: '上位法废止，申请取消',
  });

  it('accepts the pre-filled 取消 case from the unit\'s editor', async () => {
    const created = await world.cms.rest('POST', '/adjustments', { token: world.tokens.editor, body: cancelBody() });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.doc).toMatchObject({ kind: 'cancel', state: 'draft', createdByLabel: 'editor（瓯江市人力资源和社会保障局）' });
    expect(created.body.doc.catalogItem?.id ?? created.body.doc.catalogItem).toBe(world.cancelTarget.catalogItem);
    await world.cms.payload.delete({ collection: 'adjustments', id: created.body.doc.id });
  });

  it('refuses reviewers, approvers and another unit\'s editor, writing nothing', async () => {
    const before = (await world.cms.payload.count({ collection: 'adjustments' })).totalDocs;
    for (const who of ['reviewer', 'approver'] as const) {
      const refused = await world.cms.rest('POST', '/adjustments', { token: world.tokens[who], body: cancelBody() });
      expect(refused.status, `${who}: ${JSON.stringify(refused.body)}`).toBe(403);
    }
    const other = await world.cms.rest('POST', '/adjustments', { token: world.tokens['editor-b'], body: cancelBody() });
    expect(other.status).toBe(403);
    const otherAdd = await world.cms.rest('POST', '/adjustments', { token: world.tokens['editor-b'], body: { ...cancelBody(), kind: 'add', unit: world.fx.units.b } });
    expect(otherAdd.status).toBe(400);
    expect(otherAdd.body.errors[0].message).toContain('只能调整本单位的事项');
    expect((await world.cms.payload.count({ collection: 'adjustments' })).totalDocs).toBe(before);
  });
});
