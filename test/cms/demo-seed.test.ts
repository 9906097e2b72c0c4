import { consultationWindow, procedures, roles, unitKinds } from '@catalog/content-models';

const secondReview = procedures['two-reports-two-reviews']!.stages.find((stage) => stage.id === 'second-review')!;
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshotItem } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { localSiteUrl } from '../../cms/src/publish/siteUrl.ts';
import { seedDemo } from '../../cms/src/seed/demo.ts';
import { demoUsers } from '../../cms/src/seed/demoUsers.ts';
import { setWorkflowClock } from '../../cms/src/workflow/clock.ts';
import { startCms, type Cms } from './support/cms.ts';
import { testTempDir } from '../support/temp-dir.ts';

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

  it('has units of every kind, as many as the README says, and one login per role', async () => {
    const units = await cms.payload.find({ collection: 'units', limit: 0, pagination: false, depth: 0, overrideAccess: true });
    expect(new Set(units.docs.map((u) => u.kind))).toEqual(new Set(unitKinds.codes));
    const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
    expect(Number(/(\d+) units of every kind/.exec(readme)?.[1])).toBe(units.docs.length);
    const users = await cms.payload.find({ collection: 'users', limit: 0, pagination: false, depth: 0, overrideAccess: true });
    expect(users.docs.map((u) => u.email).sort()).toEqual(roles.codes.map((r) => `${r}@demo.local`).sort());
  });

  it('opens its consultations in 二审 with the stage start set, so 通过 waits for the window to close', async () => {
    const open = await cms.payload.find({ collection: 'adjustments', where: { state: { equals: 'in-review' } }, depth: 0, overrideAccess: true });
    expect(open.docs.length).toBeGreaterThan(0);
    for (const adjustment of open.docs as any[]) {
      expect(adjustment.stage).toBe('second-review');
      expect(adjustment.stageEnteredAt).toBe(adjustment.consultationOpensAt);
      // Filed under the shipped 两报两审: its 5 working days, ending at 24:00 Beijing time.
      expect(adjustment.procedureCode).toBe('two-reports-two-reviews');
      expect(adjustment.consultationClosesAt).toBe(consultationWindow(secondReview, adjustment.consultationOpensAt)!.closesAt);
      expect(new Date(adjustment.consultationClosesAt).getUTCHours()).toBe(16);
      expect(adjustment.regionPath.length).toBeGreaterThan(0);
    }
  });

  it('records the versions each consultation proposes, so approving the seeded rename renames the public page', async () => {
    const open = await cms.payload.find({ collection: 'adjustments', where: { state: { equals: 'in-review' } }, depth: 0, overrideAccess: true });
    for (const adjustment of open.docs as any[]) {
      expect(adjustment.implementation, adjustment.reason).toBeTruthy();
      expect(adjustment.implementationVersion, adjustment.reason).toBeTruthy();
    }
    const rename = (open.docs as any[]).find((a) => a.kind === 'change')!;
    const renamed = rename.changes.find((c: { path: string }) => c.path === 'name').after as string;
    const login = async (role: string) => {
      const user = demoUsers.find((u) => u.role === role)!;
      return cms.login(user.email, user.password);
    };
    setWorkflowClock(() => new Date(new Date(rename.consultationClosesAt).getTime() + 60_000));
    try {
      for (const [role, stageId] of [['reviewer', 'second-review'], ['approver', 'approval']] as const) {
        const result = await cms.rest('POST', `/adjustments/${rename.id}/decide`, { token: await login(role), body: { decision: 'approve', stageId } });
        expect(result.status, JSON.stringify(result.body)).toBe(200);
      }
    } finally {
      setWorkflowClock();
    }
    const dir = testTempDir('demo-rename-');
    await exportSnapshot(cms.payload, dir, { now: new Date() });
    const implementation = await cms.payload.findByID({ collection: 'implementations', id: rename.implementation, depth: 0, overrideAccess: true });
    const item = await readSnapshotItem(dir, String(implementation.implementationCode));
    expect(item.name).toBe(renamed);
    expect(item.history[0]).toMatchObject({ kind: 'change', itemName: renamed });
  });
});

describe('the demo site address', () => {
  it('leaves 站点设置’s 网站地址 empty, so a publication without SITE_URL links to the local site', async () => {
    const settings = (await cms.payload.findGlobal({ slug: 'site-settings', overrideAccess: true })) as { baseUrl?: string | null; siteName?: string };
    expect(settings.siteName).toBeTruthy();
    expect(settings.baseUrl ?? null).toBeNull();
    expect(localSiteUrl({})).toBe('http://localhost:4321');
    expect(localSiteUrl({ SITE_PORT: '4400' })).toBe('http://localhost:4400');
  });
});
