import { lockRow } from '../workflow/durability.ts';
import { lawStatuses } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { serverUrl } from '../env.ts';
import { deliver } from '../notifications/deliver.ts';
import { inTransaction } from '../organization/regions.ts';
import { idOf, text, type Doc, type Id } from '../workflow/docs.ts';
import { loadLawImpact } from './impact.ts';

/** A case still with its unit or in review: a second one for the same guide would compete with it. */
export const openStates = ['draft', 'in-review', 'returned', 'withdrawn'];

export interface StartResult {
  created: { adjustment: Id; implementation: Id; unit: Id }[];
  skipped: { implementation: Id; adjustment: Id; reason: string }[];
  notifiedUnits: number;
}

export function lawTitle(law: Doc): string {
  const number = text(law.documentNumber);
  return `《${String(law.name)}》${number ? `（${number}）` : ''}`;
}

function reasonFor(law: Doc): string {
  const status = text(law.status);
  const what = status && lawStatuses.has(status) ? `已${lawStatuses.label(status).replace(/^已/, '')}` : '发生变化';
  return `${lawTitle(law)}${status === 'in-force' ? '需要核对' : what}：请核对本事项引用该依据的设定依据、申请材料和收费等内容，修改办事指南后提交审核。`;
}

/**
 * 为全部引用事项发起调整: one draft adjustment per implementation citing the law (directly or through
 * its catalog item's 设定依据), filed for the implementation's own unit — 变更 when that unit is the
 * item's 责任单位 (it may change the 设定依据), else 指南调整. Not submitted: the unit's editor
 * completes and submits it. An implementation with an open case is skipped. All cases are written in
 * one transaction, or none; afterwards each unit's editors get one 站内通知 listing its cases.
 */
export async function startAdjustments(req: PayloadRequest, law: Doc): Promise<StartResult> {
  const impact = await loadLawImpact(req, law, false);
  const itemUnits = new Map(impact.catalogItems.map((item) => [String(item.id), item.unit]));
  const ids = impact.implementations.map((line) => line.id);
  const result = await inTransaction(req, async () => {
    // The guides' locks, in one order: a concurrent run, or an editor's 提交审核 of one of these
    // guides, waits here, so no guide gets two open cases.
    for (const id of [...ids].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }))) await lockRow(req, 'implementations', id);
    const open = ids.length
      ? ((await req.payload.find({ collection: 'adjustments', where: { and: [{ implementation: { in: ids } }, { state: { in: openStates } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })).docs as unknown as Doc[])
      : [];
    const openBy = new Map(open.map((doc) => [String(idOf(doc.implementation)), doc.id as Id]));
    const created: StartResult['created'] = [];
    const skipped: StartResult['skipped'] = [];
    for (const line of impact.implementations) {
      const existing = openBy.get(String(line.id));
      if (existing !== undefined) {
        skipped.push({ implementation: line.id, adjustment: existing, reason: '已有未办结的动态调整' });
        continue;
      }
      const impl = (await req.payload.findByID({ collection: 'implementations', id: line.id, draft: true, depth: 0, overrideAccess: true, req })) as unknown as Doc;
      const unit = idOf(impl.unit)!;
      const ownsItem = String(itemUnits.get(String(idOf(impl.catalogItem))) ?? '') === String(unit);
      const adjustment = await req.payload.create({
        collection: 'adjustments',
        data: { kind: ownsItem ? 'change' : 'guide', implementation: line.id, unit, reason: reasonFor(law), basis: lawTitle(law) } as never,
        depth: 0,
        overrideAccess: true,
        req,
      });
      created.push({ adjustment: adjustment.id as Id, implementation: line.id, unit });
    }
    return { created, skipped };
  });
  const notifiedUnits = await notifyUnits(req, law, result.created);
  return { ...result, notifiedUnits };
}

/** One notice per unit (to each of its editors), after the cases are committed. */
async function notifyUnits(req: PayloadRequest, law: Doc, created: StartResult['created']): Promise<number> {
  const byUnit = new Map<string, StartResult['created']>();
  for (const entry of created) byUnit.set(String(entry.unit), [...(byUnit.get(String(entry.unit)) ?? []), entry]);
  let told = 0;
  for (const [unit, cases] of byUnit) {
    try {
      const editors = await req.payload.find({ collection: 'users', where: { and: [{ roles: { in: ['editor'] } }, { unit: { equals: unit } }] }, depth: 0, limit: 0, pagination: false, overrideAccess: true });
      const first = cases[0]!.adjustment;
      const list = cases.map((c) => `${serverUrl()}/admin/collections/adjustments/${String(c.adjustment)}`).join('\n');
      for (const editor of editors.docs as unknown as Doc[]) {
        await deliver(req.payload, {
          recipient: { id: editor.id as Id, email: text(editor.email), name: text(editor.name) },
          kind: 'law-change',
          dedupeKey: `law:${String(law.id)}:${String(first)}:${String(editor.id)}`,
          adjustment: first,
          stage: 'draft',
          subject: `依据变化：${lawTitle(law)}，本单位有 ${cases.length} 项调整待填报`,
          text: `${reasonFor(law)}\n系统已为本单位引用该依据的 ${cases.length} 项办事指南建立动态调整草稿，请逐项修改并提交：\n${list}`,
        });
      }
      if (editors.docs.length > 0) told += 1;
    } catch (error) {
      req.payload.logger.warn(`依据变化通知未能发送（单位 ${unit}）：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return told;
}
