import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload';
import { idOf, text, type Doc, type Id } from './docs.ts';

type Versioned = 'implementations' | 'catalog-items';

const notContent = new Set(['id', 'createdAt', 'updatedAt', '_status']);

/**
 * Publishes the version that was reviewed (recorded at submission), not whatever the draft holds
 * now; without a recorded version, the newest draft. Runs as the system: the refusePublish hook
 * lets `context.systemPublish` through and nothing else.
 */
async function publishVersion(req: PayloadRequest, collection: Versioned, id: Id, versionId: string | undefined, extra: Doc = {}): Promise<void> {
  let content: Doc;
  if (versionId) {
    const version = await req.payload.findVersionByID({ collection, id: versionId, depth: 0, overrideAccess: true, req });
    content = version.version as unknown as Doc;
  } else {
    content = (await req.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true, req })) as unknown as Doc;
  }
  const data = Object.fromEntries(Object.entries(content).filter(([key]) => !notContent.has(key)));
  await asSystem(req, () =>
    req.payload.update({ collection, id, data: { ...data, ...extra, _status: 'published' } as never, draft: false, depth: 0, overrideAccess: true, req }),
  );
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

/**
 * Puts an approved adjustment into force: 新增/变更/指南调整 publish the reviewed item and guide,
 * 取消 marks the catalog item 已取消 (its guide stays published with the cancellation notice), and
 * `publishedAt` adds the adjustment to the public change history.
 */
export async function publishAdjustment(req: PayloadRequest, adjustment: Doc, now: Date): Promise<Doc> {
  const implementationId = idOf(adjustment.implementation);
  const implementation = implementationId === undefined
    ? null
    : ((await req.payload.findByID({ collection: 'implementations', id: implementationId, depth: 0, overrideAccess: true, req })) as unknown as Doc);
  const catalogItemId = idOf(adjustment.catalogItem) ?? idOf(implementation?.catalogItem);
  if (adjustment.kind === 'cancel') {
    if (catalogItemId !== undefined) {
      await asSystem(req, () =>
        req.payload.update({ collection: 'catalog-items', id: catalogItemId, data: { status: 'cancelled', _status: 'published' } as never, draft: false, depth: 0, overrideAccess: true, req }),
      );
    }
  } else {
    if (catalogItemId !== undefined) await publishVersion(req, 'catalog-items', catalogItemId, text(adjustment.catalogItemVersion));
    if (implementationId !== undefined) await publishVersion(req, 'implementations', implementationId, text(adjustment.implementationVersion));
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
