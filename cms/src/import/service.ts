import type { GuideDraft } from '@catalog/content-models';
import { itemLabel, parseWorkbookRows, workbookLayout, type Problem, type RowFinding } from '@catalog/content-models/spreadsheet/index.ts';
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload';
import { shareLabels } from '../people/labels.ts';
import { readWorkbook } from '../spreadsheet/read-workbook.ts';
import { WorkbookRefusal } from '../spreadsheet/workbook-refusal.ts';
import { idOf, type Doc, type Id } from '../workflow/docs.ts';
import { guideKey } from '../workflow/proposal.ts';
import { docKey, knownRead, rowReads, shareReads, type ReadCache } from '../workflow/readCache.ts';
import { runWorkflowCommand } from '../workflow/service.ts';
import { importRight } from './access.ts';
import { catalogFieldsDiffer, catalogItemDiffers, canonicalGuide, guideOfDocs } from './compare.ts';
import { loadImportContext, type CmsImportContext } from './context.ts';
import { guideToDocs, type GuideDocsData } from './guideToDocs.ts';
import { problemAt } from './locate.ts';
import type { ImportPhase, ImportProgress } from './progress.ts';

export type ImportMode = 'dry-run' | 'import';

export interface ImportOptions {
  mode: ImportMode;
  bytes: Uint8Array;
  fileName?: string;
  /** Names the adjustments' batch (批次号), e.g. the imports record id. */
  batch?: string;
  maxBytes?: number;
  maxRows?: number;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport {
  /** passed: dry run without problems; problems: nothing written; imported: committed; failed: refused or broke, nothing written. */
  status: 'passed' | 'problems' | 'imported' | 'failed';
  message: string;
  /** What makes the file unimportable (cells, vocabularies, codes, references): any one blocks everything. */
  problems: Problem[];
  /** Quality findings of the rows, by item: never block the import; an `error` keeps its item a draft. */
  findings: RowFinding[];
  added: string[];
  changed: string[];
  unchanged: string[];
  /** 新增 / 变更 rows submitted as the unit's 一报 (in a dry run: that would be). */
  submitted: string[];
  /** 新增 / 变更 rows saved as draft adjustments, not submitted: their findings say what to complete. */
  drafts: string[];
  /** The 新增 / 变更 adjustments an import created (or, for drafts it had created before, updated). */
  adjustments: Id[];
}

interface Planned {
  guide: GuideDraft;
  kind: 'add' | 'change';
  data: GuideDocsData;
  implementation: Doc | null;
  catalogItem: Doc | null;
  updateItem: boolean;
  /** Submit (一报) after writing; otherwise the adjustment stays a draft for the editor to complete. */
  submit: boolean;
  /** A draft adjustment an earlier import left on this implementation: updated, not stacked. */
  draftAdjustment: Doc | null;
}

/**
 * Lets Node's event loop turn once. Every database call of the SQLite driver (libsql) is synchronous,
 * so a loop of awaited writes runs on microtasks alone and never reaches the event loop. libsql frees
 * each prepared statement's native memory in a finalizer that Node runs from the event loop, after
 * the statement's JS wrapper is collected: without this turn those finalizers wait for the whole
 * import, and the process grew by about 2.8 MB per written item (14 GB for 5,000 items). The same
 * turn lets the progress endpoint answer while the import writes.
 */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const chunk = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

async function findIn(req: PayloadRequest, collection: 'implementations' | 'catalog-items', field: string, values: string[]): Promise<Doc[]> {
  const docs: Doc[] = [];
  for (const part of chunk(values, 500)) {
    const found = await req.payload.find({ collection, where: { [field]: { in: part } }, draft: true, depth: 0, pagination: false, overrideAccess: true, req });
    docs.push(...(found.docs as unknown as Doc[]));
  }
  return docs;
}

/** Adjustments still open on these implementations: anything but rejected or approved-and-published. */
async function openAdjustments(req: PayloadRequest, implementationIds: Id[]): Promise<Map<string, Doc>> {
  const open = new Map<string, Doc>();
  for (const part of chunk(implementationIds, 500)) {
    const found = await req.payload.find({ collection: 'adjustments', where: { implementation: { in: part } }, depth: 0, pagination: false, overrideAccess: true, req });
    for (const adjustment of found.docs as unknown as Doc[]) {
      const closed = adjustment.state === 'rejected' || (adjustment.state === 'approved' && adjustment.publishedAt);
      if (!closed) open.set(String(idOf(adjustment.implementation)), adjustment);
    }
  }
  return open;
}

/** Catalog items (of these ids) that have a published version: another unit's guide can be submitted against those only. */
async function publishedItemIds(req: PayloadRequest, ids: string[]): Promise<Set<string>> {
  const published = new Set<string>();
  for (const part of chunk(ids, 500)) {
    const found = await req.payload.find({ collection: 'catalog-items', where: { and: [{ id: { in: part } }, { _status: { equals: 'published' } }] }, depth: 0, pagination: false, overrideAccess: true, select: {}, req });
    for (const doc of found.docs) published.add(String(doc.id));
  }
  return published;
}

const empty = (status: ImportReport['status'], message: string, problems: Problem[] = [], findings: RowFinding[] = []): ImportReport => ({
  status,
  message,
  problems,
  findings,
  added: [],
  changed: [],
  unchanged: [],
  submitted: [],
  drafts: [],
  adjustments: [],
});

const refusedMessage = (problems: Problem[]) => `发现 ${problems.length} 个问题，未写入任何内容。请修改后重新上传。`;

/** 将提交审核 N 项；存为草稿待补充 M 项 — the same split in the dry run and the import. */
function splitText(submitted: string[], drafts: string[], done: boolean): string {
  const submit = done ? `已作为单位报送（一报）提交审核 ${submitted.length} 项` : `将提交审核 ${submitted.length} 项`;
  const draft = done ? `存为草稿待补充 ${drafts.length} 项` : `存为草稿待补充 ${drafts.length} 项`;
  return drafts.length === 0 ? submit : `${submit}；${draft}（附问题清单${done ? '：请在管理后台补充后提交' : ''}）`;
}

/**
 * Checks a 梳理表 against the CMS and, in `import` mode when the file has no problems, writes it: new
 * rows become draft items with a 新增 adjustment, changed rows a new draft with a 变更 adjustment;
 * unchanged rows nothing. Quality findings never block: a complete row is submitted through the
 * workflow service as the unit's submission (一报), a row whose findings block submission stays a
 * draft adjustment, listed with its findings, for the editor to complete in the admin and submit.
 * Everything is written in one transaction, so a failure anywhere leaves the database as it was.
 * Comparison is with the newest draft (what a pending adjustment proposes), so re-importing a file
 * already imported and awaiting review changes nothing.
 */
export async function runImport(payload: Payload, user: Doc & { id: Id }, options: ImportOptions): Promise<ImportReport> {
  const right = importRight(user);
  if (!right.ok) return empty('failed', right.message);
  const progress = (phase: ImportPhase, done: number, total: number) => options.onProgress?.({ phase, done, total });
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload);

  progress('read', 0, 1);
  let sheets: Record<string, string[][]>;
  try {
    sheets = await readWorkbook(options.bytes, { maxBytes: options.maxBytes, maxRows: options.maxRows, requiredSheets: workbookLayout.map((l) => l.name) });
  } catch (error) {
    if (error instanceof WorkbookRefusal) return empty('failed', `文件被拒绝：${error.message}（未写入任何内容）`);
    throw error;
  }
  progress('read', 1, 1);

  const context = await loadImportContext(req);
  // The row check is synchronous: progress shows it starting and finished, not in between.
  progress('check', 0, 1);
  await yieldToEventLoop();
  const parsed = parseWorkbookRows(sheets, { ...context, ownUnitId: right.ownUnitId, onProgress: (done, total) => (done % 200 === 0 || done === total) && progress('check', done, total) });
  const problems = [...parsed.problems];
  const findings = [...parsed.findings];
  if (problems.length > 0) return empty('problems', refusedMessage(problems), problems, findings);

  const { planned, unchanged, added, changed } = await plan(req, parsed.guides, new Set(parsed.incomplete), context, sheets, problems, findings, progress);
  const counts = { added, changed, unchanged };
  if (problems.length > 0) return { ...empty('problems', refusedMessage(problems), problems, findings), ...counts };
  const submitted = planned.filter((entry) => entry.submit).map((entry) => entry.guide.implementationCode ?? '');
  const drafts = planned.filter((entry) => !entry.submit).map((entry) => entry.guide.implementationCode ?? '');
  if (options.mode === 'dry-run') {
    return {
      ...empty('passed', `检查通过：新增 ${added.length} 项，变更 ${changed.length} 项，未变 ${unchanged.length} 项；${splitText(submitted, drafts, false)}（试运行，未写入任何内容）。`, [], findings),
      ...counts,
      submitted,
      drafts,
    };
  }
  const written = await write(req, planned, options, findings, progress);
  return {
    ...empty('imported', `导入完成：新增 ${added.length} 项、变更 ${changed.length} 项，未变 ${unchanged.length} 项；${splitText(written.submitted, written.drafts, true)}。`, [], findings),
    ...counts,
    ...written,
  };
}

/** A finding the import adds to a row (not a quality rule's): placed on the row's cell like a problem. */
function rowFinding(sheets: Record<string, string[][]>, guide: GuideDraft, header: string, value: string, message: string): RowFinding {
  const code = guide.implementationCode ?? '';
  return { ...problemAt(sheets, workbookLayout[0]!.name, header, code, value, message), item: itemLabel(guide.name, code), severity: 'error', implementationCode: code };
}

async function plan(
  req: PayloadRequest,
  guides: GuideDraft[],
  incomplete: ReadonlySet<string>,
  context: CmsImportContext,
  sheets: Record<string, string[][]>,
  problems: Problem[],
  findings: RowFinding[],
  progress: (phase: ImportPhase, done: number, total: number) => void,
) {
  const codes = guides.map((g) => g.implementationCode ?? '');
  const implementations = new Map((await findIn(req, 'implementations', 'implementationCode', codes)).map((doc) => [String(doc.implementationCode), doc]));
  const itemIds = [...new Set([...implementations.values()].map((impl) => String(idOf(impl.catalogItem))))];
  const itemsById = new Map((await findIn(req, 'catalog-items', 'id', itemIds)).map((doc) => [String(doc.id), doc]));
  const itemsByCode = new Map((await findIn(req, 'catalog-items', 'basicCode', [...new Set(guides.map((g) => g.basicCode ?? ''))])).map((doc) => [String(doc.basicCode), doc]));
  const published = await publishedItemIds(req, [...new Set([...itemsById.keys(), ...[...itemsByCode.values()].map((doc) => String(doc.id))])]);
  const open = await openAdjustments(req, [...implementations.values()].map((impl) => impl.id as Id));
  // 同一事项、同一编码: the first new row of a basic code creates its catalog item, later rows share it.
  const newItems = new Map<string, Doc>();

  const planned: Planned[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  const unchanged: string[] = [];
  const guideSheet = workbookLayout[0]!.name;
  for (const [index, guide] of guides.entries()) {
    const code = guide.implementationCode ?? '';
    const basicCode = guide.basicCode ?? '';
    const implementation = implementations.get(code) ?? null;
    const stored = implementation ? (itemsById.get(String(idOf(implementation.catalogItem))) ?? null) : (itemsByCode.get(basicCode) ?? null);
    const catalogItem = stored ?? newItems.get(basicCode) ?? null;
    const data = guideToDocs(guide, context, implementation, catalogItem);
    if (!catalogItem) newItems.set(basicCode, data.catalogItem);
    for (const missing of data.missingFiles) {
      problems.push(problemAt(sheets, missing.sheet, missing.header, code, missing.url, `${missing.label}“${missing.url}”不在媒体库中：请先在“媒体文件”中上传该文件，再填写其链接（或留空）`));
    }
    const ownsItem = !catalogItem || String(idOf(catalogItem.unit)) === String(data.implementation.unit);
    const owner = catalogItem ? (context.unitById.get(String(idOf(catalogItem.unit)))?.name ?? String(idOf(catalogItem.unit))) : '';
    if (catalogItem && !ownsItem && catalogFieldsDiffer(catalogItem, data.catalogItem)) {
      problems.push(problemAt(sheets, guideSheet, '基本编码', code, basicCode, `基本编码“${basicCode}”的目录清单事项由“${owner}”负责：事项类型、服务分类、主题、设定依据等须与${stored ? '事项库' : '本文件中该编码的第一行'}一致，如需修改请由该单位提出调整`));
    }
    // Another unit's catalog item must be public before a guide under it can be submitted (buildProposal).
    const itemUnpublished = Boolean(catalogItem && !ownsItem && !(stored && published.has(String(stored.id))));
    if (itemUnpublished) {
      findings.push(rowFinding(sheets, guide, '基本编码', basicCode, `基本编码“${basicCode}”的目录清单事项由“${owner}”负责，尚未发布：本行存为草稿，待该事项经审核发布后再在管理后台提交`));
    }
    const submit = !incomplete.has(code) && !itemUnpublished;
    const proposedItem = catalogItem && ownsItem ? { ...catalogItem, ...data.catalogItem } : (catalogItem ?? data.catalogItem);
    const proposed = canonicalGuide(
      guideOfDocs({ implementation: data.implementation, catalogItem: proposedItem, unit: guide.unit ?? null, region: guide.region ?? null }, context),
    );
    if (!implementation) {
      const pending = context.proposedCodes.get(code);
      if (pending !== undefined) problems.push(problemAt(sheets, guideSheet, '实施编码', code, code, `实施编码“${code}”已由待审核的新增调整（编号 ${String(pending)}）提出，请待其审核结束后再导入`));
      added.push(code);
      planned.push({ guide, kind: 'add', data, implementation, catalogItem: stored, updateItem: false, submit, draftAdjustment: null });
    } else {
      const current = canonicalGuide(
        guideOfDocs(
          {
            implementation,
            catalogItem,
            unit: context.unitById.get(String(idOf(implementation.unit))) ?? null,
            region: context.regionById.get(String(idOf(implementation.region))) ?? null,
          },
          context,
        ),
      );
      if (current === proposed) unchanged.push(code);
      else {
        const busy = open.get(String(implementation.id));
        // A draft adjustment (an earlier import's row still to complete) is updated; one in review is not touched.
        const draftAdjustment = busy?.state === 'draft' && (busy.kind === 'add' || busy.kind === 'change') ? busy : null;
        if (busy && !draftAdjustment) problems.push(problemAt(sheets, guideSheet, '实施编码', code, code, `事项“${guide.name}”已有未办结的动态调整（编号 ${String(busy.id)}），其内容与本行不同：请待该调整办结或撤回后再导入变更`));
        changed.push(code);
        const kind = draftAdjustment?.kind === 'add' ? 'add' : 'change';
        planned.push({ guide, kind, data, implementation, catalogItem: stored, updateItem: Boolean(stored && ownsItem && catalogItemDiffers(stored, proposedItem)), submit, draftAdjustment });
      }
    }
    if ((index + 1) % 50 === 0 || index + 1 === guides.length) {
      progress('compare', index + 1, guides.length);
      // Lets the progress endpoint answer between batches: this loop alone never waits.
      await yieldToEventLoop();
    }
  }
  return { planned, added, changed, unchanged };
}

/**
 * The unit's submission is made as the importing user. An administrator imports a unit's 梳理表
 * on its behalf (units send their tables to the 审改办): for the engine they act as that unit's
 * editor, and the review record names the administrator as the one who submitted.
 */
function actingFor(req: PayloadRequest, unitId: unknown): PayloadRequest {
  const user = req.user as unknown as Doc;
  const roles = (user.roles as string[] | undefined) ?? [];
  const proxy = Object.create(req) as PayloadRequest;
  proxy.user = { ...user, roles: roles.includes('editor') ? roles : [...roles, 'editor'], unit: unitId, collection: 'users' } as never;
  return proxy;
}

/**
 * A request for one row, in the import's transaction, whose workflow reads are shared: the row's
 * guide is read once for the adjustment's proposal and the submission, units, regions, the law
 * register, the settings, reviewers and people's labels once per import (it writes none of them).
 */
async function rowRequest(outer: PayloadRequest, stable: Map<string, unknown>): Promise<{ req: PayloadRequest; reads: ReadCache }> {
  // A fresh request per item, so the request's data-loader cache does not grow with the file.
  const req = await createLocalReq({ user: outer.user as never }, outer.payload);
  req.transactionID = outer.transactionID;
  const reads = rowReads(stable);
  shareReads(req, reads);
  // The submitter's 「姓名（单位）」 on every row's case and review record: looked up once.
  shareLabels(outer, req);
  return { req, reads };
}

async function write(
  outer: PayloadRequest,
  planned: Planned[],
  options: ImportOptions,
  findings: RowFinding[],
  progress: (phase: ImportPhase, done: number, total: number) => void,
): Promise<{ adjustments: Id[]; submitted: string[]; drafts: string[] }> {
  const shouldCommit = await initTransaction(outer);
  const adjustments: Id[] = [];
  const submitted: string[] = [];
  const drafts: string[] = [];
  // Catalog items this import created, by basic code: later rows of the same code link to them.
  const createdItems = new Map<string, Id>();
  const stable = new Map<string, unknown>();
  try {
    progress('write', 0, planned.length);
    for (const [index, entry] of planned.entries()) {
      const { req, reads } = await rowRequest(outer, stable);
      const base = { overrideAccess: true, depth: 0, req } as const;
      const unit = entry.data.implementation.unit;
      const code = entry.guide.implementationCode ?? '';
      const basicCode = entry.guide.basicCode ?? '';
      let itemId = (entry.catalogItem?.id as Id | undefined) ?? createdItems.get(basicCode);
      if (itemId === undefined) {
        const item = await req.payload.create({ collection: 'catalog-items', draft: true, data: { ...entry.data.catalogItem, _status: 'draft' } as never, ...base });
        itemId = item.id;
        knownRead(req, 'row', docKey('catalog-items', itemId, true), item);
        createdItems.set(basicCode, itemId);
      } else if (entry.updateItem) {
        await req.payload.update({ collection: 'catalog-items', id: itemId, draft: true, data: { ...entry.data.catalogItem, _status: 'draft' } as never, ...base });
      }
      const data = { ...entry.data.implementation, catalogItem: itemId, _status: 'draft' } as never;
      const implementation = entry.implementation
        ? await req.payload.update({ collection: 'implementations', id: entry.implementation.id as Id, draft: true, data, ...base })
        : await req.payload.create({ collection: 'implementations', draft: true, data, ...base });
      if (!entry.implementation) {
        // Created just now as a draft: what a draft read returns is what the create returned, and
        // there is no published version to compare with.
        knownRead(req, 'row', docKey('implementations', implementation.id, true), implementation);
        knownRead(req, 'row', guideKey(implementation.id, false), null);
      }
      const adjustment =
        entry.draftAdjustment ??
        (await req.payload.create({
          collection: 'adjustments',
          data: {
            kind: entry.kind,
            implementation: implementation.id,
            catalogItem: itemId,
            unit,
            reason: `梳理表导入${options.fileName ? `（${options.fileName}）` : ''}：${entry.kind === 'add' ? '新增事项' : '变更事项'}`,
            basis: '单位报送的梳理表',
            batch: options.batch ?? null,
          } as never,
          ...base,
        }));
      let submit = entry.submit;
      if (submit) {
        const submitter = actingFor(req, unit);
        shareReads(submitter, reads);
        const outcome = await runWorkflowCommand(submitter, adjustment.id as Id, { action: 'submit' });
        // The workflow checks what was stored; should it find the guide not ready after all, the
        // row stays a draft with the reason instead of undoing the whole import.
        if (!outcome.ok && (outcome.code === 'quality-errors' || outcome.code === 'no-proposal')) {
          findings.push({ sheet: workbookLayout[0]!.name, item: itemLabel(entry.guide.name, code), value: '', message: `未能提交审核，已存为草稿：${outcome.reason}`, severity: 'error', implementationCode: code });
          submit = false;
        } else if (!outcome.ok) throw new Error(`实施编码“${code}”提交审核被拒绝：${outcome.reason}`);
      }
      (submit ? submitted : drafts).push(code);
      adjustments.push(adjustment.id as Id);
      if ((index + 1) % 25 === 0 || index + 1 === planned.length) progress('write', index + 1, planned.length);
      await yieldToEventLoop();
    }
    if (shouldCommit) await commitTransaction(outer);
    return { adjustments, submitted, drafts };
  } catch (error) {
    await killTransaction(outer);
    throw error;
  }
}
