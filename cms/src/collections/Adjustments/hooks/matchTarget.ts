import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { hasRole, unitIdOf } from '../../../access/user.ts';
import { idOf } from '../../../workflow/docs.ts';
import { buildProposal, byId } from '../../../workflow/proposal.ts';

const refuse = (message: string, status = 400): never => {
  throw new APIError(message, status, undefined, true);
};

/**
 * An adjustment's targets are what they claim: the implementation must belong to the adjustment's
 * unit, the unit must be the user's own (administrators excepted; the Local API with a user skips
 * access checks, so this is checked here too), and the catalog item is always the implementation's
 * own — a different one is refused rather than silently replaced. The proposed guide and its
 * difference from the published one are refreshed on every save, so the unit sees what it will
 * submit (submission refreshes them once more).
 */
export const matchTarget: CollectionBeforeChangeHook = async ({ data, req }) => {
  if (req.context.workflow) return data;
  const implementationId = idOf(data.implementation);
  if (implementationId === undefined) refuse('请选择要调整的“实施清单 / 办事指南”（implementation）：每项动态调整针对一份办事指南。');
  const unit = idOf(data.unit);
  const ownUnit = unitIdOf(req.user);
  if (req.user && !hasRole(req.user, 'admin') && String(unit) !== String(ownUnit)) {
    refuse(`申请单位（unit）“${String(unit)}”不是您所在的单位：只能为本单位提出动态调整。`, 403);
  }
  const implementation = await byId(req, 'implementations', implementationId!, true);
  if (!implementation) refuse(`实施清单 / 办事指南“${String(implementationId)}”不存在。`);
  if (String(idOf(implementation!.unit)) !== String(unit)) {
    refuse(`申请单位（unit）“${String(unit)}”与所调整办事指南的实施主体“${String(idOf(implementation!.unit))}”不一致：只能调整本单位的事项。`);
  }
  const catalogItem = idOf(implementation!.catalogItem);
  const claimed = idOf(data.catalogItem);
  if (claimed !== undefined && String(claimed) !== String(catalogItem)) {
    refuse(`目录清单事项（catalogItem）“${String(claimed)}”不是所调整办事指南对应的事项“${String(catalogItem)}”：事项由办事指南确定，请不要另选。`);
  }
  const proposal = await buildProposal(req, implementationId!, String(data.kind));
  const derived = proposal ? { proposedVersion: proposal.proposedVersion, changes: proposal.changes } : {};
  return { ...data, ...derived, catalogItem: catalogItem ?? null };
};
