import type { Decision, Disposition, Role, UnitKind } from '../vocabularies/index.ts';
import type { DayKind } from '../time/working-days.ts';

/**
 * When a stage applies to a case. Leaves are facts of the case; `all`/`any`/`not` combine them,
 * so a deployment can express e.g. "fee items of government departments" without code.
 */
export type StageCondition =
  | 'charged' // 收费事项
  | 'normative-documents' // 涉及规范性文件
  | 'intermediary' // 中介服务事项：中介机构的事项，或须经中介服务的事项
  | 'soe' // 国有企业的事项
  | { all: StageCondition[] }
  | { any: StageCondition[] }
  | { not: StageCondition };

/**
 * Which cases an actor of the stage may act on:
 * - own-unit: only cases of the actor's own unit (填报、单位负责人确认);
 * - supervised-units: only cases of units the actor's unit supervises (主管部门审核国企事项);
 * - all (default): any case (编办、专项审核、审定).
 */
export type StageScope = 'own-unit' | 'supervised-units' | 'all';

/** A number of working or calendar days (5 个工作日). */
export interface Period {
  days: number;
  dayKind: DayKind;
}

export interface Stage {
  id: string;
  name: string; // Chinese, shown in the admin and in review records
  roles: Role[]; // any one of these roles may act
  condition?: StageCondition;
  decisions: Decision[];
  /** 征求意见: the public is consulted for this period from the moment the stage is entered; 0 days = none. */
  consultation?: Period;
  /** 办理时限: from entering the stage, or from the close of its consultation when it has one. */
  due?: Period;
  scope?: StageScope;
  /**
   * 'report': a planned 报送 by the unit in the middle of a procedure (二报、二上、三上). The unit's
   * editor acts there by submitting the revised proposal; there are no decisions.
   */
  kind?: 'report';
  /** The stage records a 处置意见 with its decision (approve requires one). */
  dispositions?: boolean;
}

/**
 * A review procedure. Its shape is part of the contract, checked by `validateProcedure`:
 * - stages[0] is the drafting stage (单位填报): its roles draft and submit; it has no decisions;
 * - the stages right after it with scope 'own-unit' are the unit stages (单位负责人确认);
 * - a report stage (kind 'report', 二报) hands the case back to the unit, and own-unit stages right
 *   after it are unit stages too;
 * - every other stage is a review stage, taken in order, skipped when its condition is false.
 */
export interface Procedure {
  id: string;
  name: string;
  description?: string;
  stages: Stage[];
  /**
   * Where a case a review stage returned continues after its resubmission and the unit stages:
   * at the stage that returned it (default), or at the first review stage as if new.
   */
  resubmitTo?: 'returning-stage' | 'first-review';
}

export type WorkflowStatus = 'draft' | 'in-review' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

export interface WorkflowState {
  status: WorkflowStatus;
  /** in-review: the stage that must act now; returned: the stage that returned the case. */
  stageId?: string;
  /** 一报 = 1, 二报 = 2 …: goes up by one each time a case the reviewers returned is resubmitted. */
  round: number;
  submittedBy?: string;
  submittedAt?: string;
  /** When the current stage was entered: the start of its consultation window and of its 办理时限. */
  stageEnteredAt?: string;
  /** Where the case continues once the unit stages after a resubmission are done (the returning stage). */
  resumeStageId?: string;
  /** Stages whose public consultation already ran its full period in an earlier round: not repeated. */
  consulted?: string[];
}

/** The facts of a case the procedure depends on. */
export interface WorkflowSubject {
  unitId: string;
  unitKind: UnitKind;
  supervisorUnitId?: string; // 主管部门
  charged: boolean;
  hasNormativeDocuments: boolean;
  createdBy: string;
  /** The item needs a 中介服务 even though its unit is, say, a government department. */
  requiresIntermediaryService?: boolean;
  /** 行政区划代码 (6 or 12 digits) of the case's unit, matched against reviewers' regionCodes. */
  regionCode?: string;
}

export interface Actor {
  id: string;
  roles: Role[];
  unitId?: string;
  /** 辖区: when non-empty, review stages only for cases whose regionCode lies within one of these. */
  regionCodes?: string[];
}

export type ActionKind = 'submit' | 'confirm' | 'decide' | 'withdraw';

export interface Action {
  kind: ActionKind;
  decision?: Decision;
  label: string; // Chinese button text
  stageId?: string;
  /** Set on 通过 at a stage with dispositions: the form must ask for a 处置意见. */
  requiresDisposition?: boolean;
}

export type RecordedDecision = Decision | 'submit' | 'confirm' | 'withdraw';

/** One line of the append-only review history (审核记录). */
export interface ReviewRecord {
  stageId: string;
  stageName: string;
  actorId: string;
  actorRoles: Role[];
  decision: RecordedDecision;
  opinion?: string;
  disposition?: Disposition; // 处置意见
  at: string; // ISO
  round: number;
}

export type RefusalCode =
  | 'wrong-role' // 角色不符
  | 'wrong-unit' // 非本单位 / 非主管单位
  | 'own-submission' // 不得审核本人提交的事项
  | 'opinion-required' // 退回、不予通过须填写意见
  | 'not-in-review' // the case is not under review
  | 'already-submitted' // submitting a case under review
  | 'case-closed' // approved or rejected: nothing more to do
  | 'stage-not-current' // the action names a stage that is not the current one
  | 'decision-not-allowed' // the stage does not offer this decision
  | 'consultation-open' // approving before the public consultation window closed
  | 'disposition-required' // approving at a stage that records a 处置意见 without one
  | 'disposition-not-allowed' // a 处置意见 at a stage that does not record one
  | 'unknown-disposition' // a 处置意见 code outside the vocabulary
  | 'wrong-region' // 辖区不符
  | 'empty-batch' // a batch decision without any case
  | 'unknown-stage'; // the state names a stage the procedure does not have

export interface Refusal {
  ok: false;
  reason: string; // Chinese
  code: RefusalCode;
}

export type TransitionResult = { ok: true; state: WorkflowState; record: ReviewRecord } | Refusal;

export interface DecisionInput {
  decision: Decision;
  opinion?: string;
  /** The stage the actor saw when deciding; refused if the case has moved on meanwhile. */
  stageId?: string;
  disposition?: Disposition; // 处置意见, at a stage with dispositions
}
