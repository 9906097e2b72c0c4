import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../cms/src/seed/demo.ts';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { cloneItem, column, exportXlsx, filterRows, readSheets, upload, writeSheets } from './support.ts';

/**
 * The import shares its reads of a row's guide between the adjustment's hook and the submission
 * (cms/src/workflow/readCache.ts) and takes a new guide's draft from what it has just created. What
 * it writes must be exactly what an editor's own adjustment and 提交 write for the same guide: the
 * proposal, its difference, the versions to publish, the procedure, the stage, the review record
 * and who is told. Each imported case is compared with a case the editor files through REST for the
 * same guide right after the import, while nothing about the guide has changed.
 */
let cms: Cms;
let editorToken: string;
const guideSheet = '事项与指南';

beforeAll(async () => {
  cms = await startCms();
  await seedDemo(cms.payload, () => {});
  editorToken = await cms.login('editor@demo.local', 'Demo-Catalog-2026');
});

afterAll(async () => {
  await cms?.payload.destroy();
});

/** The fields of a case that do not name the case itself or the moment it was written. */
const caseFields = (adjustment: any) => ({
  kind: adjustment.kind,
  implementation: adjustment.implementation,
  catalogItem: adjustment.catalogItem,
  unit: adjustment.unit,
  proposedVersion: adjustment.proposedVersion,
  changes: adjustment.changes,
  implementationVersion: adjustment.implementationVersion,
  catalogItemVersion: adjustment.catalogItemVersion,
  state: adjustment.state,
  stage: adjustment.stage,
  round: adjustment.round,
  submittedBy: adjustment.submittedBy,
  createdBy: adjustment.createdBy,
  procedure: adjustment.procedure,
  procedureCode: adjustment.procedureCode,
  procedureVersion: adjustment.procedureVersion,
  procedureSnapshot: adjustment.procedureSnapshot,
  regionPath: adjustment.regionPath,
  consultedStages: adjustment.consultedStages,
  resumeStage: adjustment.resumeStage,
});

async function recordsOf(adjustmentId: unknown) {
  const found = await cms.payload.find({ collection: 'review-records', where: { adjustment: { equals: adjustmentId } }, depth: 0, overrideAccess: true });
  return found.docs.map((r: any) => ({ unit: r.unit, stage: r.stage, stageName: r.stageName, actor: r.actor, decision: r.decision, opinion: r.opinion ?? null, round: r.round }));
}

async function noticesOf(adjustmentId: unknown) {
  const found = await cms.payload.find({ collection: 'notifications', where: { adjustment: { equals: adjustmentId } }, depth: 0, sort: 'recipient', overrideAccess: true });
  // The title names the guide (「“<name>”新增（<stage>）」) also for an item the import created.
  return found.docs.map((n: any) => ({ recipient: n.recipient, kind: n.kind, stage: n.stage, title: n.title }));
}

/** Files and submits a case for a guide as the editor does in the admin: REST create, then 提交. */
async function editorCase(imported: any): Promise<any> {
  const created = await cms.rest('POST', '/adjustments', {
    token: editorToken,
    body: { kind: imported.kind, implementation: imported.implementation, unit: imported.unit, reason: '编辑提出的同一调整', basis: '单位报送的梳理表' },
  });
  expect(created.status).toBe(201);
  const submitted = await cms.rest('POST', `/adjustments/${created.body.doc.id}/submit`, { token: editorToken });
  expect(submitted.status).toBe(200);
  return cms.payload.findByID({ collection: 'adjustments', id: created.body.doc.id, depth: 0, overrideAccess: true });
}

describe('an imported case', () => {
  it('is written as the editor’s own case for the same guide: new and changed rows', async () => {
    const response = await exportXlsx(cms, editorToken, '/imports/export/implementations');
    expect(response.status).toBe(200);
    const all = await readSheets(response.bytes);
    const editor = (await cms.payload.find({ collection: 'users', where: { email: { equals: 'editor@demo.local' } }, depth: 1, overrideAccess: true })).docs[0] as any;
    const unitColumn = column(all, guideSheet, '实施主体');
    const codeColumn = column(all, guideSheet, '实施编码');
    const busy = new Set((await cms.payload.find({ collection: 'adjustments', pagination: false, depth: 1, overrideAccess: true })).docs.map((a: any) => a.implementation?.implementationCode));
    const own = all[guideSheet]!.slice(1).filter((row) => row[unitColumn] === editor.unit.name).map((row) => row[codeColumn]!);
    const free = own.find((code) => !busy.has(code))!;
    expect(free).toBeTruthy();
    const sheets = filterRows(all, (code) => code === free);
    sheets[guideSheet]![1]![column(sheets, guideSheet, '受理条件')] = '导入与编辑两条路径应写出相同内容';
    const added = cloneItem(sheets, free, '902902', '导入与编辑路径比对的新事项');

    const run = await upload(cms, editorToken, await writeSheets(sheets), 'import');
    expect(run.body).toMatchObject({ status: 'imported', added: 1, changed: 1 });
    const imported = (await cms.payload.find({ collection: 'adjustments', sort: '-id', limit: 2, depth: 0, overrideAccess: true })).docs as any[];

    for (const code of [added, free]) {
      const implementation = (await cms.payload.find({ collection: 'implementations', where: { implementationCode: { equals: code } }, draft: true, depth: 0, overrideAccess: true })).docs[0]!;
      const fromImport = imported.find((a) => String(a.implementation) === String(implementation.id));
      expect(fromImport, code).toBeTruthy();
      expect(fromImport.state).toBe('in-review');
      const fromEditor = await editorCase(fromImport);
      expect(caseFields(fromImport), code).toEqual(caseFields(fromEditor));
      expect(await recordsOf(fromImport.id)).toEqual(await recordsOf(fromEditor.id));
      expect(await noticesOf(fromImport.id)).toEqual(await noticesOf(fromEditor.id));
    }
  });
});
