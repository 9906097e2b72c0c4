import { adjustmentKinds, checkGuideKind, defaultGuideKind, planGuideSubmission, workflowStatuses, type GuideCase, type WorkflowStatus } from '@catalog/content-models';
import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload';
import { validId } from '../db/validId.ts';
import { idOf, text, type Doc, type Id } from './docs.ts';
import { CommitLost, committed, lockRow } from './durability.ts';
import { body, respond } from './endpoints.ts';
import { buildProposal } from './proposal.ts';
import { attemptWorkflowCommand, refuse, runDurably, type WorkflowOutcome, type WorkflowRefusal } from './service.ts';
import { workflowView } from './view.ts';

const invalid = (reason: string): WorkflowRefusal => refuse(400, 'invalid-input', reason);
const MAX_REASON = 2000;

interface SubmitInput {
  kind?: string;
  reason: string;
  basis?: string;
  effectiveDate?: string;
}

function parseInput(data: Record<string, unknown>): SubmitInput | WorkflowRefusal {
  const { kind, reason, basis, effectiveDate } = data;
  if (kind !== undefined && kind !== null && kind !== '' && typeof kind !== 'string') return invalid('调整类型（kind）须为文字，如 guide。');
  if (typeof reason !== 'string' || reason.trim() === '') return invalid('请填写调整理由（reason）：说明改了什么、为什么改，审核人据此审核。');
  if (reason.length > MAX_REASON) return invalid(`调整理由共 ${reason.length} 字，最多 ${MAX_REASON} 字。`);
  if (basis !== undefined && basis !== null && typeof basis !== 'string') return invalid('调整依据（basis）须为文字。');
  if (typeof basis === 'string' && basis.length > MAX_REASON) return invalid(`调整依据共 ${basis.length} 字，最多 ${MAX_REASON} 字。`);
  let date: string | undefined;
  if (effectiveDate !== undefined && effectiveDate !== null && effectiveDate !== '') {
    // A calendar day (the form's date input) starts at midnight in Beijing, not in the server's zone.
    const day = typeof effectiveDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(effectiveDate) ? `${effectiveDate}T00:00:00+08:00` : effectiveDate;
    const parsed = typeof day === 'string' ? new Date(day) : new Date(Number.NaN);
    if (Number.isNaN(parsed.getTime())) return invalid(`生效日期（effectiveDate）“${String(effectiveDate)}”不是有效日期，请写成 2027-01-01。`);
    date = parsed.toISOString();
  }
  return { kind: typeof kind === 'string' && kind !== '' ? kind : undefined, reason: reason.trim(), basis: typeof basis === 'string' && basis.trim() ? basis.trim() : undefined, effectiveDate: date };
}

/** The guide as its reader may see it (drafts included), or null. */
async function readableGuide(req: PayloadRequest, id: Id): Promise<Doc | null> {
  return (await req.payload
    .findByID({ collection: 'implementations', id, draft: true, depth: 0, overrideAccess: false, user: req.user, req })
    .catch(() => null)) as Doc | null;
}

async function isPublished(req: PayloadRequest, id: Id): Promise<boolean> {
  const published = (await req.payload.findByID({ collection: 'implementations', id, draft: false, depth: 0, overrideAccess: true, req }).catch(() => null)) as Doc | null;
  return published?._status === 'published';
}

/** What the guide's saved draft changes against its published version (diff paths). */
async function changedPaths(req: PayloadRequest, id: Id): Promise<string[]> {
  const proposal = await buildProposal(req, id, 'guide');
  return (proposal?.changes ?? []).map((change) => change.path);
}

/** The guide's cases, newest first (a guide's cases are its unit's: matchTarget sees to that). */
async function casesOf(req: PayloadRequest, id: Id): Promise<(GuideCase & { stage?: string })[]> {
  const found = await req.payload.find({
    collection: 'adjustments',
    where: { implementation: { equals: id }, state: { in: ['draft', 'in-review', 'returned', 'withdrawn'] } },
    sort: '-updatedAt',
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: true,
    req,
  });
  return found.docs.map((doc) => ({ id: doc.id, state: (doc.state ?? 'draft') as WorkflowStatus }));
}

/**
 * POST /api/implementations/:id/submit-for-review {reason, kind?, basis?, effectiveDate?}: 提交审核
 * from the guide's own page. The adjustment is filled from the guide (its catalog item, its unit),
 * its kind defaults to 新增 or 指南调整, an open case of the guide is resubmitted rather than filed
 * twice; creating and submitting commit together or not at all (a refused submission leaves no
 * stray draft case). Access is the caller's own: creating needs the guide's unit (matchTarget),
 * submitting needs the procedure's drafter (the workflow engine).
 */
async function submitGuide(req: PayloadRequest): Promise<WorkflowOutcome> {
  if (!req.user || req.user.collection !== 'users') return refuse(401, 'unauthenticated', '请先登录：提交审核须由登录用户办理。');
  const id = validId(req.payload, req.routeParams?.id);
  const guide = id === undefined ? null : await readableGuide(req, id);
  if (id === undefined || !guide) return refuse(404, 'not-found', `未找到编号为“${String(req.routeParams?.id)}”的办事指南。`);
  const data = await body(req);
  if ('ok' in data) return data as WorkflowRefusal;
  const input = parseInput(data);
  if ('ok' in input) return input;
  const published = await isPublished(req, id);
  const kind = input.kind ?? defaultGuideKind(published, await changedPaths(req, id));
  const badKind = checkGuideKind(kind, published);
  if (badKind) return invalid(badKind);

  return runDurably(req, `办事指南 ${String(id)} 提交审核`, async () => {
    const shouldCommit = await initTransaction(req);
    try {
      // Two submissions at once wait here for each other, so the second finds the first one's case.
      await lockRow(req, 'implementations', id);
      const plan = planGuideSubmission(await casesOf(req, id));
      let caseId: Id;
      if (plan.action === 'create') {
        const created = await req.payload.create({
          collection: 'adjustments',
          data: { kind, implementation: id, catalogItem: idOf(guide.catalogItem), unit: idOf(guide.unit), reason: input.reason, basis: input.basis ?? null, effectiveDate: input.effectiveDate ?? null } as never,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        });
        caseId = created.id;
      } else {
        caseId = plan.caseId;
        // A case the unit holds again takes what the editor typed now; one under review keeps its text.
        if (!plan.inReview) {
          await req.payload.update({
            collection: 'adjustments',
            id: caseId,
            data: { kind, reason: input.reason, ...(input.basis ? { basis: input.basis } : {}), ...(input.effectiveDate ? { effectiveDate: input.effectiveDate } : {}) } as never,
            depth: 0,
            overrideAccess: false,
            user: req.user,
            req,
          });
        }
      }
      const changes = (await req.payload.findByID({ collection: 'adjustments', id: caseId, depth: 0, overrideAccess: true, req })) as unknown as Doc;
      if ((kind === 'guide' || kind === 'change') && Array.isArray(changes.changes) && changes.changes.length === 0) {
        await killTransaction(req);
        return invalid('与已发布的版本相比没有修改，无需提交审核：请先修改并保存草稿。');
      }
      const outcome = await attemptWorkflowCommand(req, caseId, { action: 'submit' });
      if (!outcome.ok) {
        await killTransaction(req);
        return outcome;
      }
      if (shouldCommit) {
        await commitTransaction(req);
        if (!(await committed(req, outcome.record))) throw new CommitLost();
      }
      return outcome;
    } catch (error) {
      await killTransaction(req);
      const refused = refusalOf(error);
      if (refused) return refused;
      throw error;
    }
  });
}

/** Access and target refusals thrown by Payload or matchTarget, as the workflow's Chinese refusals. */
function refusalOf(error: unknown): WorkflowRefusal | undefined {
  const e = error as { status?: number; message?: string; isPublic?: boolean; name?: string };
  if (e.status === 403 || e.name === 'Forbidden') {
    const reason = e.isPublic && e.message && /[\u4e00-\u9fa5]/.test(e.message) ? e.message : '您没有为该办事指南提交审核的权限：只有指南所属单位的填报人员可以提交。';
    return refuse(403, 'wrong-unit', reason);
  }
  if (typeof e.status === 'number' && e.status >= 400 && e.status < 500 && e.isPublic && e.message) return invalid(e.message);
  return undefined;
}

/** Where the guide stands for its editor: published or not, its open case, the diff 提交审核 would send and the kind it suggests. */
async function reviewStatus(req: PayloadRequest): Promise<Response> {
  if (!req.user || req.user.collection !== 'users') return Response.json({ errors: [{ message: '请先登录。' }] }, { status: 401 });
  const id = validId(req.payload, req.routeParams?.id);
  const guide = id === undefined ? null : await readableGuide(req, id);
  if (id === undefined || !guide) return Response.json({ errors: [{ message: `未找到编号为“${String(req.routeParams?.id)}”的办事指南。` }] }, { status: 404 });
  const published = await isPublished(req, id);
  const cases = await casesOf(req, id);
  const plan = planGuideSubmission(cases);
  const open = plan.action === 'continue' ? cases.find((c) => String(c.id) === String(plan.caseId)) : undefined;
  const view = open ? await workflowView(req, open.id) : undefined;
  const openCase = open && {
    id: String(open.id),
    state: open.state,
    stateLabel: workflowStatuses.label(open.state),
    stageName: view?.ok ? view.view.stage?.name : undefined,
    // Whether 提交审核 would move the open case on now (a returned case, 二报); otherwise it waits for others.
    canSubmit: view?.ok ? view.view.actions.some((a) => a.kind === 'submit') : false,
  };
  const proposal = await buildProposal(req, id, 'guide');
  const changes = proposal?.changes ?? [];
  const defaultKind = defaultGuideKind(published, changes.map((change) => change.path));
  const kinds = adjustmentKinds.codes.filter((code) => checkGuideKind(code, published) === undefined).map((code) => ({ value: code, label: adjustmentKinds.label(code) }));
  return Response.json({ published, defaultKind, kinds, changes, openCase: openCase ?? null, name: text(guide.name) ?? null });
}

export const guideSubmissionEndpoints: Endpoint[] = [
  { path: '/:id/submit-for-review', method: 'post', handler: async (req) => respond(await submitGuide(req)) },
  { path: '/:id/review-status', method: 'get', handler: reviewStatus },
];
