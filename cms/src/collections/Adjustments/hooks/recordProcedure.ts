import { isContactOnly, regionAncestors, type AdjustmentKind } from '@catalog/content-models';
import type { CollectionBeforeChangeHook } from 'payload';
import { idOf, text, type Doc } from '../../../workflow/docs.ts';
import { chooseProcedureFor, procedureFields } from '../../../workflow/procedure.ts';
import { cachedRead } from '../../../workflow/readCache.ts';

/** The division codes of the adjustment's unit, from the province down (see regionAncestors). */
export async function regionPathOf(req: Parameters<CollectionBeforeChangeHook>[0]['req'], unitId: unknown): Promise<string[]> {
  const id = idOf(unitId);
  if (id === undefined) return [];
  return cachedRead(req, 'stable', `region-path:${String(id)}`, async () => {
    const unit = (await req.payload.findByID({ collection: 'units', id, depth: 1, overrideAccess: true, req }).catch(() => null)) as Doc | null;
    const region = unit?.region as Doc | string | number | null | undefined;
    const code = region && typeof region === 'object' ? text(region.code) : undefined;
    return code ? regionAncestors(code) : [];
  });
}

/**
 * Records which procedure the case follows (campaign, then 审核设置's rules, then the fallback),
 * with its version and a copy, and the unit's region path. Chosen again on every save while the
 * case has never been submitted (its kind, campaign or changes may still change); never afterwards.
 * The workflow service writes these itself (context.workflow).
 */
export const recordProcedure: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (req.context.workflow) return data;
  const submittedBefore = operation === 'update' && (originalDoc?.submittedAt || (originalDoc?.state && originalDoc.state !== 'draft'));
  const regionPath = await regionPathOf(req, data.unit ?? originalDoc?.unit);
  if (submittedBefore || (operation === 'create' && data.procedureSnapshot)) return { ...data, regionPath };
  const changes = Array.isArray(data.changes) ? data.changes : [];
  const chosen = await chooseProcedureFor(req, {
    campaign: 'campaign' in data ? data.campaign : originalDoc?.campaign,
    kind: String(data.kind ?? originalDoc?.kind) as AdjustmentKind,
    contactOnly: isContactOnly(changes as never),
  });
  return { ...data, ...procedureFields(chosen), regionPath };
};
