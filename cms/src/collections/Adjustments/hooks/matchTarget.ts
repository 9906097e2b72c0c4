import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { idOf } from '../../../workflow/docs.ts';
import { buildProposal } from '../../../workflow/proposal.ts';

/**
 * An adjustment concerns one guide of its own unit: the implementation must belong to the
 * adjustment's unit, and its catalog item is taken from it when not given. The proposed guide and
 * its difference from the published one are refreshed on every save, so the unit sees what it will
 * submit (submission refreshes them once more).
 */
export const matchTarget: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (req.context.workflow) return data;
  const implementationId = idOf(data.implementation);
  if (implementationId === undefined) {
    throw new APIError('请选择要调整的“实施清单 / 办事指南”（implementation）：每项动态调整针对一份办事指南。', 400, undefined, true);
  }
  const implementation = await req.payload
    .findByID({ collection: 'implementations', id: implementationId, draft: true, depth: 0, overrideAccess: true, req })
    .catch(() => null);
  if (!implementation) throw new APIError(`实施清单 / 办事指南“${String(implementationId)}”不存在。`, 400, undefined, true);
  if (String(idOf(implementation.unit)) !== String(idOf(data.unit))) {
    throw new APIError(
      `申请单位（unit）“${String(idOf(data.unit))}”与所调整办事指南的实施主体“${String(idOf(implementation.unit))}”不一致：只能调整本单位的事项。`,
      400,
      undefined,
      true,
    );
  }
  const proposal = await buildProposal(req, implementationId, String(data.kind));
  const derived = proposal ? { proposedVersion: proposal.proposedVersion, changes: proposal.changes } : {};
  return { ...data, ...derived, catalogItem: idOf(data.catalogItem) ?? idOf(implementation.catalogItem) };
};
