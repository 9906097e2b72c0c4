import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms.ts';
import { password, seedFixture, type Fixture } from './support/fixture.ts';

/**
 * Through the REST and GraphQL route handlers that `next start` serves, with tokens from real
 * logins: drafts never reach anonymous readers, and restoring a version never publishes.
 */
let cms: Cms;
let fx: Fixture;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  for (const key of ['editor', 'editor-b', 'reviewer', 'admin', 'legal-reviewer'] as const) {
    tokens[key] = await cms.login(fx.users[key].email, password);
  }
});

describe('anonymous REST readers', () => {
  it('list only published guides, with their published text, even when asking for drafts', async () => {
    for (const query of ['', '?draft=true']) {
      const { status, body } = await cms.rest('GET', `/implementations${query}&limit=100`.replace('&', query ? '&' : '?'));
      expect(status).toBe(200);
      expect(body.docs.map((d: { id: unknown }) => d.id).sort()).toEqual([fx.impl.aPublished, fx.impl.bCharged].sort());
      expect(JSON.stringify(body)).not.toContain(fx.secretDraftText);
    }
  });

  it('cannot open a never-published draft by id', async () => {
    const { status } = await cms.rest('GET', `/implementations/${fx.impl.aDraft}?draft=true`);
    expect([403, 404]).toContain(status);
  });

  it('cannot read versions', async () => {
    const list = await cms.rest('GET', '/implementations/versions');
    expect(list.status).toBe(403);
    expect(JSON.stringify(list.body)).not.toContain(fx.secretDraftText);
  });

  it.each(['users', 'review-records', 'adjustments', 'feedback'])('read nothing of %s', async (collection) => {
    const { status, body } = await cms.rest('GET', `/${collection}`);
    expect(status).toBe(403);
    expect(body.errors[0].message).toBe('您无权执行此操作。');
  });
});

describe('anonymous GraphQL readers', () => {
  it('see published guides only, never the draft text', async () => {
    const { body } = await cms.gql('{ Implementations(draft: true, limit: 100) { docs { id conditions _status } } }');
    const docs = body.data.Implementations.docs as { id: number | string; conditions: string; _status: string }[];
    expect(docs.map((d) => String(d.id)).sort()).toEqual([fx.impl.aPublished, fx.impl.bCharged].map(String).sort());
    expect(docs.every((d) => d._status === 'published')).toBe(true);
    expect(JSON.stringify(body)).not.toContain(fx.secretDraftText);
  });

  it('cannot write', async () => {
    const { body } = await cms.gql(`mutation { updateImplementation(id: ${JSON.stringify(fx.impl.aPublished)}, data: { conditions: "匿名篡改" }) { id } }`);
    expect(body.errors?.[0]?.message).toBe('您无权执行此操作。');
    const after = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aPublished });
    expect(after.conditions).toBe(fx.publishedConditions);
  });

  it('cannot query versions or users', async () => {
    const versions = await cms.gql('{ versionsImplementations { docs { id version { conditions } } } }');
    expect(versions.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(versions.body)).not.toContain(fx.secretDraftText);
    const users = await cms.gql('{ Users { docs { email } } }');
    expect(users.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(users.body)).not.toContain('@test.local');
  });
});

describe('logged-in REST readers', () => {
  it('give an editor the draft text of their own unit and nothing of other units', async () => {
    const own = await cms.rest('GET', `/implementations/${fx.impl.aPublished}?draft=true`, { token: tokens.editor });
    expect(own.body.conditions).toBe(fx.secretDraftText);
    const other = await cms.rest('GET', `/implementations?draft=true&limit=100`, { token: tokens['editor-b'] });
    expect(other.body.docs.map((d: { id: unknown }) => d.id)).toEqual([fx.impl.bCharged]);
  });

  it('refuse an editor publishing through a GraphQL mutation', async () => {
    const { body } = await cms.gql(`mutation { updateImplementation(id: ${JSON.stringify(fx.impl.aDraft)}, data: { _status: published }) { id _status } }`, tokens.editor);
    expect(body.errors?.[0]?.message).toMatch(/您无权/);
    const after = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aDraft });
    expect(after._status).toBe('draft');
  });

  it('let a legal reviewer query only items with normative documents, also through GraphQL', async () => {
    const { body } = await cms.gql('{ CatalogItems(draft: true) { docs { id } } }', tokens['legal-reviewer']);
    expect(body.data.CatalogItems.docs.map((d: { id: unknown }) => String(d.id))).toEqual([String(fx.items.b)]);
  });

  it('refuse an editor writing into another unit', async () => {
    const { status } = await cms.rest('PATCH', `/implementations/${fx.impl.bCharged}?draft=true`, {
      token: tokens.editor,
      body: { timeLimitNote: '越权修改' },
    });
    expect(status).toBe(403);
    const after = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.bCharged, draft: true });
    expect(after.timeLimitNote ?? null).toBeNull();
  });

  it('refuse publishing with a Chinese reason', async () => {
    const { status, body } = await cms.rest('PATCH', `/implementations/${fx.impl.aDraft}`, { token: tokens.editor, body: { _status: 'published' } });
    expect(status).toBe(403);
    expect(body.errors[0].message).toMatch(/您无权/);
    const after = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aDraft });
    expect(after._status).toBe('draft');
  });
});

describe('restoring a version', () => {
  async function publishedVersionOf(id: unknown) {
    const versions = await cms.payload.findVersions({
      collection: 'implementations',
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: 'createdAt',
    });
    return versions.docs[0]!;
  }

  it('does not let an editor publish by restoring a published version', async () => {
    const version = await publishedVersionOf(fx.impl.aPublished);
    const versionsBefore = await cms.payload.countVersions({ collection: 'implementations', where: { parent: { equals: fx.impl.aPublished } } });
    const { status } = await cms.rest('POST', `/implementations/versions/${version.id}`, { token: tokens.editor });
    expect(status).toBe(403);
    const versionsAfter = await cms.payload.countVersions({ collection: 'implementations', where: { parent: { equals: fx.impl.aPublished } } });
    expect(versionsAfter.totalDocs).toBe(versionsBefore.totalDocs);
    const latest = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aPublished, draft: true });
    expect(latest.conditions).toBe(fx.secretDraftText);
  });

  it('does not let an administrator publish by restoring either', async () => {
    const version = await publishedVersionOf(fx.impl.bCharged);
    await cms.rest('PATCH', `/implementations/${fx.impl.bCharged}?draft=true`, { token: tokens.admin, body: { timeLimitNote: '管理员草稿', _status: 'draft' } });
    const { status } = await cms.rest('POST', `/implementations/versions/${version.id}`, { token: tokens.admin });
    expect(status).toBe(403);
    const latest = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.bCharged, draft: true });
    expect(latest.timeLimitNote).toBe('管理员草稿');
  });

  it('lets an editor restore an old version as a new draft', async () => {
    const version = await publishedVersionOf(fx.impl.aPublished);
    const { status } = await cms.rest('POST', `/implementations/versions/${version.id}?draft=true`, { token: tokens.editor });
    expect(status).toBe(200);
    const latest = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aPublished, draft: true });
    expect(latest._status).toBe('draft');
    expect(latest.conditions).toBe(fx.publishedConditions);
  });
});

describe('the 待复核 list', () => {
  it('lists guides past their review date that the caller may read', async () => {
    const editor = await cms.rest('GET', '/implementations/review-due', { token: tokens.editor });
    expect(editor.body.docs.map((d: { id: unknown }) => d.id)).toEqual([fx.impl.aPublished]);
    const other = await cms.rest('GET', '/implementations/review-due', { token: tokens['editor-b'] });
    expect(other.body.docs).toEqual([]);
  });
});

describe('version history', () => {
  it('shows an editor the versions of their own unit only', async () => {
    const { status, body } = await cms.rest('GET', '/implementations/versions?limit=100&depth=0', { token: tokens.editor });
    expect(status).toBe(200);
    const parents = new Set(body.docs.map((d: { parent: unknown }) => d.parent));
    expect([...parents].sort()).toEqual([fx.impl.aPublished, fx.impl.aDraft].sort());
  });

  it('lets a reviewer read every version', async () => {
    const { body } = await cms.rest('GET', '/implementations/versions?limit=100&depth=0', { token: tokens.reviewer });
    const parents = new Set(body.docs.map((d: { parent: unknown }) => d.parent));
    expect(parents.size).toBe(Object.keys(fx.impl).length);
  });
});

describe('public feedback', () => {
  it('accepts an anonymous rating but holds it for moderation, and shows the public nothing', async () => {
    const { status, body } = await cms.rest('POST', '/feedback', { body: { kind: 'rating', implementation: fx.impl.aPublished, helpful: true } });
    expect(status).toBe(201);
    const stored = await cms.payload.findByID({ collection: 'feedback', id: body.doc.id });
    expect(stored.moderation).toBe('pending');
    expect((await cms.rest('GET', '/feedback')).status).toBe(403);
    const reviewer = await cms.rest('GET', '/feedback', { token: tokens.reviewer });
    expect(reviewer.body.docs.map((d: { id: unknown }) => d.id)).toContain(body.doc.id);
  });

  it('refuses a visitor approving their own feedback', async () => {
    const before = await cms.payload.count({ collection: 'feedback' });
    const { status, body } = await cms.rest('POST', '/feedback', {
      body: { kind: 'rating', implementation: fx.impl.aPublished, helpful: false, moderation: 'approved' },
    });
    expect(status).toBe(400);
    expect(body.errors[0].message).toContain('moderation');
    expect((await cms.payload.count({ collection: 'feedback' })).totalDocs).toBe(before.totalDocs);
  });
});
