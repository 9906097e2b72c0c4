import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../cms/src/seed/demo.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';

/**
 * The workflow reuses reads only through a cache that server code registers on a request object it
 * created (cms/src/workflow/readCache.ts); the import is the only such code. Whatever a caller sends
 * — a forged proposal, look-alike cache keys in the body, the query or a Local API `context` — the
 * proposal is built from the guide as stored.
 */
let cms: Cms;
let editorToken: string;
let guide: any;
let unit: unknown;
const cmsSrc = join(import.meta.dirname, '../../cms/src');

beforeAll(async () => {
  cms = await startCms();
  await seedDemo(cms.payload, () => {});
  editorToken = await cms.login('editor@demo.local', 'Demo-Catalog-2026');
  const editor = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'editor@demo.local' } }, depth: 0, overrideAccess: true })).docs[0] as any;
  unit = editor.unit;
  const busy = new Set((await cms.payload.find({ collection: 'adjustments', pagination: false, depth: 0, overrideAccess: true })).docs.map((a: any) => String(a.implementation)));
  const own = (await cms.payload.find({ collection: 'implementations', where: { unit: { equals: unit } }, pagination: false, draft: true, depth: 0, overrideAccess: true })).docs;
  guide = own.find((doc: any) => !busy.has(String(doc.id)));
  expect(guide).toBeTruthy();
});

afterAll(async () => {
  await cms?.payload.destroy();
});

const forgedGuide = { implementation: { id: 0, name: '伪造的指南', unit: 0 }, catalogItem: null, unit: null, region: null };
/** Keys shaped like the cache's own (readCache.ts docKey / proposal.ts guideKey), with a forged guide. */
const lookalikes = (id: unknown) => ({
  stable: {},
  row: { [`guide:implementations:${String(id)}:draft`]: forgedGuide, [`implementations:${String(id)}:draft`]: forgedGuide.implementation },
  readCache: { row: { [`proposal:${String(id)}:change`]: { proposedVersion: { name: '伪造的指南' }, changes: [], findings: [], blockers: [] } } },
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the workflow read cache', () => {
  it('is registered by the import service alone', () => {
    const registering = sourceFiles(cmsSrc)
      .filter((path) => !path.endsWith('readCache.ts'))
      .filter((path) => /\b(shareReads|knownRead)\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(cmsSrc, path));
    expect(registering).toEqual(['import/service.ts']);
  });

  it('takes nothing from REST input: a forged proposal and look-alike cache keys are ignored', async () => {
    const created = await cms.rest('POST', `/adjustments?context[workflow]=true&readCache=1`, {
      token: editorToken,
      body: { kind: 'change', implementation: guide.id, unit, reason: '门禁测试', basis: '测试', proposedVersion: { name: '伪造的指南' }, context: lookalikes(guide.id), ...lookalikes(guide.id) },
    });
    expect(created.status).toBe(201);
    expect(created.body.doc.proposedVersion.name).toBe(guide.name);
    const submitted = await cms.rest('POST', `/adjustments/${created.body.doc.id}/submit?context[workflow]=true`, { token: editorToken, body: { context: lookalikes(guide.id), ...lookalikes(guide.id) } });
    expect(submitted.status).toBe(200);
    const stored = (await cms.payload.findByID({ collection: 'adjustments', id: created.body.doc.id, depth: 0, overrideAccess: true })) as any;
    expect(stored.proposedVersion.name).toBe(guide.name);
    expect(stored.state).toBe('in-review');
    // Withdrawn again, so the next test may file its own case for the guide.
    expect((await cms.rest('POST', `/adjustments/${created.body.doc.id}/withdraw`, { token: editorToken })).status).toBe(200);
  });

  it('takes nothing from a Local API context or GraphQL input', async () => {
    const viaContext = (await cms.payload.create({
      collection: 'adjustments',
      data: { kind: 'change', implementation: guide.id, unit, reason: '门禁测试', basis: '测试' } as never,
      context: lookalikes(guide.id),
      overrideAccess: true,
      depth: 0,
    })) as any;
    expect(viaContext.proposedVersion.name).toBe(guide.name);

    const mutation = `mutation { createAdjustment(data: { kind: change, implementation: ${String(guide.id)}, unit: ${String(unit)}, reason: "门禁测试", basis: "测试", proposedVersion: { name: "伪造的指南" } }) { id proposedVersion } }`;
    const answer = await cms.send('POST', '/graphql', { headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` }, body: JSON.stringify({ query: mutation }) });
    expect(JSON.parse(answer.text).data.createAdjustment.proposedVersion.name).toBe(guide.name);
  });
});
