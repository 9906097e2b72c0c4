import type { Actor, ReviewRecord, TransitionResult, WorkflowState, WorkflowSubject } from '../types.ts';

/** Units, people and cases shared by the workflow tests. */

/** Freezes a value and everything inside it, so a test fails if a transition mutates its inputs. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const civilAffairs = 'unit-civil-affairs'; // 民政局
export const waterCompany = 'unit-water-company'; // 自来水公司 (SOE)
export const housingBureau = 'unit-housing-bureau'; // 住建局, supervises the water company
export const transportBureau = 'unit-transport-bureau'; // 交通局, supervises nobody here
export const establishmentOffice = 'unit-establishment-office'; // 编办

export const plainItem: WorkflowSubject = deepFreeze({
  unitId: civilAffairs,
  unitKind: 'government',
  charged: false,
  hasNormativeDocuments: false,
  createdBy: 'editor-li',
});
export const feeItem: WorkflowSubject = deepFreeze({ ...plainItem, charged: true });
export const soeItem: WorkflowSubject = deepFreeze({
  unitId: waterCompany,
  unitKind: 'soe',
  supervisorUnitId: housingBureau,
  charged: false,
  hasNormativeDocuments: false,
  createdBy: 'editor-wang',
});

export const editor: Actor = deepFreeze({ id: 'editor-li', roles: ['editor'], unitId: civilAffairs });
export const colleague: Actor = deepFreeze({ id: 'editor-zhao', roles: ['editor'], unitId: civilAffairs });
export const unitHead: Actor = deepFreeze({ id: 'head-chen', roles: ['unit-head'], unitId: civilAffairs });
export const reviewer: Actor = deepFreeze({ id: 'reviewer-sun', roles: ['reviewer'], unitId: establishmentOffice });
export const priceReviewer: Actor = deepFreeze({ id: 'price-zhou', roles: ['price-reviewer'], unitId: 'unit-development-reform' });
export const financeReviewer: Actor = deepFreeze({ id: 'finance-wu', roles: ['finance-reviewer'], unitId: 'unit-finance' });
export const legalReviewer: Actor = deepFreeze({ id: 'legal-zheng', roles: ['legal-reviewer'], unitId: 'unit-legal-affairs' });
export const approver: Actor = deepFreeze({ id: 'approver-feng', roles: ['approver'], unitId: 'unit-government-office' });
export const soeEditor: Actor = deepFreeze({ id: 'editor-wang', roles: ['editor'], unitId: waterCompany });
export const soeHead: Actor = deepFreeze({ id: 'head-he', roles: ['unit-head'], unitId: waterCompany });
export const housingSupervisor: Actor = deepFreeze({ id: 'supervisor-ma', roles: ['supervisor-reviewer'], unitId: housingBureau });
export const transportSupervisor: Actor = deepFreeze({ id: 'supervisor-lu', roles: ['supervisor-reviewer'], unitId: transportBureau });

/** Monday 2026-03-02 09:00 Beijing time, then `day` days later. */
export function at(day: number, hour = 9): Date {
  return new Date(Date.UTC(2026, 2, 2 + day, hour - 8));
}

/** A case's life as the CMS keeps it: the current state and the append-only records. */
export class CaseFile {
  state: WorkflowState = { status: 'draft', round: 1 };
  readonly records: ReviewRecord[] = [];

  /** Applies a transition that must succeed; fails the test with the refusal otherwise. */
  apply(result: TransitionResult): this {
    if (!result.ok) throw new Error(`unexpected refusal ${result.code}: ${result.reason}`);
    this.state = result.state;
    this.records.push(result.record);
    return this;
  }
}

