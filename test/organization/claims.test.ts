import { creditCodeCheckCharacter } from '@catalog/content-models/codes/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProcedures } from '../../cms/src/seed/procedures.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';

/**
 * Two levels of catalog (参考目录与认领) through the REST API: 浙江省 › 瓯江市 › 江心区 and 平阳县.
 * The province's 民政厅 and the city's 民政局 list items; each county's 民政局 claims them into its
 * own 实施清单, which goes public only through the review of a 新增.
 */
type Id = number | string;
const password = 'Test-Passw0rd!';
const credit = (serial: number) => {
  const first17 = `113303000000000${String(serial).padStart(2, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
};

let cms: Cms;
const regions = {} as Record<'province' | 'city' | 'jiangxin' | 'pingyang', Id>;
const units = {} as Record<'province' | 'city' | 'jiangxin' | 'pingyang', Id>;
const items = {} as Record<'province' | 'city' | 'pingyang' | 'draft' | 'cancelled', Id>;
const tokens = {} as Record<'admin' | 'reviewer' | 'approver' | 'legal' | 'cityEditor' | 'jxEditor' | 'jxHead' | 'pyEditor' | 'pyHead', string>;
let cityImplementation: Id;

const implementationCount = async () => (await cms.payload.count({ collection: 'implementations' })).totalDocs;
const message = (body: any): string => body?.errors?.[0]?.message ?? '';
const claim = (who: keyof typeof tokens | undefined, item: Id | string, body?: unknown) =>
  cms.rest('POST', `/catalog-items/${item}/claim`, { token: who ? tokens[who] : undefined, ...(body === undefined ? {} : { body }) });
const report = (who: keyof typeof tokens | undefined, query = '') => cms.rest('GET', `/catalog-items/claims-report${query}`, { token: who ? tokens[who] : undefined });

beforeAll(async () => {
  cms = await startCms();
  const payload = cms.payload;
  await seedProcedures(payload);
  const dynamic = await payload.find({ collection: 'workflow-procedures', where: { code: { equals: 'dynamic-adjustment' } }, limit: 1, depth: 0 });
  await payload.updateGlobal({ slug: 'workflow-settings', data: { rules: [{ procedure: dynamic.docs[0]!.id }] } as never });

  const region = async (name: string, code: string, level: string, parent?: Id) => (await payload.create({ collection: 'regions', data: { name, code, level, parent } as never })).id;
  regions.province = await region('浙江省', '330000', 'province');
  regions.city = await region('瓯江市', '330300', 'city', regions.province);
  regions.jiangxin = await region('江心区', '330302', 'county', regions.city);
  regions.pingyang = await region('平阳县', '330326', 'county', regions.city);
  const unit = async (name: string, serial: number, region: Id, level: string) =>
    (await payload.create({ collection: 'units', data: { name, kind: 'government', creditCode: credit(serial), region, level } as never })).id;
  units.province = await unit('浙江省民政厅', 1, regions.province, '2');
  units.city = await unit('瓯江市民政局', 2, regions.city, '3');
  units.jiangxin = await unit('江心区民政局', 3, regions.jiangxin, '4');
  units.pingyang = await unit('平阳县民政局', 4, regions.pingyang, '4');

  const item = async (name: string, serial: number, owner: Id, extra: Record<string, unknown> = {}) =>
    (
      await payload.create({
        collection: 'catalog-items',
        draft: extra._status === 'draft',
        data: {
          name,
          basicCode: `000508${String(serial).padStart(3, '0')}000`,
          itemType: '05',
          category: 'civil-aid',
          unit: owner,
          levels: ['3', '4'],
          legalBasis: [{ instrument: '《社会救助暂行办法》', article: '第十四条' }],
          _status: 'published',
          ...extra,
        } as never,
      })
    ).id;
  items.province = await item('最低生活保障审批', 1, units.province);
  items.city = await item('特困人员认定', 2, units.city);
  items.pingyang = await item('平阳县高龄津贴发放', 3, units.pingyang);
  items.draft = await item('尚未发布的救助事项', 4, units.city, { _status: 'draft' });
  items.cancelled = await item('已取消的救助事项', 5, units.city, { status: 'cancelled' });
  cityImplementation = (
    await payload.create({
      collection: 'implementations',
      draft: false,
      data: { catalogItem: items.city, unit: units.city, region: regions.city, level: '3', implementationCode: `${credit(2)}3000508002000`, _status: 'published' } as never,
    })
  ).id;

  const user = async (key: keyof typeof tokens, roles: string[], unitId?: Id) => {
    const email = `${key}@test.local`;
    await payload.create({ collection: 'users', data: { name: key, email, password, roles, unit: unitId } as never });
    tokens[key] = await cms.login(email, password);
  };
  await user('admin', ['admin']);
  await user('reviewer', ['reviewer']);
  await user('approver', ['approver']);
  await user('legal', ['legal-reviewer']);
  await user('cityEditor', ['editor'], units.city);
  await user('jxEditor', ['editor'], units.jiangxin);
  await user('jxHead', ['unit-head'], units.jiangxin);
  await user('pyEditor', ['editor'], units.pingyang);
  await user('pyHead', ['unit-head'], units.pingyang);
});

afterAll(async () => {
  await cms?.payload.destroy();
});

describe('the owning region of a catalog item (目录所属区划)', () => {
  it('defaults to the owning unit\'s region, and an editor cannot set another', async () => {
    const seeded = await cms.payload.findByID({ collection: 'catalog-items', id: items.city, depth: 0 });
    expect((seeded as { region?: unknown }).region).toBe(regions.city);
    const created = await cms.rest('POST', '/catalog-items?draft=true&depth=0', {
      token: tokens.cityEditor,
      body: { name: '城市新事项', basicCode: '000508009000', itemType: '05', category: 'civil-aid', unit: units.city, region: regions.province, legalBasis: [{ instrument: '《社会救助暂行办法》' }], _status: 'draft' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.doc.region).toBe(regions.city);
    // Editing goes on as before: the owning unit's editor saves a draft.
    const edited = await cms.rest('PATCH', `/catalog-items/${created.body.doc.id}?draft=true&depth=0`, { token: tokens.cityEditor, body: { name: '城市新事项（修订）', _status: 'draft' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.doc.region).toBe(regions.city);
  });

  it('refuses, in Chinese, a region that does not contain the owning unit', async () => {
    const refused = await cms.rest('PATCH', `/catalog-items/${items.city}?draft=true`, { token: tokens.admin, body: { region: regions.jiangxin, _status: 'draft' } });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('不包含责任单位所在的');
  });
});

describe('认领: POST /api/catalog-items/:id/claim', () => {
  it('refuses every caller and item it must, in Chinese, writing nothing', async () => {
    const before = await implementationCount();
    const cases: [keyof typeof tokens | undefined, Id | string, unknown, number, RegExp][] = [
      [undefined, items.city, undefined, 401, /请先登录/],
      ['reviewer', items.city, undefined, 403, /部门填报员/],
      ['jxHead', items.city, undefined, 403, /部门填报员/],
      ['jxEditor', items.city, { unit: units.pingyang }, 403, /只能为本单位/],
      ['admin', items.city, undefined, 400, /指明为哪个单位/],
      ['jxEditor', 999_999, undefined, 404, /未找到/],
      ['jxEditor', 'abc', undefined, 404, /未找到/],
      ['jxEditor', items.draft, undefined, 409, /尚未发布/],
      ['jxEditor', items.cancelled, undefined, 409, /已取消/],
      // Another county's catalog is not the 江心区's reference catalog.
      ['jxEditor', items.pingyang, undefined, 403, /不在事项.*目录所属区划“平阳县”之内/],
    ];
    for (const [who, item, body, status, text] of cases) {
      const answer = await claim(who, item, body);
      expect(answer.status, `${who} ${item}: ${JSON.stringify(answer.body)}`).toBe(status);
      expect(message(answer.body)).toMatch(text);
    }
    expect(await implementationCount()).toBe(before);
  });

  it('creates a draft implementation of the city\'s and the province\'s items for the editor\'s own unit, once', async () => {
    const city = await claim('jxEditor', items.city);
    expect(city.status, JSON.stringify(city.body)).toBe(201);
    expect(city.body.doc).toMatchObject({
      catalogItem: items.city,
      unit: units.jiangxin,
      region: regions.jiangxin,
      level: '4',
      name: '特困人员认定',
      implementationCode: `${credit(3)}4000508002000`,
      _status: 'draft',
    });
    // Unknown guide elements stay empty: nothing is copied from the city's own guide.
    expect(city.body.doc.materials ?? []).toEqual([]);
    expect(city.body.doc.conditions ?? null).toBeNull();
    expect(city.body.message).toMatch(/新增/);
    // Not public before review.
    expect((await cms.rest('GET', `/implementations/${city.body.doc.id}`)).status).toBe(404);

    expect((await claim('jxEditor', items.province)).status).toBe(201);
    const before = await implementationCount();
    const again = await claim('jxEditor', items.city);
    expect(again.status).toBe(409);
    expect(message(again.body)).toMatch(/已认领.*不能重复认领/);
    expect(await implementationCount()).toBe(before);
  });

  it('lets an administrator claim for a named unit', async () => {
    const claimed = await claim('admin', items.city, { unit: units.pingyang });
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(201);
    expect(claimed.body.doc).toMatchObject({ unit: units.pingyang, implementationCode: `${credit(4)}4000508002000` });
  });
});

describe('认领情况: GET /api/catalog-items/claims-report', () => {
  it('is for reviewers and administrators, and each unit\'s own lines', async () => {
    expect((await report(undefined, '?region=330300')).status).toBe(401);
    const legal = await report('legal', '?region=330300');
    expect(legal.status).toBe(403);
    expect(message(legal.body)).toMatch(/审核员/);
    expect(message((await report('reviewer')).body)).toMatch(/请指明/);
    expect((await report('reviewer', '?region=33030')).status).toBe(400);
    expect((await report('reviewer', '?region=330327')).status).toBe(404);
    expect((await report('reviewer', '?region=330300&format=pdf')).status).toBe(400);

    const own = await report('jxEditor');
    expect(own.status).toBe(200);
    expect(own.body.region.code).toBe('330302');
    expect(own.body.counties.flatMap((c: any) => c.units.map((u: any) => u.unitId))).toEqual([String(units.jiangxin)]);
  });

  it('counts claimed, missing and differing lines per county and unit', async () => {
    const all = await cms.payload.find({ collection: 'implementations', where: { unit: { equals: units.jiangxin } }, depth: 0 });
    const provinceClaim = all.docs.find((d) => d.catalogItem === items.province)!;
    await cms.rest('PATCH', `/implementations/${provinceClaim.id}?draft=true`, { token: tokens.jxEditor, body: { name: '低保审批', _status: 'draft' } });

    const { status, body } = await report('reviewer', '?region=330300');
    expect(status).toBe(200);
    const [jiangxin, pingyang] = body.counties;
    expect(jiangxin).toMatchObject({ code: '330302', name: '江心区' });
    const jx = jiangxin.units[0];
    expect(jx.counts).toEqual({ claimed: 2, missing: 0, deviating: 1 });
    expect(jx.deviating[0].deviations[0].message).toContain('低保审批');
    const py = pingyang.units[0];
    // 平阳县 claimed the city's item; the province's item and its own county item are missing.
    expect(py.counts).toEqual({ claimed: 1, missing: 2, deviating: 0 });
    expect(py.missing.map((m: any) => m.name)).toEqual(['最低生活保障审批', '平阳县高龄津贴发放']);
  });

  it('downloads the report with Chinese headers as CSV and XLSX', async () => {
    const headers = { Authorization: `JWT ${tokens.reviewer}` };
    const csv = await cms.send('GET', '/catalog-items/claims-report?region=330300&format=csv', { headers });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('"区县","区县代码","单位","情况","事项名称"');
    expect(csv.text).toContain('"与目录不一致"');
    expect(csv.text).toContain('"未认领"');
    const xlsx = await cms.send('GET', '/catalog-items/claims-report?region=330300&format=xlsx', { headers });
    expect(xlsx.status).toBe(200);
    expect(xlsx.text.startsWith('PK')).toBe(true);
  });
});

describe('a county cancelling its claimed implementation', () => {
  const decide = (who: keyof typeof tokens, id: Id, stageId?: string) =>
    cms.rest('POST', `/adjustments/${id}/${stageId ? 'decide' : 'submit'}`, { token: tokens[who], body: stageId ? { decision: 'approve', stageId } : {} });

  async function throughReview(kind: 'add' | 'cancel', implementation: Id): Promise<Record<string, any>> {
    const created = await cms.rest('POST', '/adjustments', {
      token: tokens.jxEditor,
      body: { kind, implementation, unit: units.jiangxin, reason: kind === 'add' ? '认领市级目录事项' : '本区不再承担该事项', basis: '《瓯江市公共服务事项目录》', effectiveDate: '2020-01-01T00:00:00.000Z' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.doc.id as Id;
    for (const [who, stage] of [['jxEditor'], ['jxHead', 'unit-head'], ['reviewer', 'review'], ['approver', 'approval']] as [keyof typeof tokens, string?][]) {
      const answer = await decide(who, id, stage);
      expect(answer.status, `${who} ${stage}: ${JSON.stringify(answer.body)}`).toBe(200);
    }
    return (await cms.payload.findByID({ collection: 'adjustments', id, depth: 0 })) as Record<string, any>;
  }

  it('leaves the city item and the other counties\' implementations untouched', async () => {
    const claimed = (await cms.payload.find({ collection: 'implementations', where: { and: [{ unit: { equals: units.jiangxin } }, { catalogItem: { equals: items.city } }] }, depth: 0 })).docs[0]!;
    await cms.rest('PATCH', `/implementations/${claimed.id}?draft=true`, {
      token: tokens.jxEditor,
      body: {
        materials: [{ name: '居民身份证', necessity: 'required', copies: 1, basis: '《居民身份证法》第十四条' }],
        process: [{ name: '受理' }, { name: '审核' }, { name: '办结' }],
        promisedDays: 5,
        consultPhone: '0577-88886666',
        feeStatus: 'free',
        locations: [{ name: '江心区行政服务中心', address: '江心区人民路 1 号', hours: '工作日 9:00-17:00' }],
        _status: 'draft',
      },
    });
    expect((await throughReview('add', claimed.id)).publishedAt).toBeTruthy();
    expect((await cms.rest('GET', `/implementations/${claimed.id}`)).status).toBe(200);

    const pingyangClaim = (await cms.payload.find({ collection: 'implementations', where: { and: [{ unit: { equals: units.pingyang } }, { catalogItem: { equals: items.city } }] }, depth: 0 })).docs[0]!;
    // 平阳县's claim is public too (written as the system, as fixtures are), so the city item has two other live implementations.
    await cms.payload.update({ collection: 'implementations', id: pingyangClaim.id, draft: false, data: { _status: 'published' } as never });
    const untouched = async () => ({
      item: await cms.payload.findByID({ collection: 'catalog-items', id: items.city, depth: 0 }),
      city: await cms.payload.findByID({ collection: 'implementations', id: cityImplementation, depth: 0 }),
      pingyang: await cms.payload.findByID({ collection: 'implementations', id: pingyangClaim.id, depth: 0, draft: true }),
    });
    const before = await untouched();

    expect((await throughReview('cancel', claimed.id)).publishedAt).toBeTruthy();
    const after = await untouched();
    expect(after).toEqual(before);
    expect(after.item).toMatchObject({ status: 'active', _status: 'published' });

    const { body } = await report('reviewer', '?region=330300');
    const line = body.counties[0].units[0].claimed.find((c: any) => c.itemId === String(items.city));
    expect(line).toMatchObject({ cancelled: true, published: true });
    expect(body.counties[1].units[0].claimed[0]).toMatchObject({ itemId: String(items.city), published: true, cancelled: false });
  });
});
