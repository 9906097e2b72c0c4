import { beforeAll, describe, expect, it } from 'vitest';
import { VERSIONS_KEPT } from '../../cms/src/hooks/keepNewestVersions.ts';
import { startCms, type Cms } from './support/cms.ts';
import { seedFixture, type Fixture } from './support/fixture.ts';

/**
 * Guides and catalog items keep their newest 50 versions (keepNewestVersions, which replaced
 * Payload's maxPerDoc): saves past the limit remove the oldest, through the editor's door (REST)
 * and the Local API alike, and the newest version is always the last save.
 */
let cms: Cms;
let fx: Fixture;
let token: string;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  token = await cms.login(fx.users.editor.email, 'Test-Passw0rd!');
});

type Collection = 'implementations' | 'catalog-items';

async function versionsOf(collection: Collection, id: unknown): Promise<Array<{ version: Record<string, unknown> }>> {
  const found = await cms.payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 0, pagination: false, depth: 0, overrideAccess: true });
  return found.docs as unknown as Array<{ version: Record<string, unknown> }>;
}

describe('versions kept', () => {
  it('keeps the newest 50 of a guide saved by its editor, the last save first', async () => {
    const id = fx.impl.aDraft;
    const before = (await versionsOf('implementations', id)).length;
    const saves = VERSIONS_KEPT + 2 - before;
    for (let save = 1; save <= saves; save += 1) {
      const answer = await cms.rest('PATCH', `/implementations/${id}?draft=true`, { token, body: { conditions: `第 ${save} 次保存`, _status: 'draft' } });
      expect(answer.status).toBe(200);
    }
    const kept = await versionsOf('implementations', id);
    expect(kept).toHaveLength(VERSIONS_KEPT);
    expect(kept[0]!.version.conditions).toBe(`第 ${saves} 次保存`);
    // The two oldest went: the oldest kept is the save made 49 saves before the last.
    expect(kept.at(-1)!.version.conditions).toBe(`第 ${saves - VERSIONS_KEPT + 1} 次保存`);
  });

  it('keeps the newest 50 of a catalog item saved through the Local API, and one for a new item', async () => {
    const created = await cms.payload.create({
      collection: 'catalog-items',
      draft: true,
      overrideAccess: true,
      data: { name: '版本保留测试事项', basicCode: '000199900001', itemType: '20', category: 'other', unit: fx.units.a, _status: 'draft' } as never,
    });
    expect(await versionsOf('catalog-items', created.id)).toHaveLength(1);
    for (let save = 1; save <= VERSIONS_KEPT + 1; save += 1) {
      await cms.payload.update({ collection: 'catalog-items', id: created.id, draft: true, overrideAccess: true, data: { name: `版本保留测试事项 ${save}` } as never });
    }
    const kept = await versionsOf('catalog-items', created.id);
    expect(kept).toHaveLength(VERSIONS_KEPT);
    expect(kept[0]!.version.name).toBe(`版本保留测试事项 ${VERSIONS_KEPT + 1}`);
    expect(kept.at(-1)!.version.name).toBe('版本保留测试事项 2');
  });
});
