import { REST_POST } from '@payloadcms/next/routes';
import type { Role } from '@catalog/content-models';
import { expect } from 'vitest';
import { seedProcedures } from '../../../cms/src/seed/procedures.ts';
import { setWorkflowClock } from '../../../cms/src/workflow/clock.ts';
import { socketAddressHeader } from '../../../cms/src/net/socketAddress.ts';
import { startCms, type ApiResult, type Cms } from '../../cms/support/cms.ts';
import { basicCode, creditCode, password, seedFixture, type Fixture, type Id } from '../../cms/support/fixture.ts';

/**
 * The CMS on its test database with test/cms's fixture (departments A and B, a water company
 * supervised by B, an intermediary, one user per role) plus the people a full procedure needs:
 * heads of B and of the water company, the water company's editor, a supervisor reviewer of the
 * wrong department, and an editor who is also a reviewer (to try deciding on their own submission).
 * The workflow clock is the test's: consultation periods pass by moving it.
 */
export type Person = Role | 'editor-b' | 'head-b' | 'editor-soe' | 'head-soe' | 'supervisor-a' | 'editor-reviewer';

export interface World {
  cms: Cms;
  fx: Fixture;
  tokens: Record<Person, string>;
  users: Record<Person, Id>;
  /** A published guide of unit A only the cancellation test touches. */
  cancelTarget: { implementation: Id; catalogItem: Id };
  clock: { now: Date; advanceDays(days: number): void };
  anonymousPost(path: string, body: unknown, ip: string, contentType?: string, headers?: Record<string, string>): Promise<ApiResult>;
}

export const DAY = 24 * 60 * 60 * 1000;

/**
 * `procedures: 'single'` (the default) configures the deployment to run 两报两审 for every kind of
 * adjustment, as the suites written before per-case procedures expect; `'shipped'` keeps the shipped
 * rules (变更/指南调整 → 动态调整 …). The shipped procedures are stored either way.
 */
export async function startWorld({ procedures = 'single' }: { procedures?: 'single' | 'shipped' } = {}): Promise<World> {
  const clock = {
    now: new Date('2026-03-02T02:00:00.000Z'),
    advanceDays(days: number) {
      this.now = new Date(this.now.getTime() + days * DAY);
    },
  };
  setWorkflowClock(() => clock.now);
  const cms = await startCms();
  await seedProcedures(cms.payload);
  if (procedures === 'single') {
    const found = await cms.payload.find({ collection: 'workflow-procedures', where: { code: { equals: 'two-reports-two-reviews' } }, limit: 1, depth: 0 });
    await cms.payload.updateGlobal({ slug: 'workflow-settings', data: { rules: [{ procedure: found.docs[0]!.id }] } as never });
  }
  const fx = await seedFixture(cms.payload);
  const extra: [Person, Role[], Id][] = [
    ['head-b', ['unit-head'], fx.units.b],
    ['editor-soe', ['editor'], fx.units.soe],
    ['head-soe', ['unit-head'], fx.units.soe],
    ['supervisor-a', ['supervisor-reviewer'], fx.units.a],
    ['editor-reviewer', ['editor', 'reviewer'], fx.units.a],
  ];
  const users = Object.fromEntries(Object.entries(fx.users).map(([key, user]) => [key, user.id])) as Record<Person, Id>;
  const emails = Object.fromEntries(Object.entries(fx.users).map(([key, user]) => [key, user.email])) as Record<Person, string>;
  for (const [key, roles, unit] of extra) {
    const email = `${key}@test.local`;
    const doc = await cms.payload.create({ collection: 'users', data: { name: key, email, password, roles, unit } as never });
    users[key] = doc.id;
    emails[key] = email;
  }
  const tokens = {} as Record<Person, string>;
  for (const [key, email] of Object.entries(emails)) tokens[key as Person] = await cms.login(email, password);

  const item = await cms.payload.create({
    collection: 'catalog-items',
    draft: false,
    data: {
      name: '就业失业登记证补领',
      basicCode: basicCode('20', 21),
      itemType: '20',
      category: 'social-security',
      unit: fx.units.a,
      legalBasis: [{ instrument: '《就业服务与就业管理规定》', article: '第六十二条' }],
      _status: 'published',
    } as never,
  });
  const implementation = await cms.payload.create({
    collection: 'implementations',
    draft: false,
    data: {
      catalogItem: item.id,
      unit: fx.units.a,
      region: fx.region,
      level: '3',
      implementationCode: `${creditCode('11', 1)}3${basicCode('20', 21)}`,
      conditions: '遗失就业失业登记证的本市劳动者',
      _status: 'published',
    } as never,
  });

  const config = (await import('../../../cms/src/payload.config.ts')).default;
  const post = REST_POST(config);
  async function anonymousPost(path: string, body: unknown, ip: string, contentType = 'application/json', headers: Record<string, string> = {}): Promise<ApiResult> {
    const url = new URL(`http://localhost/api${path}`);
    const encoded = contentType === 'application/json' ? JSON.stringify(body) : new URLSearchParams(body as Record<string, string>).toString();
    // A visitor connecting directly: `ip` is the socket address (no proxy is trusted by default).
    const request = new Request(url, { method: 'POST', headers: { ...headers, 'Content-Type': contentType, [socketAddressHeader]: ip }, body: encoded });
    const slug = url.pathname.replace(/^\/api\//, '').split('/');
    const response = await post(request, { params: Promise.resolve({ slug }) });
    const text = await response.text();
    return { status: response.status, body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
  }

  return { cms, fx, tokens, users, cancelTarget: { implementation: implementation.id, catalogItem: item.id }, clock, anonymousPost };
}

export interface AdjustmentInput {
  kind: 'add' | 'change' | 'cancel' | 'guide';
  implementation: Id;
  unit: Id;
  reason?: string;
  basis?: string;
  effectiveDate?: string;
}

/** The unit's editor creates an adjustment through POST /api/adjustments; returns its id. */
export async function propose(world: World, editor: Person, input: AdjustmentInput): Promise<Id> {
  const { status, body } = await world.cms.rest('POST', '/adjustments', {
    token: world.tokens[editor],
    body: { reason: '依据法规修订调整办事指南', basis: '《浙江省公共服务事项管理办法》第十条', effectiveDate: '2026-01-01T00:00:00.000Z', ...input },
  });
  expect(status, JSON.stringify(body)).toBe(201);
  return body.doc.id as Id;
}

export type Command =
  | { action: 'submit' | 'withdraw' }
  | { action: 'decide'; decision: 'approve' | 'return' | 'reject'; opinion?: string; stageId?: string; disposition?: string };

export function act(world: World, who: Person, id: Id, command: Command): Promise<ApiResult> {
  const { action, ...body } = command;
  return world.cms.rest('POST', `/adjustments/${id}/${action}`, { token: world.tokens[who], body });
}

/** Carries out a step that must succeed; returns the adjustment as the endpoint answered it. */
export async function step(world: World, who: Person, id: Id, command: Command): Promise<Record<string, any>> {
  const { status, body } = await act(world, who, id, command);
  expect(status, `${who} ${JSON.stringify(command)}: ${JSON.stringify(body)}`).toBe(200);
  return body.adjustment;
}

/** 通过 at a stage; 一审 of 两报两审 records a 处置意见 with it (保留 unless the test says otherwise). */
export const approve = (stageId: string): Command =>
  stageId === 'first-review' ? ({ action: 'decide', decision: 'approve', stageId, disposition: 'retain' } as Command) : { action: 'decide', decision: 'approve', stageId };

/** Everything a refused step could have touched: the adjustment and the review records. */
export async function trace(world: World, id: Id): Promise<unknown> {
  const payload = world.cms.payload;
  const adjustment = await payload.findByID({ collection: 'adjustments', id, depth: 0 });
  const records = await payload.find({ collection: 'review-records', limit: 0, pagination: false, depth: 0, sort: 'id' });
  const implementations = await payload.find({ collection: 'implementations', limit: 0, pagination: false, depth: 0, sort: 'id' });
  return { adjustment, records: records.docs, published: implementations.docs.map((d) => [d.id, d._status, d.updatedAt]) };
}

export async function records(world: World, id: Id): Promise<Record<string, any>[]> {
  const found = await world.cms.payload.find({ collection: 'review-records', where: { adjustment: { equals: id } }, sort: ['createdAt', 'id'], limit: 0, pagination: false, depth: 0 });
  return found.docs as Record<string, any>[];
}

/** What an anonymous visitor reads of an implementation (published content only). */
export async function publicGuide(world: World, id: Id): Promise<ApiResult> {
  return world.cms.rest('GET', `/implementations/${id}?depth=0`);
}

/** The guide elements the quality rules demand (一次性告知), saved as a draft the way an editor would. */
export const completeGuide = {
  materials: [{ name: '居民身份证', necessity: 'required', copies: 1, basis: '《居民身份证法》第十四条' }],
  process: [{ name: '受理' }, { name: '审核' }, { name: '办结' }],
  promisedDays: 5,
  consultPhone: '0577-88886666',
  charged: false,
  locations: [{ name: '市民中心', address: '瓯江市世纪大道 1 号', hours: '工作日 9:00-17:00' }],
};

export async function saveDraft(world: World, id: Id, data: Record<string, unknown>): Promise<void> {
  await world.cms.payload.update({ collection: 'implementations', id, draft: true, data: { ...completeGuide, ...data, _status: 'draft' } as never });
}
