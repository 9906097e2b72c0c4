import type { Actor, Role, UnitKind, WorkflowState, WorkflowStatus, WorkflowSubject } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { asStaff, unitIdOf } from '../access/user.ts';
import { idOf, text, type Doc } from './docs.ts';

/** An adjustment with the facts the procedure depends on, read as the system inside `req`'s transaction. */
export interface WorkflowCase {
  adjustment: Doc;
  state: WorkflowState;
  subject: WorkflowSubject;
}

const str = (value: unknown): string | undefined => {
  const id = idOf(value);
  return id === undefined ? undefined : String(id);
};

export function stateOf(adjustment: Doc): WorkflowState {
  const state: WorkflowState = { status: (text(adjustment.state) ?? 'draft') as WorkflowStatus, round: Number(adjustment.round ?? 1) || 1 };
  const optional = {
    stageId: text(adjustment.stage),
    submittedBy: str(adjustment.submittedBy),
    submittedAt: text(adjustment.submittedAt),
    stageEnteredAt: text(adjustment.stageEnteredAt),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (state as unknown as Doc)[key] = value;
  return state;
}

export function actorOf(user: unknown): Actor | undefined {
  const staff = asStaff(user);
  if (!staff) return undefined;
  const unit = unitIdOf(staff);
  const actor: Actor = { id: String(staff.id), roles: [...((staff.roles ?? []) as Role[])] };
  if (unit !== undefined) actor.unitId = String(unit);
  return actor;
}

async function find(req: PayloadRequest, collection: 'adjustments' | 'units' | 'implementations' | 'catalog-items', id: unknown, draft = false): Promise<Doc | null> {
  const key = idOf(id);
  if (key === undefined) return null;
  try {
    return (await req.payload.findByID({ collection, id: key, depth: 0, draft, overrideAccess: true, req })) as unknown as Doc;
  } catch {
    return null;
  }
}

/**
 * Loads the adjustment and the facts of its subject: the unit's kind and supervisor (主管部门),
 * whether the proposed guide is charged (收费) and the item has normative documents (规范性文件),
 * read from the newest drafts, since those are what is under review.
 */
export async function loadCase(req: PayloadRequest, id: unknown): Promise<WorkflowCase | null> {
  const adjustment = await find(req, 'adjustments', id);
  if (!adjustment) return null;
  const unit = await find(req, 'units', adjustment.unit);
  const implementation = await find(req, 'implementations', adjustment.implementation, true);
  // The guide decides its catalog item: the adjustment's own field is a copy and never trusted here.
  const catalogItem = await find(req, 'catalog-items', implementation?.catalogItem, true);
  const subject: WorkflowSubject = {
    unitId: str(adjustment.unit) ?? '',
    unitKind: (text(unit?.kind) ?? 'government') as UnitKind,
    charged: implementation?.charged === true,
    hasNormativeDocuments: catalogItem?.hasNormativeDocuments === true,
    createdBy: str(adjustment.createdBy) ?? '',
  };
  const supervisor = str(unit?.supervisor);
  if (supervisor !== undefined) subject.supervisorUnitId = supervisor;
  return { adjustment, state: stateOf(adjustment), subject };
}
