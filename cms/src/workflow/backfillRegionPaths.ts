import { regionAncestors } from '@catalog/content-models';
import type { Payload } from 'payload';
import { idOf, text, type Doc } from './docs.ts';

/**
 * Cases filed before 审核辖区 existed have no `regionPath`, so a reviewer scoped to a region would
 * not see them. Fills it in once from each case's unit (idempotent: only cases without one).
 */
export async function backfillRegionPaths(payload: Payload): Promise<number> {
  const missing = await payload.find({
    collection: 'adjustments',
    where: { regionPath: { exists: false } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  });
  const codeOfUnit = new Map<string, string[]>();
  let filled = 0;
  for (const adjustment of missing.docs as unknown as Doc[]) {
    const unitId = idOf(adjustment.unit);
    if (unitId === undefined) continue;
    if (!codeOfUnit.has(String(unitId))) {
      const unit = (await payload.findByID({ collection: 'units', id: unitId, depth: 1, overrideAccess: true }).catch(() => null)) as Doc | null;
      const region = unit?.region as Doc | null | undefined;
      const code = region && typeof region === 'object' ? text(region.code) : undefined;
      codeOfUnit.set(String(unitId), code ? regionAncestors(code) : []);
    }
    const regionPath = codeOfUnit.get(String(unitId))!;
    if (regionPath.length === 0) continue;
    await payload.update({ collection: 'adjustments', id: idOf(adjustment.id)!, data: { regionPath } as never, depth: 0, overrideAccess: true, context: { workflow: true } });
    filled++;
  }
  if (filled > 0) payload.logger.info(`已为 ${filled} 件既有调整补记所属区划（审核辖区据此筛选）。`);
  return filled;
}
