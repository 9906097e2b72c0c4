import { readSnapshotItem } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { setWorkflowClock } from '../../cms/src/workflow/index.ts';
import { creditCode, basicCode, type Id } from '../cms/support/fixture.ts';
import { testTempDir } from '../support/temp-dir.ts';
import { act, approve, completeGuide, propose, publicGuide, records, saveDraft, startWorld, step, trace, type Person, type World } from './support/world.ts';

/** Targets are what they claim, a cancellation stays with its unit, and every refusal speaks Chinese. */
let world: World;
/** Unit B's published guide for unit A's catalog item (one item, two implementing units). */
let bImplementsA: Id;

const unknown = /An unknown error occurred/;

async function throughReview(who: { editor: Person; head: Person }, id: Id): Promise<Record<string, any>> {
  await step(world, who.editor, id, { action: 'submit' });
  await step(world, who.head, id, approve('unit-head'));
  let adjustment = await step(world, 'reviewer', id, approve('first-review'));
  while (adjustment.stage !== 'second-review') {
    if (adjustment.stage === 'second-report') {
      adjustment = await step(world, who.editor, id, { action: 'submit' }); // 二报
      continue;
    }
    const role = ({ price: 'price-reviewer', finance: 'finance-reviewer', legal: 'legal-reviewer' } as Record<string, Person>)[adjustment.stage]!;
    adjustment = await step(world, role, id, approve(adjustment.stage));
  }
  world.clock.advanceDays(8);
  await step(world, 'reviewer', id, approve('second-review'));
  return step(world, 'approver', id, approve('approval'));
}

async function snapshotItem(implementationId: Id): Promise<Record<string, any>> {
  const dir = testTempDir('integrity-snapshot-');
  await exportSnapshot(world.cms.payload, dir, { now: world.clock.now });
  const doc = await world.cms.payload.findByID({ collection: 'implementations', id: implementationId, depth: 0, overrideAccess: true });
  return readSnapshotItem(dir, String(doc.implementationCode)) as never;
}

beforeAll(async () => {
  world = await startWorld();
  const { fx } = world;
  const doc = await world.cms.payload.create({
    collection: 'implementations',
    draft: false,
    data: {
      catalogItem: fx.items.a,
      unit: fx.units.b,
      region: fx.region,
      level: '3',
      implementationCode: `${creditCode('11', 2)}3${basicCode('20', 1)}`,
      conditions: '住建局受理的社会保障卡申领',
      _status: 'published',
    } as never,
  });
  bImplementsA = doc.id;
});

afterAll(async () => {
  setWorkflowClock();
  await world?.cms.payload.destroy();
});

describe('an adjustment names its targets truthfully', () => {
  it('refuses a catalog item that is not the guide\'s own, with the reason in Chinese, writing nothing', async () => {
    const { fx } = world;
    const before = await world.cms.payload.count({ collection: 'adjustments', overrideAccess: true });
    for (const body of [
      { kind: 'cancel', implementation: fx.impl.aPublished, unit: fx.units.a, catalogItem: fx.items.b },
      { kind: 'guide', implementation: fx.impl.aPublished, unit: fx.units.a, catalogItem: fx.items.b },
    ]) {
      const response = await world.cms.rest('POST', '/adjustments', { token: world.tokens.editor, body: { reason: '试图调整他人事项', ...body } });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toMatch(/不是所调整办事指南对应的事项/);
    }
    // The reverse: unit B's fee guide (whose item needs 法制办) claiming A's item to skip that stage.
    const dodge = await world.cms.rest('POST', '/adjustments', {
      token: world.tokens['editor-b'],
      body: { kind: 'change', implementation: fx.impl.bCharged, unit: fx.units.b, catalogItem: fx.items.a, reason: '绕过法制办' },
    });
    expect(dodge.status).toBe(400);
    expect((await world.cms.payload.count({ collection: 'adjustments', overrideAccess: true })).totalDocs).toBe(before.totalDocs);
  });

  it('refuses another unit\'s guide and another unit as applicant, also through the Local API with a user', async () => {
    const { fx } = world;
    const foreign = await world.cms.rest('POST', '/adjustments', { token: world.tokens.editor, body: { kind: 'guide', implementation: fx.impl.bCharged, unit: fx.units.a, reason: '改他人指南' } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].message).toMatch(/只能调整本单位的事项/);
    expect(foreign.body.errors[0].message).not.toMatch(unknown);
    const editor = await world.cms.payload.findByID({ collection: 'users', id: world.users.editor, depth: 0, overrideAccess: true });
    await expect(
      world.cms.payload.create({
        collection: 'adjustments',
        user: { ...editor, collection: 'users' } as never,
        data: { kind: 'guide', implementation: fx.impl.bCharged, unit: fx.units.b, reason: '以他单位名义' } as never,
      }),
    ).rejects.toThrow(/不是您所在的单位/);
  });

  it('publishes a guide of another unit\'s catalog item without publishing that unit\'s unreviewed item draft', async () => {
    const { fx } = world;
    // Unit A (the item's owner) has an unreviewed draft on its catalog item.
    await world.cms.payload.update({ collection: 'catalog-items', id: fx.items.a, draft: true, data: { name: '未经审核的新名称', _status: 'draft' } as never });
    await world.cms.payload.update({ collection: 'implementations', id: bImplementsA, draft: true, data: { ...completeGuide, conditions: '住建局：新的受理条件', _status: 'draft' } as never });
    const id = await propose(world, 'editor-b', { kind: 'guide', implementation: bImplementsA, unit: fx.units.b });
    const adjustment = await throughReview({ editor: 'editor-b', head: 'head-b' }, id);
    expect(adjustment.catalogItemVersion ?? null).toBeNull();
    expect(adjustment.publishedAt).toBeTruthy();
    expect((await publicGuide(world, bImplementsA)).body.conditions).toBe('住建局：新的受理条件');
    const item = await world.cms.rest('GET', `/catalog-items/${fx.items.a}?depth=0`);
    expect(item.body.name).toBe('社会保障卡申领');
  });
});

describe('a cancellation', () => {
  it('cancels the unit\'s own guide only: the shared catalog item and the other unit\'s page stay in force', async () => {
    const { fx } = world;
    const id = await propose(world, 'editor', { kind: 'cancel', implementation: fx.impl.aPublished, unit: fx.units.a, reason: '本单位不再承担该事项' });
    const adjustment = await throughReview({ editor: 'editor', head: 'unit-head' }, id);
    expect(adjustment.publishedAt).toBeTruthy();
    const item = await world.cms.rest('GET', `/catalog-items/${fx.items.a}?depth=0`);
    expect(item.body.status).toBe('active');
    expect((await snapshotItem(fx.impl.aPublished)).status).toBe('cancelled');
    expect((await snapshotItem(bImplementsA)).status).toBe('active');
  });
});

describe('refusals keep their Chinese message', () => {
  it('answers editing an adjustment under review with 409 and the reason', async () => {
    const { fx } = world;
    await saveDraft(world, fx.impl.aDraft, {});
    const id = await propose(world, 'editor', { kind: 'add', implementation: fx.impl.aDraft, unit: fx.units.a });
    await step(world, 'editor', id, { action: 'submit' });
    const before = await trace(world, id);
    const edit = await world.cms.rest('PATCH', `/adjustments/${id}`, { token: world.tokens.editor, body: { reason: '审核中偷改' } });
    expect(edit.status).toBe(409);
    expect(edit.body.errors[0].message).toMatch(/不能修改/);
    expect(await trace(world, id)).toEqual(before);
    const deletion = await world.cms.rest('DELETE', `/adjustments/${id}`, { token: world.tokens.admin });
    expect(deletion.status).toBe(409);
    expect(deletion.body.errors[0].message).toMatch(/审核档案/);
    expect(await records(world, id)).toHaveLength(1);
  });

  it('answers a decision on a malformed id or body with a Chinese 4xx, never a server error', async () => {
    const bad = await act(world, 'reviewer', 'abc; drop table', approve('first-review'));
    expect(bad.status).toBe(404);
    expect(bad.body.errors[0].message).toMatch(/未找到/);
  });
});
