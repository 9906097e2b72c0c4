import type { Role } from '@catalog/content-models';
import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms.ts';
import { seedFixture, type Fixture, type Id } from './support/fixture.ts';

/** The access matrix through the Local API, as each real user (overrideAccess: false). */
let cms: Cms;
let fx: Fixture;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
});

async function asUser(key: keyof Fixture['users']) {
  const user = await cms.payload.findByID({ collection: 'users', id: fx.users[key].id, depth: 0 });
  return { ...user, collection: 'users' as const };
}

async function visibleImplementations(key: keyof Fixture['users'] | 'anonymous'): Promise<Id[]> {
  const user = key === 'anonymous' ? undefined : await asUser(key);
  const result = await cms.payload.find({ collection: 'implementations', draft: true, overrideAccess: false, user, limit: 0, depth: 0 });
  return result.docs.map((d) => d.id).sort();
}

describe('who reads which implementations (drafts included)', () => {
  const sorted = (ids: Id[]) => [...ids].sort();
  it.each<[keyof Fixture['users'] | 'anonymous', (f: Fixture) => Id[]]>([
    ['anonymous', (f) => [f.impl.aPublished, f.impl.bCharged]],
    ['editor', (f) => [f.impl.aPublished, f.impl.aDraft]],
    ['unit-head', (f) => [f.impl.aPublished, f.impl.aDraft]],
    ['editor-b', (f) => [f.impl.bCharged]],
    ['price-reviewer', (f) => [f.impl.bCharged]],
    ['finance-reviewer', (f) => [f.impl.bCharged]],
    ['legal-reviewer', (f) => [f.impl.bCharged]],
    ['intermediary-reviewer', (f) => [f.impl.intermediary]],
    ['supervisor-reviewer', (f) => [f.impl.soe]],
    ['reviewer', (f) => Object.values(f.impl)],
    ['approver', (f) => Object.values(f.impl)],
    ['admin', (f) => Object.values(f.impl)],
  ])('%s', async (key, expected) => {
    expect(await visibleImplementations(key)).toEqual(sorted(expected(fx)));
  });

  it('shows unit staff the draft on top of a published guide, the public only the published text', async () => {
    const editor = await asUser('editor');
    const mine = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aPublished, draft: true, overrideAccess: false, user: editor });
    expect(mine.conditions).toBe(fx.secretDraftText);
    const pub = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aPublished, draft: true, overrideAccess: false });
    expect(pub.conditions).toBe(fx.publishedConditions);
  });

  it('lets specialists see catalog items of their speciality only', async () => {
    const items = async (key: keyof Fixture['users']) =>
      (await cms.payload.find({ collection: 'catalog-items', draft: true, overrideAccess: false, user: await asUser(key), depth: 0 })).docs
        .map((d) => d.id)
        .sort();
    expect(await items('price-reviewer')).toEqual([fx.items.b]);
    expect(await items('legal-reviewer')).toEqual([fx.items.b]);
    expect(await items('supervisor-reviewer')).toEqual([fx.items.soe]);
    expect(await items('intermediary-reviewer')).toEqual([fx.items.intermediary]);
  });
});

describe('who creates, updates and deletes', () => {
  async function tryCreate(key: keyof Fixture['users'], unit: Id): Promise<boolean> {
    const existing = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aDraft, depth: 0, draft: true });
    const { id: _id, createdAt: _c, updatedAt: _u, ...data } = existing as unknown as Record<string, unknown>;
    try {
      await cms.payload.create({
        collection: 'implementations',
        draft: true,
        overrideAccess: false,
        user: await asUser(key),
        data: { ...data, unit, _status: 'draft' } as any,
      });
      return true;
    } catch {
      return false;
    }
  }

  it.each<[keyof Fixture['users'], boolean, boolean]>([
    // role, may create in unit A, may create in unit B
    ['editor', true, false],
    ['unit-head', true, false],
    ['editor-b', false, true],
    ['reviewer', false, false],
    ['price-reviewer', false, false],
    ['legal-reviewer', false, false],
    ['supervisor-reviewer', false, false],
    ['approver', false, false],
    ['admin', true, true],
  ])('%s creates drafts: own unit A %s, unit B %s', async (key, inA, inB) => {
    expect(await tryCreate(key, fx.units.a)).toBe(inA);
    expect(await tryCreate(key, fx.units.b)).toBe(inB);
  });

  async function tryUpdate(key: keyof Fixture['users'], id: Id): Promise<boolean> {
    const marker = `修改-${key}-${Math.random()}`;
    try {
      await cms.payload.update({ collection: 'implementations', id, draft: true, overrideAccess: false, user: await asUser(key), data: { timeLimitNote: marker, _status: 'draft' } as any });
    } catch {
      // refused: make sure nothing was written
    }
    const after = await cms.payload.findByID({ collection: 'implementations', id, draft: true, depth: 0 });
    return after.timeLimitNote === marker;
  }

  it.each<[keyof Fixture['users'], boolean, boolean]>([
    ['editor', true, false],
    ['unit-head', true, false],
    ['editor-b', false, true],
    ['reviewer', false, false],
    ['finance-reviewer', false, false],
    ['intermediary-reviewer', false, false],
    ['approver', false, false],
    ['admin', true, true],
  ])('%s updates drafts: own unit A %s, other unit B %s', async (key, ownA, otherB) => {
    expect(await tryUpdate(key, fx.impl.aDraft)).toBe(ownA);
    expect(await tryUpdate(key, fx.impl.bCharged)).toBe(otherB);
  });

  it('does not let an editor move a draft to another unit', async () => {
    await expect(
      cms.payload.update({ collection: 'implementations', id: fx.impl.aDraft, draft: true, overrideAccess: false, user: await asUser('editor'), data: { unit: fx.units.b } as any }),
    ).rejects.toThrow();
    const after = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aDraft, draft: true, depth: 0 });
    expect(after.unit).toBe(fx.units.a);
  });

  it.each<[Role, boolean]>([
    ['editor', false],
    ['unit-head', false],
    ['reviewer', false],
    ['approver', false],
    ['admin', true],
  ])('%s deletes: %s', async (role, allowed) => {
    // One catalog item per 基本编码: each victim gets its own code.
    const serial = ['editor', 'unit-head', 'reviewer', 'approver', 'admin'].indexOf(role);
    const victim = await cms.payload.create({
      collection: 'catalog-items',
      draft: true,
      data: { name: `待删除-${role}`, basicCode: `00200509900${serial}`, itemType: '20', category: 'other', unit: fx.units.a, _status: 'draft' } as any,
    });
    const attempt = cms.payload.delete({ collection: 'catalog-items', id: victim.id, overrideAccess: false, user: await asUser(role) });
    if (allowed) await attempt;
    else await expect(attempt).rejects.toThrow();
    const left = await cms.payload.count({ collection: 'catalog-items', where: { id: { equals: victim.id } } });
    expect(left.totalDocs).toBe(allowed ? 0 : 1);
  });
});

describe('publishing is not an editing right', () => {
  it.each<keyof Fixture['users']>(['editor', 'unit-head', 'reviewer', 'approver', 'admin'])('%s cannot publish directly', async (key) => {
    const id = key === 'editor' || key === 'unit-head' ? fx.impl.aDraft : fx.impl.soe;
    await expect(
      cms.payload.update({ collection: 'implementations', id, overrideAccess: false, user: await asUser(key), data: { _status: 'published' } as any }),
    ).rejects.toThrow();
    const published = await cms.payload.count({ collection: 'implementations', where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] } });
    expect(published.totalDocs).toBe(0);
  });

  it('refuses publishing even when server code forgets overrideAccess: false', async () => {
    await expect(
      cms.payload.update({ collection: 'implementations', id: fx.impl.aDraft, user: await asUser('admin'), data: { _status: 'published' } as any }),
    ).rejects.toThrow(/无权直接发布/);
  });
});

describe('roles and units belong to administrators', () => {
  it('ignores an editor setting their own roles or unit', async () => {
    const editor = await asUser('editor');
    await cms.payload.update({ collection: 'users', id: editor.id, overrideAccess: false, user: editor, data: { roles: ['admin'], unit: fx.units.b } as any });
    const after = await cms.payload.findByID({ collection: 'users', id: editor.id, depth: 0 });
    expect(after.roles).toEqual(['editor']);
    expect(after.unit).toBe(fx.units.a);
  });

  it('lets an administrator change them', async () => {
    const target = fx.users['editor-b'].id;
    await cms.payload.update({ collection: 'users', id: target, overrideAccess: false, user: await asUser('admin'), data: { roles: ['editor', 'unit-head'] } as any });
    const after = await cms.payload.findByID({ collection: 'users', id: target, depth: 0 });
    expect(after.roles).toEqual(['editor', 'unit-head']);
    await cms.payload.update({ collection: 'users', id: target, data: { roles: ['editor'] } as any });
  });

  it('shows other accounts to non-administrators by name and unit only', async () => {
    const seen = await cms.payload.find({ collection: 'users', overrideAccess: false, user: await asUser('reviewer'), depth: 0, limit: 0 });
    const editor = seen.docs.find((d) => d.id === fx.users.editor.id) as any;
    expect(editor.name).toBeTruthy();
    expect(editor.unit).toBe(fx.units.a);
    // The address reads as the name (Payload's lock dialog shows `email`); roles and regions are gone.
    expect(editor.email).toBe(editor.name);
    expect(editor).not.toHaveProperty('roles');
    expect(editor).not.toHaveProperty('regionCodes');
    const self = seen.docs.find((d) => d.id === fx.users.reviewer.id) as any;
    expect(self).toMatchObject({ email: fx.users.reviewer.email, roles: ['reviewer'] });
  });

  it('shows unit staff their colleagues and the reviewers, not other units’ staff', async () => {
    const seen = await cms.payload.find({ collection: 'users', overrideAccess: false, user: await asUser('editor'), depth: 0, limit: 0 });
    const ids = seen.docs.map((d) => d.id);
    expect(ids).toEqual(expect.arrayContaining([fx.users.editor.id, fx.users['unit-head'].id, fx.users.reviewer.id, fx.users.approver.id]));
    expect(ids).not.toContain(fx.users['editor-b'].id);
  });

  it('keeps the real address for server code', async () => {
    const editor = await cms.payload.findByID({ collection: 'users', id: fx.users.editor.id, depth: 0 });
    expect(editor.email).toBe(fx.users.editor.email);
  });
});

describe('review records are append-only', () => {
  it('refuses update and delete even to server code', async () => {
    const adjustment = await cms.payload.create({ collection: 'adjustments', data: { kind: 'change', unit: fx.units.a, implementation: fx.impl.aDraft, reason: '法规修订' } as any });
    const record = await cms.payload.create({
      collection: 'review-records',
      data: { adjustment: adjustment.id, unit: fx.units.a, stage: '一审', actor: fx.users.reviewer.id, decision: 'return', opinion: '补充依据' } as any,
    });
    await expect(cms.payload.update({ collection: 'review-records', id: record.id, data: { opinion: '改写' } as any })).rejects.toThrow(/不可修改或删除/);
    await expect(cms.payload.delete({ collection: 'review-records', id: record.id })).rejects.toThrow(/不可修改或删除/);
    const after = await cms.payload.findByID({ collection: 'review-records', id: record.id });
    expect(after.opinion).toBe('补充依据');
    await expect(
      cms.payload.create({ collection: 'review-records', overrideAccess: false, user: await asUser('admin'), data: { adjustment: adjustment.id, stage: 'x', actor: fx.users.admin.id, decision: 'approve' } as any }),
    ).rejects.toThrow();
  });
});

describe('a specialist with nothing in their speciality', () => {
  it('gets an empty list, not an error', async () => {
    await cms.payload.update({ collection: 'implementations', id: fx.impl.bCharged, draft: true, data: { charged: false, _status: 'draft' } as any });
    await cms.payload.update({ collection: 'implementations', id: fx.impl.bCharged, data: { charged: false } as any });
    const user = await asUser('price-reviewer');
    // Catalog items are matched through charged implementations: now there are none.
    const result = await cms.payload.find({ collection: 'catalog-items', draft: true, overrideAccess: false, user });
    expect(result.docs).toEqual([]);
  });
});
