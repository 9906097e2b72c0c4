import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture, type Id } from './support/fixture.ts';

/**
 * One door to the public: the exported snapshot (what the site and open data are built from) must
 * stay byte-identical whatever anyone does outside an approved adjustment. The matrix is generated
 * from the collection configs: every collection × operation (create, update by id, update by
 * `where`, delete, restore version) × API (REST, GraphQL, Local API with a user) × role (and
 * anonymous) × `draft` flag where the collection has drafts. Requests may succeed (a draft is
 * saved, a feedback entry deleted): only the public snapshot is judged.
 *
 * Units, regions, media and the law register are reference data administrators keep (README, "Review integrity"):
 * their changes by an administrator are public without item review, so only the administrator's
 * writes to them are left out; every other role is tried on them too.
 */
let cms: Cms;
let fx: Fixture;
let work: string;
const now = new Date('2026-11-24T08:00:00.000Z');
const tokens: Record<string, string | undefined> = {};
const users: Record<string, Record<string, unknown>> = {};
let exportCount = 0;
/** `api:slug:operation:role` of every write the API accepted: proof the doors were really tried. */
const accepted = new Set<string>();

type Api = 'rest' | 'graphql' | 'local';
type Operation = 'create' | 'update' | 'updateWhere' | 'delete' | 'restore';

/** Payload's own collections (preferences, locks, migrations, jobs) are not content. */
const internal = (slug: string) => slug.startsWith('payload-');
const referenceData = new Set(['units', 'regions', 'media', 'laws']);

/** A digest of every file the export writes. */
async function snapshotDigest(): Promise<string> {
  const dir = join(work, `snapshot-${(exportCount += 1)}`);
  await exportSnapshot(cms.payload, dir, { now, siteVersion: 'door-test' });
  const hash = createHash('sha256');
  const walk = async (folder: string): Promise<string[]> =>
    (await readdir(folder, { withFileTypes: true })).flatMap((entry) => (entry.isDirectory() ? [] : [join(folder, entry.name)])).concat(
      ...(await Promise.all((await readdir(folder, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => walk(join(folder, e.name))))),
    );
  for (const file of (await walk(dir)).sort()) hash.update(relative(dir, file)).update('\0').update(await readFile(file)).update('\0');
  await rm(dir, { recursive: true, force: true });
  return hash.digest('hex');
}

interface Target {
  slug: string;
  drafts: boolean;
  id: Id;
  versionIds: string[];
  /** A body that would change what the public sees, were it written to the document. */
  body: Record<string, unknown>;
  graphQLName: string;
}

/** The first text field of a collection: what a generic attack changes. */
function firstTextField(fields: { name?: string; type: string; fields?: unknown[]; tabs?: { fields: unknown[] }[] }[]): string | undefined {
  for (const field of fields) {
    if (field.type === 'text' && field.name && !['state', 'stage'].includes(field.name)) return field.name;
    const nested = field.fields ?? field.tabs?.flatMap((tab) => tab.fields);
    if (nested) {
      const found = firstTextField(nested as never);
      if (found) return found;
    }
  }
  return undefined;
}

const attack = '未经审核的修改';

async function targetOf(slug: string): Promise<Target | undefined> {
  const collection = cms.payload.collections[slug as 'units']!.config;
  const drafts = Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts);
  const preferred: Record<string, Id | undefined> = { implementations: fx.impl.aPublished, 'catalog-items': fx.items.a, users: users.victim?.id as Id };
  let id = preferred[slug];
  if (id === undefined) {
    const first = await cms.payload.find({ collection: slug as 'units', limit: 1, depth: 0, overrideAccess: true, sort: 'id' });
    id = first.docs[0]?.id;
  }
  if (id === undefined) return undefined;
  const versionIds = drafts
    ? (await cms.payload.findVersions({ collection: slug as 'implementations', where: { parent: { equals: id } }, limit: 50, depth: 0, overrideAccess: true })).docs.map((v) => String(v.id))
    : [];
  const field = firstTextField(collection.fields as never) ?? 'name';
  const body: Record<string, unknown> = { [field]: attack };
  if (slug === 'catalog-items') Object.assign(body, { status: 'cancelled', aliases: ['未审核别名'], _status: 'draft' });
  if (slug === 'implementations') Object.assign(body, { conditions: attack, _status: 'draft' });
  if (slug === 'adjustments') Object.assign(body, { reason: attack, publishedAt: null, changes: [] });
  const graphQLName = graphQLNameOf(slug);
  return { slug, drafts, id, versionIds, body, graphQLName };
}

async function rest(role: string, target: Target, operation: Operation, draft: boolean): Promise<void> {
  const token = tokens[role];
  const send = async (...args: Parameters<Cms['rest']>) => {
    const result = await cms.rest(...args);
    if (result.status < 300) accepted.add(`rest:${target.slug}:${operation}:${role}`);
    return result;
  };
  const query = draft ? '?draft=true' : '';
  const where = `where[id][equals]=${target.id}`;
  if (operation === 'create') await send('POST', `/${target.slug}${query}`, { token, body: target.body });
  if (operation === 'update') await send('PATCH', `/${target.slug}/${target.id}${query}`, { token, body: target.body });
  if (operation === 'updateWhere') await send('PATCH', `/${target.slug}?${where}${draft ? '&draft=true' : ''}`, { token, body: target.body });
  if (operation === 'delete') {
    await send('DELETE', `/${target.slug}/${target.id}`, { token });
    await send('DELETE', `/${target.slug}?${where}`, { token });
  }
  if (operation === 'restore') for (const version of target.versionIds) await send('POST', `/${target.slug}/versions/${version}${query}`, { token });
}

async function graphql(role: string, target: Target, operation: Operation, draft: boolean): Promise<void> {
  const token = tokens[role];
  const name = target.graphQLName;
  // Enum fields (status, _status) cannot be string literals in GraphQL: the text fields carry the attack.
  const fields = Object.fromEntries(Object.entries(target.body).filter(([key]) => !['status', '_status', 'kind'].includes(key)));
  const data = JSON.stringify(fields).replace(/"([a-zA-Z_]+)":/g, '$1:');
  const draftArg = target.drafts ? `, draft: ${draft}` : '';
  const mutations: Record<Operation, string[]> = {
    create: [`mutation { create${name}(data: ${data}${draftArg}) { id } }`],
    update: [`mutation { update${name}(id: ${JSON.stringify(target.id)}, data: ${data}${draftArg}) { id } }`],
    updateWhere: [], // GraphQL has no bulk update
    delete: [`mutation { delete${name}(id: ${JSON.stringify(target.id)}) { id } }`],
    restore: target.versionIds.map((v) => `mutation { restoreVersion${name}(id: ${JSON.stringify(v)}${draftArg}) { id } }`),
  };
  // Mutations on a field the input type does not have are refused by GraphQL validation: also fine.
  for (const mutation of mutations[operation]) {
    const result = await cms.gql(mutation, token);
    if (result.status === 200 && !result.body.errors) accepted.add(`graphql:${target.slug}:${operation}:${role}`);
  }
}

async function local(role: string, target: Target, operation: Operation, draft: boolean): Promise<void> {
  const user = users[role];
  if (!user) return; // the Local API without a user is server code, trusted by definition
  const payload = cms.payload;
  const collection = target.slug as 'implementations';
  const common = { user: { ...user, collection: 'users' }, depth: 0, ...(target.drafts ? { draft } : {}) } as never;
  const run = async (call: () => Promise<unknown>) =>
    call().then(
      () => accepted.add(`local:${target.slug}:${operation}:${role}`),
      () => undefined,
    );
  if (operation === 'create') await run(() => payload.create({ collection, data: target.body as never, ...(common as object) }));
  if (operation === 'update') await run(() => payload.update({ collection, id: target.id, data: target.body as never, ...(common as object) }));
  if (operation === 'updateWhere') await run(() => payload.update({ collection, where: { id: { equals: target.id } }, data: target.body as never, ...(common as object) }));
  if (operation === 'delete') await run(() => payload.delete({ collection, id: target.id, user: { ...user, collection: 'users' } } as never));
  if (operation === 'restore') for (const version of target.versionIds) await run(() => payload.restoreVersion({ collection, id: version, ...(common as object) }));
}

const doors: Record<Api, typeof rest> = { rest, graphql, local };

/** Mutation names from the live schema: the collection part of `update<Name>` for each slug. */
let mutationNames: string[] = [];
function graphQLNameOf(slug: string): string {
  const plain = slug.replace(/-/g, '');
  const name = mutationNames
    .filter((m) => m.startsWith('update'))
    .map((m) => m.slice('update'.length))
    .find((n) => [plain, plain.replace(/s$/, '')].includes(n.toLowerCase()));
  return name ?? slug;
}

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  work = await mkdtemp(join(tmpdir(), 'public-door-'));
  const schema = await cms.gql('{ __schema { mutationType { fields { name } } } }', undefined);
  mutationNames = schema.body.data.__schema.mutationType.fields.map((f: { name: string }) => f.name);
  // A published adjustment (public change history) and feedback, so those collections have targets.
  await cms.payload.create({
    collection: 'adjustments',
    data: { kind: 'guide', implementation: fx.impl.bCharged, unit: fx.units.b, reason: '压缩承诺时限', state: 'approved', publishedAt: '2026-11-02T09:00:00.000Z', effectiveDate: '2026-11-01T00:00:00.000Z' } as never,
  });
  await cms.payload.create({ collection: 'feedback', data: { kind: 'rating', implementation: fx.impl.aPublished, helpful: true, moderation: 'pending' } as never }).catch(() => undefined);
  // A register entry (published as laws.json): only administrators may change it.
  await cms.payload.create({ collection: 'laws', data: { name: '中华人民共和国社会保险法', status: 'in-force' } as never });
  const victim = await cms.payload.create({ collection: 'users', data: { name: '受害账号', email: 'victim@test.local', password, roles: ['editor'], unit: fx.units.b } as never });
  users.victim = victim as never;
  for (const [role, { email }] of Object.entries(fx.users)) {
    tokens[role] = await cms.login(email, password);
    users[role] = (await cms.payload.findByID({ collection: 'users', id: fx.users[role as keyof Fixture['users']].id, depth: 0, overrideAccess: true })) as never;
  }
}, 300_000);
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('the only door to the public site is an approved adjustment', () => {
  it('notices a change that does go public (the check can fail)', async () => {
    const before = await snapshotDigest();
    await cms.payload.update({ collection: 'implementations', id: fx.impl.bCharged, draft: false, data: { conditions: '系统发布的新受理条件', _status: 'published' } as never });
    expect(await snapshotDigest()).not.toBe(before);
  });

  const apis: Api[] = ['rest', 'graphql', 'local'];
  const operations: Operation[] = ['create', 'update', 'updateWhere', 'delete', 'restore'];
  for (const api of apis) {
    it(`keeps the public snapshot byte-identical through ${api}, every collection × operation × role × draft flag`, async () => {
      const slugs = cms.payload.config.collections.map((c) => c.slug).filter((slug) => !internal(slug));
      expect(slugs).toEqual(expect.arrayContaining(['catalog-items', 'implementations', 'adjustments', 'units', 'regions', 'media', 'users']));
      const roles = ['anonymous', ...Object.keys(fx.users)];
      const tried: string[] = [];
      for (const slug of slugs) {
        const target = await targetOf(slug);
        if (!target) continue;
        for (const operation of operations) {
          if (operation === 'restore' && target.versionIds.length === 0) continue;
          const before = await snapshotDigest();
          for (const role of roles) {
            if (role === 'admin' && referenceData.has(slug)) continue;
            for (const draft of target.drafts ? [false, true] : [false]) {
              await doors[api](role, target, operation, draft);
              tried.push(`${slug}:${operation}:${role}:${draft}`);
            }
          }
          expect(await snapshotDigest(), `${api} ${operation} on ${slug} changed the public snapshot`).toBe(before);
        }
      }
      expect(tried.length).toBeGreaterThan(100);
      // The doors were open where they should be: the unit's editor saved drafts of its own item and guide.
      for (const slug of ['implementations', 'catalog-items']) expect(accepted, `${api} ${slug}`).toContain(`${api}:${slug}:update:editor`);
    }, 900_000);
  }

  it('still shows the published guide to anonymous readers, not the drafts written above', async () => {
    const published = await cms.rest('GET', `/implementations/${fx.impl.aPublished}?depth=0`);
    expect(published.status).toBe(200);
    expect(published.body.conditions).toBe(fx.publishedConditions);
    const item = await cms.rest('GET', `/catalog-items/${fx.items.a}?depth=0`);
    expect(item.body).toMatchObject({ status: 'active', _status: 'published' });
    expect(item.body.aliases ?? []).not.toContain('未审核别名');
  });
});
