import ExcelJS from 'exceljs';
import { creditCodeCheckCharacter } from '@catalog/content-models/codes/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook } from '../../cms/src/spreadsheet/read-workbook.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';

/** Onboarding a county through the HTTP API: regions from the national codes, then units and accounts from one sheet. */
let cms: Cms;
let admin: string;
let reviewer: string;
const password = 'Test-Passw0rd!';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const provinceOffice = creditCode('11330000002482001');
const civilAffairs = creditCode('11330326002482002');
const badCode = `${civilAffairs.slice(0, 17)}${civilAffairs.endsWith('0') ? '1' : '0'}`;

const unitHeader = ['*单位名称', '*单位性质', '统一社会信用代码', '*所属区划代码', '行使层级', '主管部门', '电话', '地址', '办公时间'];
const accountHeader = ['*姓名', '*登录邮箱', '*角色', '所属单位'];
const units = [
  ['浙江省大数据发展管理局', '政府部门', provinceOffice, '330000', '', '', '0571-88000000', '杭州市', '工作日 8:30-17:00'],
  ['平阳县民政局', '政府部门', civilAffairs, '330326', '', '浙江省大数据发展管理局', '0577-63000000', '昆阳镇', ''],
  ['平阳县妇女联合会', '群团组织', '', '330326', '', '', '', '', ''],
  ['苍南县灵溪镇人民政府', '政府部门', '', '330327100000', '', '', '', '', ''],
];
const accounts = [
  ['张三', 'Zhangsan@pingyang.gov.cn', '部门填报员', '平阳县民政局'],
  ['李四', 'lisi@pingyang.gov.cn', '单位负责人、部门填报员', '平阳县妇女联合会'],
];

async function workbook(unitRows: string[][], accountRows: string[][], headers = { units: unitHeader, accounts: accountHeader }): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('单位').addRows([headers.units, ...unitRows]);
  book.addWorksheet('账号').addRows([headers.accounts, ...accountRows]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function upload(token: string | undefined, bytes: Uint8Array, mode: 'dry-run' | 'import') {
  const form = new FormData();
  form.append('file', new Blob([bytes as BlobPart]), '组织机构.xlsx');
  return cms.rest('POST', `/units/organization/import?mode=${mode}`, { token, form });
}

const counts = async () => ({
  regions: (await cms.payload.count({ collection: 'regions' })).totalDocs,
  units: (await cms.payload.count({ collection: 'units' })).totalDocs,
  users: (await cms.payload.count({ collection: 'users' })).totalDocs,
});

beforeAll(async () => {
  cms = await startCms();
  await cms.payload.create({ collection: 'users', data: { name: '管理员', email: 'admin@test.local', password, roles: ['admin'] } as never });
  await cms.payload.create({ collection: 'users', data: { name: '审核员', email: 'reviewer@test.local', password, roles: ['reviewer'] } as never });
  admin = await cms.login('admin@test.local', password);
  reviewer = await cms.login('reviewer@test.local', password);
});

afterAll(async () => {
  await cms?.payload.destroy();
});

describe('only administrators onboard, checked on the server', () => {
  it('refuses others and anonymous visitors on every door, writing nothing', async () => {
    const before = await counts();
    const bytes = await workbook(units, accounts);
    expect((await upload(reviewer, bytes, 'import')).status).toBe(403);
    expect((await upload(undefined, bytes, 'import')).status).toBe(401);
    const load = await cms.rest('POST', '/regions/load', { token: reviewer, body: { code: '330326', mode: 'load' } });
    expect(load.status).toBe(403);
    expect(load.body.errors[0].message).toContain('只有系统管理员');
    expect((await cms.rest('GET', '/units/organization/template', { token: reviewer })).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe('regions from the national division codes', () => {
  it('loads a county with its towns, villages and ancestors, parents linked, in one step; again changes nothing', async () => {
    const dry = await cms.rest('POST', '/regions/load', { token: admin, body: { code: '330326' } });
    expect(dry.body).toMatchObject({ status: 'passed', total: 474 });
    expect((await counts()).regions).toBe(0);

    const started = performance.now();
    const load = await cms.rest('POST', '/regions/load', { token: admin, body: { code: '330326', mode: 'load' } });
    console.log(`平阳县 ${load.body.total} 个区划载入用时 ${Math.round(performance.now() - started)} ms`);
    expect(load.status).toBe(200);
    expect(load.body).toMatchObject({ status: 'loaded', total: 474 });
    expect(load.body.added).toHaveLength(474);
    const levels = (await cms.payload.find({ collection: 'regions', pagination: false, depth: 0 })).docs.map((r) => r.level);
    expect(levels.filter((l) => l === 'town')).toHaveLength(17);
    expect(levels.filter((l) => l === 'village')).toHaveLength(454);

    const village = (await cms.payload.find({ collection: 'regions', where: { code: { equals: '330326100013' } }, depth: 5 })).docs[0] as any;
    const chain: string[] = [];
    for (let at = village; at; at = at.parent) chain.push(`${at.level}:${at.code}:${at.name}`);
    expect(chain).toEqual(['village:330326100013:坡南社区', 'town:330326100000:昆阳镇', 'county:330326:平阳县', 'city:330300:温州市', 'province:330000:浙江省']);

    const again = await cms.rest('POST', '/regions/load', { token: admin, body: { code: '330326', mode: 'load' } });
    expect(again.body).toMatchObject({ status: 'loaded', added: [], linked: [], unchanged: 474 });
    expect((await counts()).regions).toBe(474);
  });

  it('refuses a code the national data does not have, in Chinese', async () => {
    const load = await cms.rest('POST', '/regions/load', { token: admin, body: { code: '339100', mode: 'load' } });
    expect(load.status).toBe(400);
    expect(load.body.message).toContain('国家区划数据');
  });
});

describe('units and accounts from the 组织机构 sheet', () => {
  it('offers the template', async () => {
    const url = new URL('http://localhost/api/units/organization/template');
    const { REST_GET } = await import('@payloadcms/next/routes');
    const { default: config } = await import('../../cms/src/payload.config.ts');
    const response = await REST_GET(config)(new Request(url, { headers: { Authorization: `JWT ${admin}` } }), { params: Promise.resolve({ slug: ['units', 'organization', 'template'] }) });
    expect(response.status).toBe(200);
    const sheets = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(sheets)).toEqual(['单位', '账号', '填写说明']);
    expect(sheets['账号']![0]).toEqual(accountHeader);
  });

  it('refuses a sheet with a password column', async () => {
    const before = await counts();
    const bytes = await workbook(units, accounts.map((row) => [...row, 'Pingyang-2026!']), { units: unitHeader, accounts: [...accountHeader, '密码'] });
    const result = await upload(admin, bytes, 'import');
    expect(result.status).toBe(422);
    expect(result.body.problems).toEqual([expect.objectContaining({ sheet: '账号', row: 1, column: 'E（密码）', message: expect.stringContaining('不能有密码列') })]);
    expect(await counts()).toEqual(before);
  });

  it('writes nothing when one row is wrong, and says where', async () => {
    const before = await counts();
    const bytes = await workbook([...units, ['平阳县财政局', '政府部门', badCode, '330326', '', '', '', '', '']], accounts);
    for (const mode of ['dry-run', 'import'] as const) {
      const result = await upload(admin, bytes, mode);
      expect(result.status).toBe(422);
      expect(result.body.problems).toEqual([expect.objectContaining({ sheet: '单位', row: 6, column: 'C（统一社会信用代码）', value: badCode, message: expect.stringContaining('校验位错误') })]);
    }
    expect(await counts()).toEqual(before);
  });

  it('keeps nothing when the write fails half-way (one transaction)', async () => {
    const before = await counts();
    const original = cms.payload.forgotPassword.bind(cms.payload);
    let calls = 0;
    cms.payload.forgotPassword = (async (options: Parameters<typeof original>[0]) => {
      calls += 1;
      if (calls === 2) throw new Error('模拟故障');
      return original(options);
    }) as typeof original;
    try {
      const result = await upload(admin, await workbook(units, accounts), 'import');
      expect(result.status).toBe(500);
      expect(result.body.errors[0].message).toContain('未写入任何内容');
    } finally {
      cms.payload.forgotPassword = original;
    }
    expect(calls).toBe(2);
    expect(await counts()).toEqual(before);
  });

  let invitation: string;

  it('checks, then imports units (a province one too), missing regions with ancestors, and accounts with one-time invitations', async () => {
    const bytes = await workbook(units, accounts);
    const dry = await upload(admin, bytes, 'dry-run');
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ status: 'passed', units: { added: units.map((u) => u[0]) }, accounts: { added: ['zhangsan@pingyang.gov.cn', 'lisi@pingyang.gov.cn'] }, invitations: [] });
    expect(dry.body.regions.added).toEqual(['330327', '330327100000']);
    expect(dry.body.warnings.map((w: any) => w.row)).toEqual([4, 5]);

    const run = await upload(admin, bytes, 'import');
    expect(run.status).toBe(200);
    expect(run.body.status).toBe('imported');
    expect(run.body.invitations.map((i: any) => i.email)).toEqual(['zhangsan@pingyang.gov.cn', 'lisi@pingyang.gov.cn']);
    expect(run.body.invitations[0].url).toMatch(/\/admin\/reset\/[0-9a-f]{40}$/);
    expect(run.body.invitations[0].expiresAt).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
    invitation = run.body.invitations[0].url.split('/').pop();

    const saved = (await cms.payload.find({ collection: 'units', depth: 2, pagination: false })).docs as any[];
    const byName = new Map(saved.map((u) => [u.name, u]));
    expect(byName.get('浙江省大数据发展管理局')).toMatchObject({ level: '2', creditCode: provinceOffice, region: { code: '330000', level: 'province' } });
    expect(byName.get('平阳县民政局')).toMatchObject({ level: '4', supervisor: { name: '浙江省大数据发展管理局' } });
    expect(byName.get('平阳县妇女联合会')).toMatchObject({ kind: 'mass-organization', creditCode: null });
    expect(byName.get('苍南县灵溪镇人民政府')).toMatchObject({ level: '5', region: { code: '330327100000', parent: { code: '330327' } } });
    expect((await cms.payload.find({ collection: 'regions', where: { code: { equals: '330327' } }, depth: 1 })).docs[0]).toMatchObject({ parent: { code: '330300' } });
    const user = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'lisi@pingyang.gov.cn' } }, depth: 1 })).docs[0] as any;
    expect(user).toMatchObject({ name: '李四', roles: ['unit-head', 'editor'], unit: { name: '平阳县妇女联合会' } });
  });

  it('the invitation sets a password once, under the password policy, and then the account logs in', async () => {
    const weak = await cms.rest('POST', '/users/reset-password', { body: { token: invitation, password: 'password' } });
    expect(weak.status).toBe(400);
    const set = await cms.rest('POST', '/users/reset-password', { body: { token: invitation, password: 'Pingyang-Mz-2026' } });
    expect(set.status).toBe(200);
    expect(await cms.login('zhangsan@pingyang.gov.cn', 'Pingyang-Mz-2026')).toBeTruthy();
    const reused = await cms.rest('POST', '/users/reset-password', { body: { token: invitation, password: 'Another-Pw-2026' } });
    expect(reused.status).not.toBe(200);
  });

  it('re-importing the same sheet changes nothing and invites nobody again', async () => {
    const before = await counts();
    const stamps = (await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })).docs.map((u) => u.updatedAt);
    const run = await upload(admin, await workbook(units, accounts), 'import');
    expect(run.body).toMatchObject({
      status: 'imported',
      regions: { added: [], linked: [] },
      units: { added: [], changed: [], unchanged: units.map((u) => u[0]) },
      accounts: { added: [], changed: [], unchanged: ['zhangsan@pingyang.gov.cn', 'lisi@pingyang.gov.cn'] },
      invitations: [],
    });
    expect(await counts()).toEqual(before);
    expect((await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })).docs.map((u) => u.updatedAt)).toEqual(stamps);
    expect(await cms.login('zhangsan@pingyang.gov.cn', 'Pingyang-Mz-2026')).toBeTruthy();
  });
});
