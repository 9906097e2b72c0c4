import { applicableStages, availableActions, dispositions, dueStatus, dueStatuses, nextActors, personLabel, roles, workflowStatuses, type Action } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { actorOf, loadCase } from './case.ts';
import { workflowNow } from './clock.ts';
import { idOf, text, type Doc } from './docs.ts';
import { holidayCalendar } from './procedure.ts';

export interface WorkflowView {
  id: string;
  state: string;
  stateLabel: string;
  round: number;
  stage?: { id: string; name: string };
  /** The stages this case passes through, in order, with the current one marked. */
  stages: { id: string; name: string; current: boolean }[];
  waiting?: { stageName: string; roles: string[]; unitId?: string; since?: string };
  actions: Action[];
  consultation?: { opensAt: string; closesAt: string };
  /** The procedure this case follows (its recorded version). */
  procedure: { code: string; name: string; version?: number };
  /** 办理期限 of the current stage and whether it is met. */
  due?: { at: string; status: string; label: string };
  /** 处置意见 the current stage records with its decision, when it does. */
  dispositions?: { value: string; label: string }[];
  /** Public comments received on this case (征求意见), for the reviewer who weighs them. */
  comments?: { id: string; comment: string; name?: string; at: string; moderation: string }[];
  publishedAt?: string;
  changes: unknown[];
  history: { id: string; stageName: string; decision: string; opinion?: string; actorName: string; round: number; at: string }[];
}

/** The names of the units people belong to, by id, in one read. */
async function unitNamesOf(req: PayloadRequest, units: unknown[]): Promise<Map<string, string>> {
  const ids = [...new Set(units.map((unit) => idOf(unit)).filter((id) => id !== undefined).map(String))];
  if (ids.length === 0) return new Map();
  const found = await req.payload.find({ collection: 'units', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req });
  return new Map((found.docs as unknown as Doc[]).map((unit) => [String(unit.id), text(unit.name) ?? '']));
}

/** 「姓名（单位）」: who acted, and for whom, as reviewers and the unit both need to read it. */
function personName(actor: Doc | null, unitNames: Map<string, string>): string {
  return personLabel({ name: text(actor?.name) ?? text(actor?.email), unitName: unitNames.get(String(idOf(actor?.unit))) });
}

const adjustmentVersion = (adjustment: Doc): number | undefined => {
  const version = Number(adjustment.procedureVersion);
  return Number.isInteger(version) && version > 0 ? version : undefined;
};

/** Comments the public sent during the consultation, newest first, whatever their moderation (the reviewer weighs them all). */
async function consultationComments(req: PayloadRequest, adjustmentId: string | number): Promise<NonNullable<WorkflowView['comments']>> {
  const found = await req.payload.find({
    collection: 'feedback',
    where: { and: [{ adjustment: { equals: adjustmentId } }, { kind: { equals: 'comment' } }] },
    sort: '-createdAt',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
  });
  return (found.docs as unknown as Doc[]).map((doc) => ({
    id: String(doc.id),
    comment: String(doc.comment ?? ''),
    ...(text(doc.name) ? { name: String(doc.name) } : {}),
    at: String(doc.createdAt),
    moderation: String(doc.moderation ?? 'pending'),
  }));
}

type ViewResult = { ok: true; view: WorkflowView } | { ok: false; status: number; reason: string };

async function mayRead(req: PayloadRequest, id: string | number): Promise<boolean> {
  try {
    await req.payload.findByID({ collection: 'adjustments', id, depth: 0, overrideAccess: false, user: req.user, req });
    return true;
  } catch {
    return false;
  }
}

/**
 * Everything the admin's workflow panel shows for one adjustment and the logged-in user: where it
 * stands, who must act, exactly the actions the engine would accept from this user, and the history.
 * Readable by whoever may read the adjustment, and by whoever must act on it now.
 */
export async function workflowView(req: PayloadRequest, id: unknown): Promise<ViewResult> {
  const actor = actorOf(req.user);
  if (!actor) return { ok: false, status: 401, reason: '请先登录。' };
  const found = await loadCase(req, id);
  const notFound = { ok: false as const, status: 404, reason: `未找到编号为“${String(id)}”的动态调整，或您无权查看。` };
  if (!found) return notFound;
  const procedure = found.procedure;
  const calendar = await holidayCalendar(req);
  const now = workflowNow();
  const actions = availableActions(procedure, found.state, found.subject, actor, now, calendar);
  const docId = idOf(found.adjustment.id)!;
  if (actions.length === 0 && !(await mayRead(req, docId))) return notFound;

  const records = await req.payload.find({
    collection: 'review-records',
    where: { adjustment: { equals: docId } },
    sort: ['createdAt', 'id'],
    depth: 1,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  });
  const unitNames = await unitNamesOf(req, (records.docs as unknown as Doc[]).map((record) => (record.actor as Doc | null)?.unit));
  const current = found.state.status === 'in-review' ? found.state.stageId : undefined;
  const waiting = nextActors(procedure, found.state, found.subject);
  const adjustment = found.adjustment;
  const opensAt = text(adjustment.consultationOpensAt);
  const closesAt = text(adjustment.consultationClosesAt);
  const view: WorkflowView = {
    id: String(docId),
    state: found.state.status,
    stateLabel: workflowStatuses.has(found.state.status) ? workflowStatuses.label(found.state.status) : found.state.status,
    round: found.state.round,
    procedure: {
      code: procedure.id,
      name: procedure.name,
      ...(adjustmentVersion(found.adjustment) ? { version: adjustmentVersion(found.adjustment) } : {}),
    },
    stages: applicableStages(procedure, found.subject).map((stage) => ({ id: stage.id, name: stage.name, current: stage.id === current })),
    actions,
    changes: Array.isArray(adjustment.changes) ? adjustment.changes : [],
    history: (records.docs as unknown as Doc[]).map((record) => ({
      id: String(record.id),
      stageName: text(record.stageName) ?? String(record.stage),
      decision: String(record.decision),
      ...(text(record.opinion) ? { opinion: String(record.opinion) } : {}),
      actorName: personName(record.actor as Doc | null, unitNames),
      round: Number(record.round ?? 1),
      at: String(record.createdAt),
    })),
  };
  const stage = procedure.stages.find((s) => s.id === found.state.stageId);
  if (stage) view.stage = { id: stage.id, name: stage.name };
  if (stage?.dispositions && found.state.status === 'in-review') view.dispositions = dispositions.options();
  const dueAt = found.state.status === 'in-review' ? text(adjustment.stageDueAt) : undefined;
  if (dueAt) {
    const status = dueStatus(dueAt, now, calendar);
    view.due = { at: dueAt, status, label: dueStatuses.label(status) };
  }
  if (opensAt && closesAt) view.comments = await consultationComments(req, docId);
  if (waiting) {
    view.waiting = { stageName: waiting.stage.name, roles: waiting.roles.map((r) => roles.label(r)) };
    if (waiting.unitId) view.waiting.unitId = waiting.unitId;
    if (found.state.stageEnteredAt && found.state.status === 'in-review') view.waiting.since = found.state.stageEnteredAt;
  }
  if (opensAt && closesAt) view.consultation = { opensAt, closesAt };
  if (text(adjustment.publishedAt)) view.publishedAt = String(adjustment.publishedAt);
  return { ok: true, view };
}
