import { citesNormativeDocuments, type Actor, type Procedure, type Role, type UnitKind, type WorkflowState, type WorkflowStatus, type WorkflowSubject } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { asStaff, unitIdOf } from '../access/user.ts';
import { idOf, text, type Doc } from './docs.ts';
import { procedureOf } from './procedure.ts';
import { byId } from './proposal.ts';

/** An adjustment with the facts the procedure depends on, read as the system inside `req`'s transaction. */
export interface WorkflowCase {
  adjustment: Doc;
  /** The procedure this case follows: its own recorded copy (see procedureOf). */
  procedure: Procedure;
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
  const resume = text(adjustment.resumeStage);
  if (resume !== undefined) state.resumeStageId = resume;
  if (Array.isArray(adjustment.consultedStages) && adjustment.consultedStages.length > 0) state.consulted = (adjustment.consultedStages as unknown[]).map(String);
  return state;
}

export function actorOf(user: unknown): Actor | undefined {
  const staff = asStaff(user);
  if (!staff) return undefined;
  const unit = unitIdOf(staff);
  const actor: Actor = { id: String(staff.id), roles: [...((staff.roles ?? []) as Role[])] };
  if (unit !== undefined) actor.unitId = String(unit);
  const regionCodes = (staff as { regionCodes?: unknown }).regionCodes;
  if (Array.isArray(regionCodes) && regionCodes.length > 0) actor.regionCodes = regionCodes.map(String);
  return actor;
}

async function find(req: PayloadRequest, collection: 'adjustments' | 'units' | 'implementations' | 'catalog-items' | 'regions', id: unknown, draft = false): Promise<Doc | null> {
  const key = idOf(id);
  if (key === undefined) return null;
  // The case itself is what each step writes: always read afresh. The guide's documents are the
  // proposal's own reads (byId), shared with it when the caller registered a cache.
  if (collection !== 'adjustments') return byId(req, collection, key, draft);
  try {
    return (await req.payload.findByID({ collection, id: key, depth: 0, draft, overrideAccess: true, req })) as unknown as Doc;
  } catch {
    return null;
  }
}

const basisTexts = (rows: unknown, field: string): unknown[] => (Array.isArray(rows) ? (rows as Doc[]).map((row) => row[field]) : []);

/**
 * Loads the adjustment and the facts of its subject: the unit's kind, supervisor (主管部门) and
 * division; whether the proposed guide is charged (收费), needs an intermediary service (中介服务,
 * for 审管办) and cites normative documents (规范性文件, for 法制办: the unit's checkbox, or a basis
 * of the item, its fees or its materials that reads as one), read from the newest drafts, since
 * those are what is under review.
 */
export async function loadCase(req: PayloadRequest, id: unknown): Promise<WorkflowCase | null> {
  const adjustment = await find(req, 'adjustments', id);
  if (!adjustment) return null;
  const unit = await find(req, 'units', adjustment.unit);
  const implementation = await find(req, 'implementations', adjustment.implementation, true);
  // The guide decides its catalog item: the adjustment's own field is a copy and never trusted here.
  const catalogItem = await find(req, 'catalog-items', implementation?.catalogItem, true);
  const region = await find(req, 'regions', unit?.region);
  const bases = [
    ...basisTexts(catalogItem?.legalBasis, 'instrument'),
    ...basisTexts(implementation?.fees, 'basis'),
    ...basisTexts(implementation?.materials, 'basis'),
  ].map((value) => text(value));
  const subject: WorkflowSubject = {
    unitId: str(adjustment.unit) ?? '',
    unitKind: (text(unit?.kind) ?? 'government') as UnitKind,
    charged: implementation?.charged === true,
    hasNormativeDocuments: catalogItem?.hasNormativeDocuments === true || citesNormativeDocuments(bases),
    requiresIntermediaryService: Array.isArray(implementation?.intermediaryServices) && implementation.intermediaryServices.length > 0,
    createdBy: str(adjustment.createdBy) ?? '',
  };
  const supervisor = str(unit?.supervisor);
  if (supervisor !== undefined) subject.supervisorUnitId = supervisor;
  const regionCode = text(region?.code);
  if (regionCode !== undefined) subject.regionCode = regionCode;
  return { adjustment, procedure: procedureOf(adjustment), state: stateOf(adjustment), subject };
}
