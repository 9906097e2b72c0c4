import {
  adjustmentKinds,
  availableActions,
  beijingDate,
  beijingDateTime,
  nextActors,
  type Procedure,
  type Role,
  type Stage,
  type WorkflowState,
  type WorkflowSubject,
} from '@catalog/content-models';
import type { Payload, PayloadRequest, Where } from 'payload';
import type { NoticeKind } from '../collections/Notifications/kinds.ts';
import { serverUrl } from '../env.ts';
import { deliver, type Notice } from '../notifications/deliver.ts';
import { actorOf, stateOf, type WorkflowCase } from './case.ts';
import { idOf, text, type Doc, type Id } from './docs.ts';
import { activeProcedure } from './procedure.ts';
import { byId } from './proposal.ts';
import { cachedRead, sharesReads } from './readCache.ts';

/** What notices need of a loaded case; `procedure` is the case's own copy where it records one. */
export type NoticeCase = Pick<WorkflowCase, 'adjustment' | 'subject'> & { procedure?: Procedure };

/** The procedure the case follows: its recorded copy, else the fallback (WORKFLOW_PROCEDURE). */
export function caseProcedure(found: NoticeCase): Procedure {
  return found.procedure ?? activeProcedure();
}

interface Recipient {
  id: Id;
  email?: string | null;
  name?: string | null;
}

async function usersWith(payload: Payload, roles: Role[], unitId?: string, req?: PayloadRequest): Promise<Doc[]> {
  const conditions: Where[] = [{ roles: { in: roles } }];
  if (unitId !== undefined) conditions.push({ unit: { equals: unitId } });
  const read = async () => (await payload.find({ collection: 'users', where: { and: conditions }, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs as unknown as Doc[];
  // An import tells the same unit's reviewers of every row it submits, and writes no account.
  return req ? cachedRead(req, 'stable', `users:${roles.join(',')}:${unitId ?? ''}`, read) : read();
}

const asRecipient = (user: Doc): Recipient => ({ id: idOf(user.id)!, email: text(user.email), name: text(user.name) });

/**
 * Who must act on the case now: the holders of the stage's roles (within the unit where the stage
 * is scoped to one) to whom the engine would offer a step — so a reviewer is not asked to decide
 * on their own submission, nor a regional reviewer on another region's case.
 */
export async function actorsNow(payload: Payload, procedure: Procedure, state: WorkflowState, subject: WorkflowSubject, req?: PayloadRequest): Promise<{ stage: Stage; users: Recipient[] } | undefined> {
  const next = nextActors(procedure, state, subject);
  if (!next) return undefined;
  const candidates = await usersWith(payload, next.roles, next.unitId, req);
  const users = candidates.filter((user) => {
    const actor = actorOf(user);
    return actor !== undefined && availableActions(procedure, state, subject, actor).some((action) => action.kind !== 'withdraw');
  });
  return { stage: next.stage, users: users.map(asRecipient) };
}

/** Holders of a role anywhere (编办 reviewers watch every overdue stage). */
export async function holdersOf(payload: Payload, role: Role): Promise<Recipient[]> {
  return (await usersWith(payload, [role])).map(asRecipient);
}

/** How the case is named in a notice: the guide's name and the kind of change. */
export async function caseTitle(payload: Payload, adjustment: Doc, req?: PayloadRequest): Promise<string> {
  const implementationId = idOf(adjustment.implementation);
  const implementation =
    implementationId === undefined
      ? null
      : req && sharesReads(req)
        ? // An import's row has read this draft for the proposal already (or created it just now).
          await byId(req, 'implementations', implementationId, true)
        : // With the step's request: read inside its transaction, where a guide the same transaction
          // created (a 梳理表 import's new item) already exists.
          ((await payload.findByID({ collection: 'implementations', id: implementationId, depth: 0, draft: true, overrideAccess: true, select: { name: true }, ...(req ? { req } : {}) }).catch(() => null)) as Doc | null);
  const kind = String(adjustment.kind ?? '');
  const kindLabel = adjustmentKinds.has(kind) ? adjustmentKinds.label(kind) : '调整';
  const name = text(implementation?.name) ?? text(adjustment.reason)?.slice(0, 40) ?? `编号 ${String(adjustment.id)}`;
  return `“${name}”${kindLabel}`;
}

export const adjustmentLink = (adjustment: Doc): string => `办理地址：${serverUrl()}/admin/collections/adjustments/${String(adjustment.id)}`;

export const dueLine = (adjustment: Doc): string[] => (text(adjustment.stageDueAt) ? [`本环节办理期限：${beijingDateTime(String(adjustment.stageDueAt))}（北京时间）`] : []);

/** The notice for one user: the event's key makes a second notify of the same event a no-op. */
export function noticeFor(adjustment: Doc, state: WorkflowState, kind: NoticeKind, user: Recipient, subject: string, lines: string[]): Notice {
  const stage = state.stageId ?? '';
  const id = idOf(adjustment.id)!;
  return {
    recipient: user,
    kind,
    dedupeKey: `${String(id)}:${stage}:${state.stageEnteredAt ?? state.status}:${String(user.id)}:${kind}`,
    adjustment: id,
    stage,
    subject,
    text: lines.join('\n'),
  };
}

async function latestRecord(payload: Payload, adjustmentId: Id): Promise<Doc | undefined> {
  const found = await payload.find({ collection: 'review-records', where: { adjustment: { equals: adjustmentId } }, sort: ['-createdAt', '-id'], limit: 1, depth: 0, overrideAccess: true });
  return found.docs[0] as unknown as Doc | undefined;
}

/** Who is told what after a step: the notices of this state of the case. */
async function noticesAfterStep(payload: Payload, found: NoticeCase, adjustment: Doc, req?: PayloadRequest): Promise<Notice[]> {
  const procedure = caseProcedure(found);
  const state = stateOf(adjustment);
  const title = await caseTitle(payload, adjustment, req);
  const stageName = procedure.stages.find((s) => s.id === state.stageId)?.name ?? '';
  const link = adjustmentLink(adjustment);

  if (state.status === 'in-review') {
    const actors = await actorsNow(payload, procedure, state, found.subject, req);
    if (!actors) return [];
    const subject = `【待审核】${title}（${actors.stage.name}）`;
    const lines = [`动态调整${title}已进入「${actors.stage.name}」环节，等待您办理。`, ...dueLine(adjustment), link];
    return actors.users.map((user) => noticeFor(adjustment, state, 'stage', user, subject, lines));
  }

  const record = await latestRecord(payload, idOf(adjustment.id)!);
  const opinion = text(record?.opinion);
  const opinionLine = opinion ? [`审核意见：${opinion}`] : [];

  if (state.status === 'returned' || state.status === 'withdrawn') {
    const actors = await actorsNow(payload, procedure, state, found.subject);
    if (!actors) return [];
    const withdrawn = state.status === 'withdrawn';
    const subject = withdrawn ? `【已撤回】${title}` : `【已退回修改】${title}`;
    const lines = withdrawn
      ? [`动态调整${title}已由本单位撤回${stageName ? `（撤回时在「${stageName}」环节）` : ''}，可修改后重新提交。`, link]
      : [`动态调整${title}在「${stageName}」环节被退回修改，请按审核意见修改后重新提交。`, ...opinionLine, link];
    // Whoever withdrew knows it already; the unit's other editors are told.
    const actor = idOf(record?.actor);
    const users = actors.users.filter((user) => String(user.id) !== String(actor));
    return users.map((user) => noticeFor(adjustment, state, 'returned', user, subject, lines));
  }

  if (state.status === 'approved' || state.status === 'rejected') {
    const submitterId = state.submittedBy;
    if (submitterId === undefined) return [];
    const submitter = (await payload.findByID({ collection: 'users', id: submitterId, depth: 0, overrideAccess: true }).catch(() => null)) as Doc | null;
    if (!submitter) return [];
    const approved = state.status === 'approved';
    const published = text(adjustment.publishedAt);
    const effective = text(adjustment.effectiveDate);
    const outcome = approved
      ? [
          `您提交的动态调整${title}已审定通过。`,
          published ? `已于 ${beijingDateTime(published)}（北京时间）发布。` : effective ? `将于生效日期 ${beijingDate(effective)}起发布。` : '',
        ].filter(Boolean)
      : [`您提交的动态调整${title}在「${stageName}」环节不予通过。`, ...opinionLine];
    const subject = approved ? `【已通过】${title}` : `【不予通过】${title}`;
    return [noticeFor(adjustment, state, approved ? 'approved' : 'rejected', asRecipient(submitter), subject, [...outcome, link])];
  }
  return [];
}

/**
 * After a committed workflow step, tells whoever must act next (待审核), the unit's editors when
 * the case came back to them (已退回 / 已撤回), and the submitter of the final outcome (已通过 /
 * 不予通过): always in the 站内通知 inbox, by e-mail too when an email adapter is configured.
 * Each event reaches each user once (see deliver). Returns how many new notices were written.
 */
export async function notifyNextActors(payload: Payload, found: NoticeCase, adjustment: Doc, req?: PayloadRequest): Promise<number> {
  let written = 0;
  for (const notice of await noticesAfterStep(payload, found, adjustment, req)) {
    try {
      if ((await deliver(payload, notice, req)) === 'new') written += 1;
    } catch (error) {
      payload.logger.error(`站内通知未能写入（接收人 ${String(notice.recipient.id)}，${notice.subject}）：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return written;
}
