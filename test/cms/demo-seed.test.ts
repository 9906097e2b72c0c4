import { roles, unitKinds } from '@catalog/content-models';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../cms/src/seed/demo.ts';
import { startCms, type Cms } from './support/cms.ts';

/** The demo `npm start` writes on an empty database: what a newcomer is promised in the README. */
let cms: Cms;

beforeAll(async () => {
  cms = await startCms();
  await seedDemo(cms.payload);
}, 300_000);

describe('the demo seed', () => {
  it('publishes about 150 guides with their catalog items', async () => {
    const published = await cms.payload.count({ collection: 'implementations', where: { _status: { equals: 'published' } }, overrideAccess: true });
    expect(published.totalDocs).toBeGreaterThanOrEqual(140);
  });

  it('has units of every kind and one login per role', async () => {
    const units = await cms.payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0, overrideAccess: true });
    expect(new Set(units.docs.map((u) => u.kind))).toEqual(new Set(unitKinds.codes));
    const users = await cms.payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0, overrideAccess: true });
    expect(users.docs.map((u) => u.email).sort()).toEqual(roles.codes.map((r) => `${r}@demo.local`).sort());
  });

  it('opens its consultations in 二审 with the stage start set, so 通过 waits for the window to close', async () => {
    const open = await cms.payload.find({ collection: 'adjustments', where: { state: { equals: 'in-review' } }, depth: 0, overrideAccess: true });
    expect(open.docs.length).toBeGreaterThan(0);
    for (const adjustment of open.docs as any[]) {
      expect(adjustment.stage).toBe('second-review');
      expect(adjustment.stageEnteredAt).toBe(adjustment.consultationOpensAt);
    }
  });
});
