import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SHIPPED_SYNONYMS, type Synonym } from '@catalog/content-models/search/synonyms.ts';
import { exportSnapshot, exportSnapshotChanges } from '../../cms/src/publish/exportSnapshot.ts';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture } from './support/fixture.ts';

/**
 * 搜索同义词 (global search-synonyms) through REST and GraphQL with real users of each role: only
 * administrators read and change it, every save is checked, start-up writes the shipped list once,
 * and the published snapshot carries it as synonyms.json.
 */
let cms: Cms;
let fx: Fixture;
let work: string;
const tokens: Record<string, string> = {};
const staffRoles = ['editor', 'unit-head', 'reviewer', 'approver'] as const;

const entriesOf = (doc: { entries?: { formal: string; colloquial: string[] }[] | null }): Synonym[] =>
  (doc.entries ?? []).map(({ formal, colloquial }) => ({ formal, colloquial }));
const stored = async () => entriesOf(await cms.payload.findGlobal({ slug: 'search-synonyms', depth: 0, overrideAccess: true }));
const gqlList = (entries: Synonym[]) => `[${entries.map((e) => `{ formal: ${JSON.stringify(e.formal)}, colloquial: ${JSON.stringify(e.colloquial)} }`).join(', ')}]`;
const updateMutation = (entries: Synonym[]) => `mutation { updateSearchSynonym(data: { entries: ${gqlList(entries)} }) { entries { formal colloquial } } }`;

const snapshotDir = async () => join(await mkdtemp(join(work, 'snapshot-')), 'snapshot');

async function exported(): Promise<unknown> {
  const dir = await snapshotDir();
  await exportSnapshot(cms.payload, dir, { siteVersion: 'synonyms-test' });
  return JSON.parse(await readFile(join(dir, 'synonyms.json'), 'utf8'));
}

/** What start-up runs, as a production start does (no demo data, the shipped configuration only). */
async function startUp(): Promise<void> {
  vi.stubEnv('CMS_SEED', '');
  vi.stubEnv('CMS_ENV', 'production');
  vi.resetModules();
  try {
    const { seedOnInit } = await import('../../cms/src/seed/onInit.ts');
    await seedOnInit(cms.payload);
  } finally {
    vi.unstubAllEnvs();
  }
}

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  for (const role of ['admin', ...staffRoles] as const) tokens[role] = await cms.login(fx.users[role].email, password);
  work = await mkdtemp(join(tmpdir(), 'synonyms-'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('before anything was saved', () => {
  it('the exported snapshot carries the shipped dictionary', async () => {
    expect(await exported()).toEqual(SHIPPED_SYNONYMS);
  });
});

describe('start-up', () => {
  it('writes the shipped dictionary once, and a restart keeps an administrator’s edit', async () => {
    await startUp();
    expect(await stored()).toEqual(SHIPPED_SYNONYMS);
    const edited = [{ formal: '机动车驾驶证', colloquial: ['驾照', '车本'] }];
    const saved = await cms.rest('POST', '/globals/search-synonyms', { token: tokens.admin, body: { entries: edited } });
    expect(saved.status).toBe(200);
    await startUp();
    expect(await stored()).toEqual(edited);
  });
});

describe('an administrator', () => {
  it('reads and updates the dictionary through REST, blanks around words trimmed', async () => {
    const entries = [
      { formal: '居民户口簿', colloquial: [' 户口本', '户口簿 '] },
      { formal: '不动产权证书', colloquial: ['房产证', '房本'] },
    ];
    const saved = await cms.rest('POST', '/globals/search-synonyms', { token: tokens.admin, body: { entries } });
    expect(saved.status).toBe(200);
    const read = await cms.rest('GET', '/globals/search-synonyms?depth=0', { token: tokens.admin });
    expect(read.status).toBe(200);
    expect(entriesOf(read.body)).toEqual([
      { formal: '居民户口簿', colloquial: ['户口本', '户口簿'] },
      { formal: '不动产权证书', colloquial: ['房产证', '房本'] },
    ]);
  });

  it('reads and updates it through GraphQL', async () => {
    const entries = [{ formal: '基本养老金', colloquial: ['退休金', '养老金'] }];
    const updated = await cms.gql(updateMutation(entries), tokens.admin);
    expect(updated.body.errors).toBeUndefined();
    expect(updated.body.data.updateSearchSynonym.entries).toEqual(entries);
    const read = await cms.gql('{ SearchSynonym { entries { formal colloquial } } }', tokens.admin);
    expect(read.body.data.SearchSynonym.entries).toEqual(entries);
    expect(await stored()).toEqual(entries);
  });

  it('is refused an invalid dictionary with the Chinese reason, and nothing is written', async () => {
    const before = await stored();
    const duplicate = [
      { formal: '机动车驾驶证', colloquial: ['驾照'] },
      { formal: '居民户口簿', colloquial: ['户口本'] },
      { formal: '机动车行驶证', colloquial: ['行驶证', '驾照'] },
    ];
    const refused = await cms.rest('POST', '/globals/search-synonyms', { token: tokens.admin, body: { entries: duplicate } });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].message).toBe('搜索同义词有 1 处错误，未保存：第 3 条：口语词“驾照”重复出现在第 1 条。');
    const rules = await cms.rest('POST', '/globals/search-synonyms', {
      token: tokens.admin,
      body: { entries: [{ formal: '营业执照', colloquial: ['营业执照', '照'] }, { formal: '', colloquial: ['<b>驾照</b>'] }] },
    });
    expect(rules.status).toBe(400);
    expect(rules.body.errors[0].message).toBe(
      '搜索同义词有 4 处错误，未保存：第 1 条：口语词“营业执照”与正式用语相同，无需列出；第 1 条：口语词“照”只有 1 个字，至少 2 个字（单字会匹配太多事项）；第 2 条：正式用语不能为空；第 2 条：口语词“<b>驾照</b>”含有尖括号 < 或 >，请删去。',
    );
    const byGraphql = await cms.gql(updateMutation(duplicate), tokens.admin);
    expect(byGraphql.body.errors[0].message).toBe('搜索同义词有 1 处错误，未保存：第 3 条：口语词“驾照”重复出现在第 1 条。');
    expect(byGraphql.body.errors[0].extensions.statusCode).toBe(400);
    expect(await stored()).toEqual(before);
  });
});

describe('other staff and anonymous visitors', () => {
  it.each(staffRoles)('%s gets 403 on REST update and GraphQL mutation, and cannot read it', async (role) => {
    const before = await stored();
    const attempt = [{ formal: '机动车驾驶证', colloquial: [`${role}改的`] }];
    const rest = await cms.rest('POST', '/globals/search-synonyms', { token: tokens[role], body: { entries: attempt } });
    expect(rest.status).toBe(403);
    expect(rest.body.errors[0].message).toBe('您无权执行此操作。');
    const graphql = await cms.gql(updateMutation(attempt), tokens[role]);
    expect(graphql.body.errors[0].message).toBe('您无权执行此操作。');
    expect(graphql.body.errors[0].extensions.statusCode).toBe(403);
    expect((await cms.rest('GET', '/globals/search-synonyms', { token: tokens[role] })).status).toBe(403);
    expect((await cms.gql('{ SearchSynonym { entries { formal } } }', tokens[role])).body.errors[0].extensions.statusCode).toBe(403);
    expect(await stored()).toEqual(before);
  });

  it('anonymous visitors neither read nor change it', async () => {
    const before = await stored();
    expect((await cms.rest('GET', '/globals/search-synonyms')).status).toBe(403);
    expect((await cms.rest('POST', '/globals/search-synonyms', { body: { entries: [] } })).status).toBe(403);
    expect(await stored()).toEqual(before);
  });
});

describe('the published snapshot', () => {
  it('carries the saved dictionary as synonyms.json', async () => {
    const entries = [
      { formal: '机动车驾驶证', colloquial: ['驾照', '驾驶证', '车本'] },
      { formal: '最低生活保障', colloquial: ['低保'] },
    ];
    expect((await cms.rest('POST', '/globals/search-synonyms', { token: tokens.admin, body: { entries } })).status).toBe(200);
    expect(await exported()).toEqual(entries);
  });

  it('is rebuilt in full, not incrementally, when the synonyms changed since the previous one', async () => {
    const previous = await snapshotDir();
    await exportSnapshot(cms.payload, previous, { siteVersion: 'synonyms-1' });
    const unchanged = await exportSnapshotChanges(cms.payload, previous, await snapshotDir(), { adjustments: [], siteVersion: 'synonyms-2' });
    expect(unchanged.ok).toBe(true);
    const entries = [{ formal: '居民户口簿', colloquial: ['户口本'] }];
    expect((await cms.rest('POST', '/globals/search-synonyms', { token: tokens.admin, body: { entries } })).status).toBe(200);
    const changed = await exportSnapshotChanges(cms.payload, previous, await snapshotDir(), { adjustments: [], siteVersion: 'synonyms-3' });
    expect(changed).toEqual({ ok: false, reason: '搜索同义词已修改' });
  });

  it('keeps a list an administrator emptied empty, at export and at the next start', async () => {
    expect((await cms.rest('POST', '/globals/search-synonyms', { token: tokens.admin, body: { entries: [] } })).status).toBe(200);
    expect(await exported()).toEqual([]);
    await startUp();
    expect(await stored()).toEqual([]);
  });
});
