import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSnapshotIndex, readSnapshotLaws } from '@catalog/content-models';
import { createLocalReq } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { buildProposal } from '../../cms/src/workflow/proposal.ts';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture, type Id } from './support/fixture.ts';

/**
 * 法律法规与规范性文件库 through REST with real users: administrators keep it, fill it from the
 * catalog's citations, see who cites a law and start one draft adjustment per citing guide for its
 * unit; editors are refused in Chinese. The fixture's four catalog items all cite
 * 《中华人民共和国社会保险法》第八条; their five guides are the ones affected; unit B's fee cites
 * 财综〔2020〕1号 by number alone.
 */
let cms: Cms;
let fx: Fixture;
let admin: string;
let editor: string;
let law: Id;
let work: string;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  admin = await cms.login(fx.users.admin.email, password);
  editor = await cms.login(fx.users.editor.email, password);
  work = await mkdtemp(join(tmpdir(), 'laws-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const message = (body: unknown) => JSON.stringify(body);

describe('the register', () => {
  it('is written by administrators only, keyed by the normalised name, one entry per instrument', async () => {
    const refused = await cms.rest('POST', '/laws', { token: editor, body: { name: '社会保险法' } });
    expect(refused.status).toBe(403);
    expect(message(refused.body)).toContain('您无权执行此操作');

    const created = await cms.rest('POST', '/laws', { token: admin, body: { name: '中华人民共和国社会保险法', level: 'law', status: 'in-force' } });
    expect(created.status, message(created.body)).toBe(201);
    expect(created.body.doc).toMatchObject({ key: '社会保险法', name: '中华人民共和国社会保险法' });
    law = created.body.doc.id;

    const twice = await cms.rest('POST', '/laws', { token: admin, body: { name: '《社会保险法》' } });
    expect(twice.status).toBe(400);
    expect(message(twice.body)).toContain('是同一法规');

    const early = await cms.rest('PATCH', `/laws/${law}`, { token: admin, body: { repealDate: '2026-03-01T00:00:00.000Z' } });
    expect(early.status).toBe(400);
    expect(message(early.body)).toContain('废止日期（repealDate）只能在时效性为“已废止”时填写');
    expect((await cms.rest('GET', `/laws/${law}`, { token: editor })).status).toBe(200);
  });

  it('fills from the catalog’s citations without inventing level or status, and again changes nothing', async () => {
    expect((await cms.rest('POST', '/laws/fill', { token: editor })).status).toBe(403);
    const first = await cms.rest('POST', '/laws/fill', { token: admin });
    expect(first.status, message(first.body)).toBe(200);
    expect(first.body).toMatchObject({ created: 1, existing: 1, names: ['财综〔2020〕1号'] });
    const again = await cms.rest('POST', '/laws/fill', { token: admin });
    expect(again.body).toMatchObject({ created: 0, existing: 2 });
    const filled = await cms.payload.find({ collection: 'laws', where: { name: { equals: '财综〔2020〕1号' } }, depth: 0 });
    expect(filled.docs).toHaveLength(1);
    expect(filled.docs[0]).toMatchObject({ documentNumber: '财综〔2020〕1号' });
    expect(filled.docs[0]!.level ?? null).toBeNull();
    expect(filled.docs[0]!.status ?? null).toBeNull();
  });
});

describe('impact and adjustments', () => {
  it('lists every citing item and guide for the administrator, and only its own unit’s for an editor', async () => {
    const all = await cms.rest('GET', `/laws/${law}/impact`, { token: admin });
    expect(all.status).toBe(200);
    expect(all.body.catalogItems.map((l: { id: Id }) => l.id).sort()).toEqual(Object.values(fx.items).sort());
    expect(all.body.implementations.map((l: { id: Id }) => l.id).sort()).toEqual([fx.impl.aPublished, fx.impl.aDraft, fx.impl.bCharged, fx.impl.soe, fx.impl.intermediary].sort());
    expect(all.body.catalogItems[0].citations[0]).toMatchObject({ partLabel: '设定依据', label: '第八条' });

    const own = await cms.rest('GET', `/laws/${law}/impact`, { token: editor });
    expect(own.body.catalogItems.map((l: { id: Id }) => l.id)).toEqual([fx.items.a]);
    expect(own.body.implementations.map((l: { id: Id }) => l.id).sort()).toEqual([fx.impl.aPublished, fx.impl.aDraft].sort());
    expect((await cms.rest('GET', `/laws/${law}/impact`)).status).toBe(401);
  });

  it('starts one draft per citing guide for its unit, skips open cases, tells each unit once, and refuses editors', async () => {
    const open = await cms.rest('POST', '/adjustments', { token: editor, body: { kind: 'guide', implementation: fx.impl.aDraft, unit: fx.units.a, reason: '本单位已在修改' } });
    expect(open.status, message(open.body)).toBe(201);
    const before = (await cms.payload.count({ collection: 'adjustments' })).totalDocs;

    const refused = await cms.rest('POST', `/laws/${law}/start-adjustments`, { token: editor });
    expect(refused.status).toBe(403);
    expect(message(refused.body)).toContain('只有系统管理员可以为引用该依据的全部事项发起调整');
    expect((await cms.payload.count({ collection: 'adjustments' })).totalDocs).toBe(before);

    // Two administrators at once: one files the drafts, the other finds them open and files none.
    const both = await Promise.all([0, 1].map(() => cms.rest('POST', `/laws/${law}/start-adjustments`, { token: admin })));
    const started = both.find((answer) => answer.status === 201) ?? both[0]!;
    expect(started.status, message(started.body)).toBe(201);
    const other = both.find((answer) => answer !== started)!;
    expect(other.status, message(other.body)).toBe(200);
    expect(other.body).toMatchObject({ createdCount: 0, skippedCount: 5 });
    expect(started.body).toMatchObject({ createdCount: 4, skippedCount: 1, notifiedUnits: 2 });
    expect(started.body.skipped).toEqual([{ implementation: fx.impl.aDraft, adjustment: open.body.doc.id, reason: '已有未办结的动态调整' }]);
    const created = await cms.payload.find({ collection: 'adjustments', where: { id: { in: started.body.created.map((c: { adjustment: Id }) => c.adjustment) } }, depth: 0, limit: 0, pagination: false });
    const byImplementation = Object.fromEntries(created.docs.map((d) => [String(d.implementation), d]));
    for (const [implementation, unit] of [[fx.impl.aPublished, fx.units.a], [fx.impl.bCharged, fx.units.b], [fx.impl.soe, fx.units.soe], [fx.impl.intermediary, fx.units.intermediary]] as const) {
      expect(byImplementation[String(implementation)]).toMatchObject({ state: 'draft', kind: 'change', unit, basis: '《中华人民共和国社会保险法》' });
      expect(byImplementation[String(implementation)]!.submittedAt ?? null).toBeNull();
    }
    const notices = await cms.payload.find({ collection: 'notifications', where: { kind: { equals: 'law-change' } }, depth: 0, limit: 0, pagination: false });
    expect(notices.docs.map((n) => n.recipient).sort()).toEqual([fx.users.editor.id, fx.users['editor-b'].id].sort());

    const again = await cms.rest('POST', `/laws/${law}/start-adjustments`, { token: admin });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ createdCount: 0, skippedCount: 5, notifiedUnits: 0 });
  });
});

describe('a repealed law', () => {
  it('gives the citing guides a finding, and reaches the snapshot and its open data', async () => {
    const repealed = await cms.rest('PATCH', `/laws/${law}`, { token: admin, body: { status: 'repealed', repealDate: '2026-02-28T16:00:00.000Z' } });
    expect(repealed.status, message(repealed.body)).toBe(200);
    const req = await createLocalReq({}, cms.payload);
    const proposal = await buildProposal(req, fx.impl.aPublished, 'change');
    expect(proposal?.findings).toContainEqual(expect.objectContaining({ rule: 'repealed-basis', severity: 'error', path: 'legalBasis.0.instrument' }));
    expect(proposal!.findings.find((f) => f.rule === 'repealed-basis')!.message).toContain('《中华人民共和国社会保险法》已废止（2026年3月1日废止）');

    const dir = join(work, 'snapshot');
    await exportSnapshot(cms.payload, dir, { now: new Date('2026-03-02T00:00:00.000Z'), siteVersion: 'laws-test' });
    expect(await readSnapshotLaws(dir)).toEqual([
      { key: '社会保险法', name: '中华人民共和国社会保险法', level: 'law', status: 'repealed', repealDate: '2026-03-01' },
      { key: '财综〔2020〕1号', name: '财综〔2020〕1号', documentNumber: '财综〔2020〕1号' },
    ]);
    const { catalog } = await readSnapshotIndex(dir);
    expect(catalog.length).toBeGreaterThan(0);
    for (const entry of catalog) expect(entry.legalBasis).toEqual([{ instrument: '中华人民共和国社会保险法', article: '第八条', key: '社会保险法' }]);
  });
});
