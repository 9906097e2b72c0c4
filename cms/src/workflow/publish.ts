import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload';
import { reviewDateAfter } from '@catalog/content-models';
import { idOf, text, type Doc, type Id } from './docs.ts';
import { byId } from './proposal.ts';

type Versioned = 'implementations' | 'catalog-items';

const notContent = new Set(['id', 'createdAt', 'updatedAt', '_status']);

/** What an approved adjustment will write, checked before anything is written. */
export type PublicationPlan =
  | { ok: true; kind: 'cancel'; implementationId: Id; catalogItem: Doc | null }
  | { ok: true; kind: 'content'; implementation: { id: Id; content: Doc }; catalogItem?: { id: Id; content: Doc } }
  | { ok: false; reason: string };

const refused = (reason: string): PublicationPlan => ({ ok: false, reason });

/** A recorded version's content, if it exists and belongs to the document it claims to. */
async function recordedVersion(req: PayloadRequest, collection: Versioned, versionId: string, parent: Id): Promise<Doc | null> {
  const version = (await req.payload.findVersionByID({ collection, id: versionId, depth: 0, overrideAccess: true, req }).catch(() => null)) as Doc | null;
  if (!version || String(idOf(version.parent)) !== String(parent)) return null;
  return version.version as Doc;
}

/**
 * Checks that an approved adjustment can be put into force exactly as reviewed: a 新增/变更/指南调整
 * publishes the guide version recorded at submission (never whatever the draft holds now) and the
 * catalog item version recorded with it, which is recorded only when the adjustment's unit owns
 * the item; another unit's item must already be public. A 取消 needs the guide to be public.
 * Every refusal is a Chinese reason; nothing is written here.
 */
export async function planPublication(req: PayloadRequest, adjustment: Doc): Promise<PublicationPlan> {
  const implementationId = idOf(adjustment.implementation);
  if (implementationId === undefined) return refused('该调整未关联办事指南（实施清单），没有可发布的内容。');
  const unit = String(idOf(adjustment.unit));
  if (adjustment.kind === 'cancel') {
    const published = await byId(req, 'implementations', implementationId);
    if (published?._status !== 'published') return refused('要取消的办事指南尚未发布，无需取消。');
    if (String(idOf(published.unit)) !== unit) return refused('要取消的办事指南不属于申请单位，不能取消。');
    return { ok: true, kind: 'cancel', implementationId, catalogItem: await byId(req, 'catalog-items', idOf(published.catalogItem)) };
  }
  const versionId = text(adjustment.implementationVersion);
  if (!versionId) return refused('该调整没有记录送审的办事指南版本（须经“提交审核”），无法按审核内容发布；请退回后重新提交。');
  const guide = await recordedVersion(req, 'implementations', versionId, implementationId);
  if (!guide) return refused(`送审的办事指南版本“${versionId}”不存在或不属于该办事指南，无法发布；请退回后重新提交。`);
  if (String(idOf(guide.unit)) !== unit) return refused('送审的办事指南不属于申请单位，不能发布。');
  const catalogItemId = idOf(guide.catalogItem);
  const itemVersionId = text(adjustment.catalogItemVersion);
  const plan: PublicationPlan = { ok: true, kind: 'content', implementation: { id: implementationId, content: guide } };
  if (itemVersionId) {
    const item = catalogItemId === undefined ? null : await recordedVersion(req, 'catalog-items', itemVersionId, catalogItemId);
    if (!item) return refused(`送审的目录清单事项版本“${itemVersionId}”不属于该办事指南的事项，无法发布；请退回后重新提交。`);
    if (String(idOf(item.unit)) !== unit) return refused('送审的目录清单事项不属于申请单位：只有事项的责任单位可以修改目录清单。');
    const current = await byId(req, 'catalog-items', catalogItemId);
    // 事项状态 changes only by 取消; whatever a draft says about it is not part of this review.
    plan.catalogItem = { id: catalogItemId!, content: { ...item, status: current?._status === 'published' ? (current.status ?? 'active') : 'active' } };
  } else {
    const current = await byId(req, 'catalog-items', catalogItemId);
    if (current?._status !== 'published') return refused('办事指南所属的目录清单事项尚未发布：须由事项的责任单位先提交新增并经审核。');
  }
  return plan;
}

async function asSystem<T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> {
  const before = req.context.systemPublish;
  req.context.systemPublish = true;
  try {
    return await run();
  } finally {
    req.context.systemPublish = before;
  }
}

/** 复核周期 in months (审核设置), 12 when unset. */
async function reviewIntervalMonths(req: PayloadRequest): Promise<number> {
  const settings = (await req.payload.findGlobal({ slug: 'workflow-settings', depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Doc;
  const months = Number(settings.reviewIntervalMonths);
  return Number.isInteger(months) && months > 0 ? months : 12;
}

async function publishContent(req: PayloadRequest, collection: Versioned, id: Id, content: Doc, extra: Doc = {}): Promise<void> {
  const data = { ...Object.fromEntries(Object.entries(content).filter(([key]) => !notContent.has(key))), ...extra };
  await asSystem(req, () =>
    req.payload.update({ collection, id, data: { ...data, _status: 'published' } as never, draft: false, depth: 0, overrideAccess: true, req }),
  );
}

/** Whether a published guide has been cancelled by a published 取消 adjustment. */
async function isCancelled(req: PayloadRequest, implementationId: Id): Promise<boolean> {
  const found = await req.payload.count({
    collection: 'adjustments',
    where: { and: [{ implementation: { equals: implementationId } }, { kind: { equals: 'cancel' } }, { publishedAt: { exists: true } }] },
    overrideAccess: true,
    req,
  });
  return found.totalDocs > 0;
}

/**
 * A 取消 cancels one unit's guide: its page shows 已取消 through the published adjustment. The
 * shared catalog item (目录清单) is cancelled only when its own unit (责任单位) cancels and no
 * other unit still implements it, so no unit's cancellation ever reaches another unit's page.
 */
async function cancelCatalogItemIfLast(req: PayloadRequest, adjustment: Doc, implementationId: Id, catalogItem: Doc | null): Promise<void> {
  if (!catalogItem || catalogItem._status !== 'published' || String(idOf(catalogItem.unit)) !== String(idOf(adjustment.unit))) return;
  const others = await req.payload.find({
    collection: 'implementations',
    where: { and: [{ catalogItem: { equals: catalogItem.id } }, { id: { not_equals: implementationId } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  });
  for (const other of others.docs) if (!(await isCancelled(req, other.id))) return;
  await asSystem(req, () =>
    req.payload.update({ collection: 'catalog-items', id: idOf(catalogItem.id)!, data: { status: 'cancelled' } as never, draft: false, depth: 0, overrideAccess: true, req }),
  );
}

/** Thrown when an approved adjustment cannot be applied as reviewed; the caller's transaction rolls back. */
export class PublicationRefused extends Error {}

/**
 * Puts an approved adjustment into force as planned (see planPublication), inside `req`'s
 * transaction, and sets `publishedAt`, which adds it to the public change history.
 */
export async function publishAdjustment(req: PayloadRequest, adjustment: Doc, now: Date): Promise<Doc> {
  const plan = await planPublication(req, adjustment);
  if (!plan.ok) throw new PublicationRefused(plan.reason);
  if (plan.kind === 'cancel') {
    await cancelCatalogItemIfLast(req, adjustment, plan.implementationId, plan.catalogItem);
  } else {
    if (plan.catalogItem) await publishContent(req, 'catalog-items', plan.catalogItem.id, plan.catalogItem.content);
    // A guide just reviewed is good until its next 复核日期, set here rather than left to the unit.
    const reviewDate = reviewDateAfter(now, await reviewIntervalMonths(req));
    await publishContent(req, 'implementations', plan.implementation.id, plan.implementation.content, { reviewDate });
  }
  return (await req.payload.update({
    collection: 'adjustments',
    id: idOf(adjustment.id)!,
    data: { publishedAt: now.toISOString() } as never,
    depth: 0,
    overrideAccess: true,
    context: { workflow: true },
    req,
  })) as unknown as Doc;
}

/** Whether an approved adjustment takes effect now (no effective date means at once). */
export function isDue(adjustment: Doc, now: Date): boolean {
  const effective = text(adjustment.effectiveDate);
  return effective === undefined || new Date(effective).getTime() <= now.getTime();
}

/**
 * Publishes every approved adjustment whose effective date has come, each in its own transaction
 * (one failure does not hold back the others). Called by the scheduled publishing job.
 */
export async function publishDueAdjustments(payload: Payload, now: Date = new Date()): Promise<{ published: Id[]; failed: { id: Id; error: string }[] }> {
  const due = await payload.find({
    collection: 'adjustments',
    where: { and: [{ state: { equals: 'approved' } }, { publishedAt: { exists: false } }, { or: [{ effectiveDate: { less_than_equal: now.toISOString() } }, { effectiveDate: { exists: false } }] }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  });
  const result: { published: Id[]; failed: { id: Id; error: string }[] } = { published: [], failed: [] };
  for (const doc of due.docs as unknown as Doc[]) {
    const req = await createLocalReq({ context: { workflow: true } }, payload);
    const shouldCommit = await initTransaction(req);
    try {
      await publishAdjustment(req, doc, now);
      if (shouldCommit) await commitTransaction(req);
      result.published.push(idOf(doc.id)!);
    } catch (error) {
      await killTransaction(req);
      result.failed.push({ id: idOf(doc.id)!, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
