import { REST_GET } from '@payloadcms/next/routes';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setWorkflowClock } from '../../cms/src/workflow/index.ts';
import { basicCode, creditCode, password, type Id } from '../cms/support/fixture.ts';
import { approve, completeGuide, propose, records, startWorld, step, type Person, type World } from './support/world.ts';

/**
 * 监督统计 and 月度通报 through REST with real users of each role, on cases whose outcomes the test
 * decides (March 2026, clock from Monday 2 March 10:00 Beijing; 一审 due within 5 working days):
 * W (unit A) approved at the end · X (A) returned 「材料不全。」 · Y (A) rejected at 一审 after its due
 * time · Z (unit B) still at 一审 past its due time · unit C (鹿城区) has guides but no cases.
 */
let world: World;
let get: ReturnType<typeof REST_GET>;
let countyUnit: Id;
let lateRecordDue: unknown;

const rest = (...args: Parameters<World['cms']['rest']>) => world.cms.rest(...args);

/** A GET whose answer is read as bytes (workbooks) or text (the printable page). */
async function download(path: string, token: string): Promise<{ status: number; type: string | null; bytes: ArrayBuffer }> {
  const url = new URL(`http://localhost/api${path}`);
  const response = await get(new Request(url, { headers: { Authorization: `JWT ${token}` } }), { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) });
  return { status: response.status, type: response.headers.get('content-type'), bytes: await response.arrayBuffer() };
}

async function sheets(bytes: ArrayBuffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return new Map(workbook.worksheets.map((sheet) => [sheet.name, sheet.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : []))]));
}

let serial = 0;
/** A published, complete guide of `unit`, with a draft change on top for an adjustment to carry. */
async function guideWithDraft(unit: Id, credit: string): Promise<Id> {
  const doc = await publishedGuide(unit, credit, world.fx.region, {});
  await world.cms.payload.update({ collection: 'implementations', id: doc, draft: true, data: { consultPhone: '0577-88880000', _status: 'draft' } as never });
  return doc;
}

async function publishedGuide(unit: Id, credit: string, region: Id, extra: Record<string, unknown>): Promise<Id> {
  serial += 1;
  const doc = await world.cms.payload.create({
    collection: 'implementations',
    draft: false,
    context: { systemPublish: true },
    data: {
      catalogItem: world.fx.items.a,
      unit,
      region,
      level: '3',
      implementationCode: `${credit}3${basicCode('20', 200 + serial)}`,
      name: `统计测试指南 ${serial}`,
      conditions: '符合条件的申请人',
      ...completeGuide,
      _status: 'published',
      ...extra,
    } as never,
  });
  return doc.id;
}

async function caseFor(editor: Person, head: Person, unit: Id, credit: string): Promise<Id> {
  const implementation = await guideWithDraft(unit, credit);
  const id = await propose(world, editor, { kind: 'guide', implementation, unit });
  await step(world, editor, id, { action: 'submit' });
  await step(world, head, id, approve('unit-head'));
  return id;
}

beforeAll(async () => {
  world = await startWorld();
  get = REST_GET((await import('../../cms/src/payload.config.ts')).default);
  const { fx, cms } = world;
  const county = await cms.payload.create({ collection: 'regions', data: { name: '鹿城区', code: '339102', level: 'county', parent: fx.region } as never });
  const credit = creditCode('11', 7);
  countyUnit = (await cms.payload.create({ collection: 'units', data: { name: '瓯江市鹿城区民政局', kind: 'government', creditCode: credit, region: county.id, level: '4' } as never })).id;
  await publishedGuide(countyUnit, credit, county.id, { reviewDate: '2026-03-01T00:00:00.000Z' });
  await publishedGuide(countyUnit, credit, county.id, { reviewDate: '2027-03-01T00:00:00.000Z' });
  await publishedGuide(countyUnit, credit, county.id, { consultPhone: null }); // 一次性告知 incomplete, no review date
  const scoped = await cms.payload.create({ collection: 'users', data: { name: '鹿城区审核员', email: 'county-reviewer@test.local', password, roles: ['reviewer'], regionCodes: ['339102'] } as never });
  world.tokens['county-reviewer' as Person] = await cms.login('county-reviewer@test.local', password);
  expect(scoped.id).toBeDefined();

  const a = creditCode('11', 1);
  const w = await caseFor('editor', 'unit-head', fx.units.a, a);
  await step(world, 'reviewer', w, approve('first-review'));
  await step(world, 'editor', w, { action: 'submit' }); // 二报: 二审 opens its consultation
  const x = await caseFor('editor', 'unit-head', fx.units.a, a);
  await step(world, 'reviewer', x, { action: 'decide', decision: 'return', stageId: 'first-review', opinion: '材料不全。' });
  const y = await caseFor('editor', 'unit-head', fx.units.a, a);
  await caseFor('editor-b', 'head-b', fx.units.b, creditCode('11', 2));
  world.clock.advanceDays(8); // Tuesday 10 March: 一审 entered on 2 March was due by the end of 9 March
  await step(world, 'reviewer', y, { action: 'decide', decision: 'reject', stageId: 'first-review', opinion: '无设定依据' });
  await step(world, 'reviewer', w, approve('second-review'));
  await step(world, 'approver', w, approve('approval'));
  lateRecordDue = (await records(world, y)).find((r) => r.decision === 'reject')?.dueAt;
});

afterAll(async () => {
  setWorkflowClock();
  await world?.cms.payload.destroy();
});

describe('GET /api/oversight/statistics', () => {
  it('counts the month per unit and stage, overdue and waiting times included', async () => {
    const { status, body } = await rest('GET', '/oversight/statistics?month=2026-03', { token: world.tokens.reviewer });
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.totals).toEqual({ submitted: 4, approved: 1, returned: 1, rejected: 1, overdue: 2 });
    const unit = (id: Id) => body.byUnit.find((row: any) => row.key === String(id));
    expect(unit(world.fx.units.a)).toMatchObject({ submitted: 3, approved: 1, returned: 1, rejected: 1, overdue: 1 });
    expect(unit(world.fx.units.b)).toMatchObject({ submitted: 1, approved: 0, returned: 0, rejected: 0, overdue: 1 });
    expect(unit(countyUnit)).toMatchObject({ submitted: 0, overdue: 0 });
    const stage = (id: string) => body.byStage.find((row: any) => row.key === id);
    // 一审: W and X the day they arrived (0), Y six working days later (3–6 and 9–10 March).
    expect(stage('first-review')).toMatchObject({ handled: 3, approved: 1, returned: 1, rejected: 1, overdue: 2, medianDays: 0, p90Days: 6 });
    expect(stage('unit-head')).toMatchObject({ handled: 4, medianDays: 0 });
    expect(stage('second-review')).toMatchObject({ handled: 1, approved: 1, overdue: 0, medianDays: 6 });
    expect(body.returnReasons).toEqual([{ reason: '材料不全', count: 1 }]);
  });

  it('keeps on the review record the due time the step was taken against', () => {
    expect(lateRecordDue).toBe(new Date('2026-03-10T00:00:00+08:00').toISOString());
  });

  it('counts catalog completeness and review dates within a region, and filters by unit', async () => {
    const county = await rest('GET', '/oversight/statistics?from=2026-03-01&to=2026-04-01&region=339102', { token: world.tokens.admin });
    expect(county.status).toBe(200);
    expect(county.body.totals).toEqual({ submitted: 0, approved: 0, returned: 0, rejected: 0, overdue: 0 });
    expect(county.body.catalog.totals).toEqual({ guides: 3, complete: 2, incomplete: 1, pastReview: 1, withoutReviewDate: 1 });
    expect(county.body.byUnit.map((row: any) => row.name)).toEqual(['瓯江市鹿城区民政局']);
    const b = await rest('GET', `/oversight/statistics?month=2026-03&unit=${world.fx.units.b}`, { token: world.tokens.reviewer });
    expect(b.body.totals).toEqual({ submitted: 1, approved: 0, returned: 0, rejected: 0, overdue: 1 });
  });

  it('shows a reviewer limited to a 审核辖区 only the cases and guides of that area', async () => {
    const { status, body } = await rest('GET', '/oversight/statistics?month=2026-03', { token: world.tokens['county-reviewer' as Person] });
    expect(status).toBe(200);
    expect(body.totals.submitted).toBe(0);
    expect(body.catalog.totals.guides).toBe(3);
  });

  it('refuses editors, unit heads, approvers and anonymous visitors in Chinese', async () => {
    for (const who of ['editor', 'unit-head', 'approver', 'price-reviewer'] as Person[]) {
      const { status, body } = await rest('GET', '/oversight/statistics?month=2026-03', { token: world.tokens[who] });
      expect(status, who).toBe(403);
      expect(body.errors[0].message).toContain('只向审核员');
    }
    expect((await rest('GET', '/oversight/bulletin.html?month=2026-03', { token: world.tokens.editor })).status).toBe(403);
    const anonymous = await rest('GET', '/oversight/statistics.xlsx?month=2026-03');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].message).toBe('请先登录。');
  });

  it('answers bad parameters with 400 naming the value', async () => {
    const cases: [string, string][] = [
      ['', '请指定统计区间'],
      ['?month=2026-13', '“2026-13”'],
      ['?from=2026-03-01', '统计截止日期'],
      ['?from=2026-04-01&to=2026-03-01', '应晚于'],
      ['?month=2026-03&from=2026-03-01&to=2026-04-01', '只用一种方式'],
      ['?month=2026-03&unit=abc', '“abc”'],
      ['?month=2026-03&unit=999999', '“999999”'],
      ['?month=2026-03&region=12', '区划'],
      ['?month=2026-03&region=339199', '“339199”'],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await rest('GET', `/oversight/statistics${query}`, { token: world.tokens.reviewer });
      expect(status, query).toBe(400);
      expect(body.errors[0].message, query).toContain(message);
    }
  });
});

describe('exports', () => {
  it('writes the statistics workbook with Chinese sheets and the known numbers', async () => {
    const { status, type, bytes } = await download('/oversight/statistics.xlsx?month=2026-03', world.tokens.reviewer);
    expect(status).toBe(200);
    expect(type).toContain('spreadsheetml');
    const book = await sheets(bytes);
    expect([...book.keys()]).toEqual(['汇总', '按单位', '按区划', '按环节', '退回原因', '目录完整度']);
    expect(book.get('按单位')![0]).toEqual(['单位', '报送（件）', '通过（件）', '退回（次）', '不予通过（件）', '超期（次）']);
    expect(book.get('按单位')).toContainEqual(['瓯江市人力资源和社会保障局', 3, 1, 1, 1, 1]);
    expect(book.get('汇总')).toContainEqual(['统计区间', '2026年3月1日至2026年3月31日']);
    expect(book.get('汇总')).toContainEqual(['统计时间（北京时间）', '2026年3月10日 10:00']);
    expect(book.get('退回原因')).toEqual([['序号', '退回原因（审核意见）', '次数'], [1, '材料不全', 1]]);
  });

  it('prints the monthly bulletin on A4 with title, per-unit table, ranking and return reasons', async () => {
    const { status, type, bytes } = await download('/oversight/bulletin.html?month=2026-03&region=339100', world.tokens.admin);
    expect(status).toBe(200);
    expect(type).toContain('text/html');
    const html = new TextDecoder().decode(bytes);
    expect(html).toContain('<h1>瓯江市政务服务事项动态管理月度通报（2026年3月）</h1>');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('共报送动态调整 4 件，审核通过 1 件，退回修改 1 次，不予通过 1 件，超过办理期限 2 次');
    expect(html).toMatch(/<th scope="row">瓯江市人力资源和社会保障局<\/th><td>3<\/td><td>1<\/td><td>1<\/td><td>1<\/td><td>1<\/td>/);
    expect(html).toContain('单位排名');
    expect(html).toMatch(/<th scope="row">\d+<\/th><td>瓯江市鹿城区民政局<\/td><td>66\.7%<\/td>/);
    expect(html).toMatch(/主要退回原因[\s\S]*<td>材料不全<\/td><td>1<\/td>/);
    expect(html).not.toContain('<script');
  });

  it('writes the bulletin workbook with the same numbers', async () => {
    const { status, bytes } = await download('/oversight/bulletin.xlsx?month=2026-03&region=339100', world.tokens.reviewer);
    expect(status).toBe(200);
    const book = await sheets(bytes);
    expect([...book.keys()]).toEqual(['总体情况', '各单位情况', '单位排名', '主要退回原因', '各单位主要退回原因']);
    expect(book.get('各单位情况')![0]).toEqual(['瓯江市政务服务事项动态管理月度通报（2026年3月）']);
    expect(book.get('各单位主要退回原因')).toContainEqual(['瓯江市人力资源和社会保障局', '材料不全', 1]);
  });
});
