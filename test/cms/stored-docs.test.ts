import { beforeAll, describe, expect, it } from 'vitest';
import { findStored, populateOneLevel, readsAsStored } from '../../cms/src/publish/storedDocs.ts';
import { startCms, type Cms } from './support/cms.ts';
import { seedFixture, type Fixture } from './support/fixture.ts';

/**
 * The snapshot export reads published guides straight from the adapter (storedDocs.ts) instead of
 * through the Local API: what it reads must be exactly what `payload.find({ depth: 1 })` returns,
 * uploads in arrays included, or the public site would change with the read path.
 */
let cms: Cms;
let fx: Fixture;
type Doc = Record<string, unknown>;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n');
  const file = async (name: string) =>
    (await cms.payload.create({ collection: 'media', data: { title: name } as never, file: { data: pdf, mimetype: 'application/pdf', name: `${name}.pdf`, size: pdf.length } })).id;
  const [sample, blank] = [await file('result-sample'), await file('blank-form')];
  const guide = (await cms.payload.findByID({ collection: 'implementations', id: fx.impl.bCharged, depth: 0 })) as unknown as Doc;
  const materials = ((guide.materials as Doc[] | undefined) ?? []).map((row, index) => (index === 0 ? { ...row, blankForm: blank } : row));
  await cms.payload.update({ collection: 'implementations', id: fx.impl.bCharged, data: { resultSample: sample, materials } as never });
});

describe('reading published guides as stored (the export’s fast path)', () => {
  it('is taken for guides and catalog items on the SQL adapters', () => {
    const sql = cms.payload.db.name === 'postgres' || cms.payload.db.name === 'sqlite';
    expect(readsAsStored(cms.payload, 'implementations')).toBe(sql);
    expect(readsAsStored(cms.payload, 'catalog-items')).toBe(sql);
  });

  it('returns what the Local API returns at depth 1, relationships and uploads populated', async () => {
    const where = { _status: { equals: 'published' } } as const;
    const viaApi = (await cms.payload.find({ collection: 'implementations', where, depth: 1, limit: 0, pagination: false, draft: false, overrideAccess: true, sort: 'id' })).docs;
    const stored = await findStored(cms.payload, 'implementations', where, 0);
    await populateOneLevel(cms.payload, 'implementations', stored, new Map(), new Set(['units', 'regions', 'media']));
    expect(viaApi.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(stored))).toEqual(JSON.parse(JSON.stringify(viaApi)));
    const charged = stored.find((doc) => String(doc.id) === String(fx.impl.bCharged))!;
    expect((charged.resultSample as Doc).url).toMatch(/\/api\/media\/file\/result-sample/);
  });
});
