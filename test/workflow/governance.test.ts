import { reviewDateAfter } from '@catalog/content-models';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setWorkflowClock } from '../../cms/src/workflow/index.ts';
import { backfillRegionPaths } from '../../cms/src/workflow/backfillRegionPaths.ts';
import { basicCode, creditCode, password } from '../cms/support/fixture.ts';
import { act, approve, completeGuide, propose, records, saveDraft, startWorld, step, type World } from './support/world.ts';

/**
 * Catalog governance as the seeds run it, through HTTP with real users of each role: procedures
 * stored as data and recorded per case, 二报 as a step, returns that resume where they were,
 * consultation on working days, 处置意见, batch 审定, routing by the item's data and 审核辖区.
 */
let world: World;
type Id = number | string;

const rest = (...args: Parameters<World['cms']['rest']>) => world.cms.rest(...args);

async function procedureDoc(code: string): Promise<Record<string, any>> {
  const found = await world.cms.payload.find({ collection: 'workflow-procedures', where: { code: { equals: code } }, depth: 0, limit: 1 });
  return found.docs[0] as Record<string, any>;
}

async function adjustment(id: Id): Promise<Record<string, any>> {
  return (await world.cms.payload.findByID({ collection: 'adjustments', id, depth: 0 })) as Record<string, any>;
}

/** A published guide of `unit` the test owns alone, with `extra` fields. */
const creditOfUnit = new Map<string, string>();

async function publishedGuide(unit: Id, serial: number, extra: Record<string, unknown> = {}): Promise<Id> {
  const { fx, cms } = world;
  const credit = creditOfUnit.get(String(unit)) ?? (String(unit) === String(fx.units.b) ? creditCode('11', 2) : creditCode('11', 1));
  const doc = await cms.payload.create({
    collection: 'implementations',
    draft: false,
    context: { systemPublish: true },
    data: {
      catalogItem: fx.items.a,
      unit,
      region: fx.region,
      level: '3',
      implementationCode: `${credit}3${basicCode('20', 100 + serial)}`,
      name: `治理测试指南 ${serial}`,
      conditions: '符合条件的申请人',
      ...completeGuide,
      _status: 'published',
      ...extra,
    } as never,
  });
  return doc.id;
}

/** Only the consult phone changes: a contact-only 指南调整. */
async function changePhone(implementation: Id, phone: string): Promise<void> {
  await world.cms.payload.update({ collection: 'implementations', id: implementation, draft: true, data: { consultPhone: phone, _status: 'draft' } as never });
}

beforeAll(async () => {
  world = await startWorld({ procedures: 'shipped' });
});

afterAll(async () => {
  setWorkflowClock();
  await world?.cms.payload.destroy();
});

describe('procedures as data', () => {
  it('seeds the shipped procedures, 三上三下 among them; only administrators change them, every change is checked and versioned', async () => {
    const list = await rest('GET', '/workflow-procedures?limit=50&depth=0', { token: world.tokens.reviewer });
    expect(list.status).toBe(200);
    expect(list.body.docs.map((d: { code: string }) => d.code).sort()).toEqual(
      ['contact-update', 'dynamic-adjustment', 'joint-review', 'three-ups-three-downs', 'two-reports-two-reviews'],
    );
    const doc = await procedureDoc('two-reports-two-reviews');
    expect(doc.version).toBe(1);

    const byReviewer = await rest('PATCH', `/workflow-procedures/${doc.id}`, { token: world.tokens.reviewer, body: { name: '改名' } });
    expect(byReviewer.status).toBe(403);

    const broken = { ...doc.definition, stages: doc.definition.stages.map((s: any) => (s.id === 'unit-head' ? { ...s, roles: ['nobody'] } : s)) };
    const refused = await rest('PATCH', `/workflow-procedures/${doc.id}`, { token: world.tokens.admin, body: { definition: broken } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('第2个环节·角色');
    expect((await procedureDoc('two-reports-two-reviews')).version).toBe(1);

    const misplaced = { ...doc.definition, stages: [doc.definition.stages[0], { ...doc.definition.stages.find((s: any) => s.kind === 'report') }, ...doc.definition.stages.slice(1)] };
    const report = await rest('PATCH', `/workflow-procedures/${doc.id}`, { token: world.tokens.admin, body: { definition: misplaced } });
    expect(report.status).toBe(400);

    const expert = await rest('POST', '/workflow-procedures', {
      token: world.tokens.admin,
      body: {
        code: 'expert-review',
        name: '专家论证',
        definition: {
          stages: [
            { id: 'draft', name: '单位填报', roles: ['editor'], decisions: [], scope: 'own-unit' },
            { id: 'review', name: '编办审核', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'] },
            { id: 'experts', name: '专家论证', roles: ['legal-reviewer'], decisions: ['approve', 'return'], due: { days: 10, dayKind: 'working' } },
            { id: 'approval', name: '审定', roles: ['approver'], decisions: ['approve', 'return', 'reject'] },
          ],
        },
      },
    });
    expect(expert.status, JSON.stringify(expert.body)).toBe(201);
    expect(expert.body.doc.version).toBe(1);
  });
});

describe('a procedure per case', () => {
  it('records what each case follows: 新增 → 两报两审, 变更 → 动态调整, contact-only 指南调整 → 简易程序, a campaign → its own', async () => {
    const { fx } = world;
    await saveDraft(world, fx.impl.aDraft, {});
    const add = await propose(world, 'editor', { kind: 'add', implementation: fx.impl.aDraft, unit: fx.units.a });
    expect(await adjustment(add)).toMatchObject({ procedureCode: 'two-reports-two-reviews', procedureVersion: 1, procedure: (await procedureDoc('two-reports-two-reviews')).id });

    const change = await propose(world, 'editor', { kind: 'change', implementation: fx.impl.aPublished, unit: fx.units.a });
    expect((await adjustment(change)).procedureCode).toBe('dynamic-adjustment');

    const guide = await publishedGuide(fx.units.b, 1);
    await changePhone(guide, '0577-88881234');
    const contact = await propose(world, 'editor-b', { kind: 'guide', implementation: guide, unit: fx.units.b });
    expect((await adjustment(contact)).procedureCode).toBe('contact-update');

    // The editor may not pick a procedure: whatever is sent is ignored.
    const smuggled = await rest('POST', '/adjustments', {
      token: world.tokens.editor,
      body: { kind: 'change', implementation: fx.impl.aPublished, unit: fx.units.a, reason: '试图选择简易程序', procedureCode: 'contact-update', procedureSnapshot: { stages: [] } },
    });
    expect(smuggled.status).toBe(201);
    expect((await adjustment(smuggled.body.doc.id)).procedureCode).toBe('dynamic-adjustment');

    const threeUps = await procedureDoc('three-ups-three-downs');
    const campaign = await rest('POST', '/campaigns', { token: world.tokens.admin, body: { name: '事项梳理', procedure: threeUps.id, deadline: '2026-06-30T00:00:00.000Z' } });
    expect(campaign.status).toBe(201);
    const filed = await rest('POST', '/adjustments', {
      token: world.tokens.editor,
      body: { kind: 'change', implementation: fx.impl.aPublished, unit: fx.units.a, reason: '梳理中规范事项名称', campaign: campaign.body.doc.id },
    });
    expect(filed.status).toBe(201);
    expect((await adjustment(filed.body.doc.id)).procedureCode).toBe('three-ups-three-downs');
  });

  it('keeps a running case on its recorded version when the administrator edits the procedure', async () => {
    const { fx } = world;
    const guide = await publishedGuide(fx.units.a, 2);
    await world.cms.payload.update({ collection: 'implementations', id: guide, draft: true, data: { promisedDays: 3, _status: 'draft' } as never });
    const running = await propose(world, 'editor', { kind: 'guide', implementation: guide, unit: fx.units.a });
    await step(world, 'editor', running, { action: 'submit' });
    await step(world, 'unit-head', running, approve('unit-head'));
    expect((await adjustment(running)).stage).toBe('review');

    // The administrator drops 编办审核 from 动态调整.
    const doc = await procedureDoc('dynamic-adjustment');
    const edited = await rest('PATCH', `/workflow-procedures/${doc.id}`, {
      token: world.tokens.admin,
      body: { definition: { ...doc.definition, stages: doc.definition.stages.filter((s: any) => s.id !== 'review') } },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.doc.version).toBe(2);

    // The running case still has its 编办审核 and goes on to 审定.
    const next = await step(world, 'reviewer', running, approve('review'));
    expect(next.stage).toBe('approval');
    expect(next.procedureVersion).toBe(1);

    const guide2 = await publishedGuide(fx.units.a, 3);
    await world.cms.payload.update({ collection: 'implementations', id: guide2, draft: true, data: { promisedDays: 2, _status: 'draft' } as never });
    const later = await propose(world, 'editor', { kind: 'guide', implementation: guide2, unit: fx.units.a });
    await step(world, 'editor', later, { action: 'submit' });
    const skipped = await step(world, 'unit-head', later, approve('unit-head'));
    expect(skipped).toMatchObject({ stage: 'approval', procedureVersion: 2 });
  });
});

describe('两报两审 with 二报', () => {
  it('一审 with a 处置意见 → 二报 by the unit → 二审 consults for 5 working days on the holiday calendar → a 二审 return resumes at 二审 → 审定 sets the 复核日期', async () => {
    const { fx } = world;
    // 2026-03-02 is a Monday; 3月5日 is declared a holiday, so the five working days end on 3月10日.
    const calendar = await rest('POST', '/globals/holiday-calendar', { token: world.tokens.admin, body: { holidays: [{ date: '2026-03-05T04:00:00.000Z', name: '测试假日' }] } });
    expect(calendar.status, JSON.stringify(calendar.body)).toBe(200);
    world.clock.now = new Date('2026-03-02T02:00:00.000Z');

    const implementation = await publishedGuide(fx.units.a, 4);
    await world.cms.payload.update({ collection: 'implementations', id: implementation, draft: true, data: { conditions: '本市户籍居民', _status: 'draft' } as never });
    const id = await propose(world, 'editor', { kind: 'add', implementation, unit: fx.units.a });
    await step(world, 'editor', id, { action: 'submit' });
    await step(world, 'unit-head', id, approve('unit-head'));
    const entered = await adjustment(id);
    expect(entered.stage).toBe('first-review');
    expect(new Date(entered.stageDueAt).getTime()).toBeGreaterThan(new Date(entered.stageEnteredAt).getTime());

    const noDisposition = await act(world, 'reviewer', id, { action: 'decide', decision: 'approve', stageId: 'first-review' });
    expect(noDisposition.status).toBe(400);
    expect(noDisposition.body.code).toBe('disposition-required');
    const badDisposition = await act(world, 'reviewer', id, { action: 'decide', decision: 'approve', stageId: 'first-review', disposition: 'keep-forever' } as never);
    expect(badDisposition.status).toBe(400);
    expect(badDisposition.body.errors[0].message).toContain('处置意见');
    const atReport = await step(world, 'reviewer', id, { action: 'decide', decision: 'approve', stageId: 'first-review', disposition: 'simplify-materials', opinion: '请精简材料后二报' } as never);
    expect(atReport).toMatchObject({ state: 'in-review', stage: 'second-report' });

    // 二报 is the unit's: reviewers and other units cannot do it for them.
    expect((await act(world, 'reviewer', id, { action: 'submit' })).status).toBe(403);
    expect((await act(world, 'editor-b', id, { action: 'submit' })).status).toBe(403);
    const view = await rest('GET', `/adjustments/${id}/workflow`, { token: world.tokens.editor });
    expect(view.body.actions.map((a: { kind: string }) => a.kind)).toContain('submit');

    const consulting = await step(world, 'editor', id, { action: 'submit' });
    expect(consulting.stage).toBe('second-review');
    expect(consulting.consultationOpensAt).toBe('2026-03-02T02:00:00.000Z');
    expect(consulting.consultationClosesAt).toBe('2026-03-10T16:00:00.000Z');
    const jobs = await world.cms.payload.find({ collection: 'payload-jobs' as never, where: { taskSlug: { equals: 'publishSite' } }, limit: 0, pagination: false, overrideAccess: true });
    expect(jobs.docs.map((job: any) => job.input)).toContainEqual({ trigger: 'consultation', adjustments: [String(id)] });

    const early = await act(world, 'reviewer', id, approve('second-review'));
    expect(early.status).toBe(409);
    expect(early.body.errors[0].message).toContain('2026年3月11日 00:00');
    expect(early.body.errors[0].message).not.toMatch(/\d{4}-\d{2}-\d{2}T/);

    const comment = await world.anonymousPost('/feedback', { kind: 'comment', adjustment: id, comment: '建议同时开通网上办理' }, '203.0.113.9');
    expect(comment.status, JSON.stringify(comment.body)).toBe(201);
    const reviewerView = await rest('GET', `/adjustments/${id}/workflow`, { token: world.tokens.reviewer });
    expect(reviewerView.body.comments.map((c: { comment: string }) => c.comment)).toEqual(['建议同时开通网上办理']);

    world.clock.now = new Date('2026-03-10T16:00:00.000Z');
    const returned = await step(world, 'reviewer', id, { action: 'decide', decision: 'return', stageId: 'second-review', opinion: '采纳公众意见，补充网上办理渠道' });
    expect(returned).toMatchObject({ state: 'returned', stage: 'second-review' });
    await step(world, 'editor', id, { action: 'submit' });
    const resumed = await step(world, 'unit-head', id, approve('unit-head'));
    // Back at 二审, not at 一审, and the consultation that ran its full period is not repeated.
    expect(resumed.stage).toBe('second-review');
    await step(world, 'reviewer', id, approve('second-review'));
    const approved = await step(world, 'approver', id, approve('approval'));
    expect(approved.state).toBe('approved');

    const history = await records(world, id);
    expect(history.map((r) => `${r.stage}:${r.decision}:${r.round}`)).toEqual([
      'draft:submit:1',
      'unit-head:confirm:1',
      'first-review:approve:1',
      'second-report:submit:1',
      'second-review:return:1',
      'draft:submit:2',
      'unit-head:confirm:2',
      'second-review:approve:2',
      'approval:approve:2',
    ]);
    expect(history[2]).toMatchObject({ disposition: 'simplify-materials', opinion: '请精简材料后二报' });
    const published = (await world.cms.payload.findByID({ collection: 'implementations', id: implementation, depth: 0 })) as Record<string, any>;
    expect(published.reviewDate).toBe(reviewDateAfter(world.clock.now, 12));
  });
});

describe('batch 审定', () => {
  /** A 动态调整 case of unit A walked to `until` (编办审核 on the way, if this version still has it). */
  async function caseAt(serial: number, until: 'unit-head' | 'approval'): Promise<Id> {
    const guide = await publishedGuide(world.fx.units.a, serial);
    await world.cms.payload.update({ collection: 'implementations', id: guide, draft: true, data: { promisedDays: 4, _status: 'draft' } as never });
    const id = await propose(world, 'editor', { kind: 'guide', implementation: guide, unit: world.fx.units.a });
    await step(world, 'editor', id, { action: 'submit' });
    if (until === 'unit-head') return id;
    await step(world, 'unit-head', id, approve('unit-head'));
    if ((await adjustment(id)).stage === 'review') await step(world, 'reviewer', id, approve('review'));
    return id;
  }

  it('approves a 送审稿 all or nothing, one review record per case with the batch number', async () => {
    const first = await caseAt(10, 'approval');
    const second = await caseAt(11, 'approval');
    const notYet = await caseAt(12, 'unit-head');
    expect((await adjustment(notYet)).stage).toBe('unit-head');
    const before = (await world.cms.payload.count({ collection: 'review-records' })).totalDocs;

    const mixed = await rest('POST', '/adjustments/decide-batch', { token: world.tokens.approver, body: { ids: [first, second, notYet], decision: 'approve', batch: '县政府第12次常务会议' } });
    // The one case still at 单位负责人确认 is not the approver's to decide.
    expect(mixed.status).toBe(403);
    expect(mixed.body.code).toBe('wrong-role');
    expect(mixed.body.failures.map((f: { id: string }) => f.id)).toEqual([String(notYet)]);
    expect(mixed.body.errors[0].message).toContain('整批未办理');
    expect((await world.cms.payload.count({ collection: 'review-records' })).totalDocs).toBe(before);
    expect((await adjustment(first)).state).toBe('in-review');

    const noNumber = await rest('POST', '/adjustments/decide-batch', { token: world.tokens.approver, body: { ids: [first, second], decision: 'approve' } });
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.errors[0].message).toContain('批次号');
    const byReviewer = await rest('POST', '/adjustments/decide-batch', { token: world.tokens.reviewer, body: { ids: [first, second], decision: 'approve', batch: '第12次' } });
    expect(byReviewer.status).toBe(403);
    expect(byReviewer.body.failures).toHaveLength(2);

    const done = await rest('POST', '/adjustments/decide-batch', { token: world.tokens.approver, body: { ids: [first, second], decision: 'approve', batch: '县政府第12次常务会议', opinion: '会议审定同意' } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    for (const id of [first, second]) {
      expect(await adjustment(id)).toMatchObject({ state: 'approved', batch: '县政府第12次常务会议' });
      expect((await adjustment(id)).publishedAt).toBeTruthy();
      const last = (await records(world, id)).at(-1)!;
      expect(last).toMatchObject({ stage: 'approval', decision: 'approve', batch: '县政府第12次常务会议', opinion: '会议审定同意', actor: world.users.approver });
    }
    expect((await world.cms.payload.count({ collection: 'review-records' })).totalDocs).toBe(before + 2);
  });
});

describe('routing by the item and the region', () => {
  it('sends a government guide that needs an intermediary service to 审管办, and a basis citing a normative document to 法制办', async () => {
    const { fx } = world;
    const guide = await publishedGuide(fx.units.a, 20, {
      intermediaryServices: [{ name: '房屋安全鉴定', provider: '具备资质的鉴定机构' }],
      materials: [{ name: '危房改造申请表', necessity: 'required', copies: 1, basis: '《瓯江市农村危房改造实施办法》（瓯政办发〔2019〕3号）' }],
    });
    await world.cms.payload.update({ collection: 'implementations', id: guide, draft: true, data: { promisedDays: 4, _status: 'draft' } as never });
    const id = await propose(world, 'editor', { kind: 'add', implementation: guide, unit: fx.units.a });
    const view = await rest('GET', `/adjustments/${id}/workflow`, { token: world.tokens.editor });
    const stages = view.body.stages.map((s: { id: string }) => s.id);
    expect(stages).toContain('legal');
    expect(stages).toContain('intermediary');

    const plain = await publishedGuide(fx.units.a, 21);
    await world.cms.payload.update({ collection: 'implementations', id: plain, draft: true, data: { promisedDays: 4, _status: 'draft' } as never });
    const other = await propose(world, 'editor', { kind: 'add', implementation: plain, unit: fx.units.a });
    const plainStages = (await rest('GET', `/adjustments/${other}/workflow`, { token: world.tokens.editor })).body.stages.map((s: { id: string }) => s.id);
    expect(plainStages).not.toContain('legal');
    expect(plainStages).not.toContain('intermediary');
  });

  it('limits a reviewer with a 审核辖区 to the cases of units in it', async () => {
    const { cms } = world;
    const otherCity = await cms.payload.create({ collection: 'regions', data: { name: '邻市', code: '339200', level: 'city' } as never });
    const unitC = (await cms.payload.create({ collection: 'units', data: { name: '邻市民政局', kind: 'government', creditCode: creditCode('11', 30), region: otherCity.id, level: '3' } as never })) as { id: Id };
    creditOfUnit.set(String(unitC.id), creditCode('11', 30));
    await cms.payload.create({ collection: 'users', data: { name: 'editor-c', email: 'editor-c@test.local', password, roles: ['editor'], unit: unitC.id } as never });
    const editorC = await cms.login('editor-c@test.local', password);

    const badScope = await rest('POST', '/users', { token: world.tokens.admin, body: { name: 'x', email: 'x@test.local', password, roles: ['reviewer'], regionCodes: ['12'] } });
    expect(badScope.status).toBe(400);
    expect(JSON.stringify(badScope.body)).toContain('审核辖区');
    const scoped = await rest('POST', '/users', { token: world.tokens.admin, body: { name: '瓯江市审核员', email: 'scoped@test.local', password, roles: ['reviewer'], regionCodes: ['339100'] } });
    expect(scoped.status, JSON.stringify(scoped.body)).toBe(201);
    const scopedToken = await cms.login('scoped@test.local', password);

    const guide = await publishedGuide(unitC.id, 30, { region: otherCity.id });
    await changePhone(guide, '0577-88889999');
    const created = await rest('POST', '/adjustments', { token: editorC, body: { kind: 'guide', implementation: guide, unit: unitC.id, reason: '更新咨询电话' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.doc.id as Id;
    expect((await adjustment(id)).procedureCode).toBe('contact-update');
    const submitted = await rest('POST', `/adjustments/${id}/submit`, { token: editorC });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const stage = submitted.body.adjustment.stage as string;

    expect((await rest('GET', `/adjustments/${id}`, { token: scopedToken })).status).toBe(404);
    const listed = await rest('GET', '/adjustments?limit=100&depth=0', { token: scopedToken });
    expect(listed.body.docs.map((d: { id: Id }) => d.id)).not.toContain(id);
    expect(listed.body.docs.length).toBeGreaterThan(0); // the 瓯江市 cases stay visible
    const refused = await rest('POST', `/adjustments/${id}/decide`, { token: scopedToken, body: { decision: 'approve', stageId: stage } });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('wrong-region');
    expect(refused.body.errors[0].message).toContain('辖区');

    // A case filed before 审核辖区 existed gets its region path once, at start-up.
    await world.cms.payload.update({ collection: 'adjustments', id, data: { regionPath: [] } as never, context: { workflow: true } });
    expect((await adjustment(id)).regionPath ?? []).toEqual([]);
    expect(await backfillRegionPaths(world.cms.payload)).toBeGreaterThanOrEqual(1);
    expect((await adjustment(id)).regionPath).toEqual(['330000', '339200']);
    expect(await backfillRegionPaths(world.cms.payload)).toBe(0);

    const allowed = await rest('POST', `/adjustments/${id}/decide`, { token: world.tokens.reviewer, body: { decision: 'approve', stageId: stage } });
    expect(allowed.status, JSON.stringify(allowed.body)).toBe(200);
    expect(allowed.body.adjustment.state).toBe('approved');
  });
});
