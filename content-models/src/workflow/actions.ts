import type { HolidayCalendar } from '../time/working-days.ts';
import { decisions, type Role } from '../vocabularies/index.ts';
import { checkConsultationClosed, checkDecider, checkSubmittable, checkUnitDrafter, currentStage, isRefusal } from './authority.ts';
import { noHolidays } from './consultation.ts';
import { draftingStage, findStage, isReportStage, isUnitStage } from './stages.ts';
import type { Action, Actor, Procedure, Stage, WorkflowState, WorkflowSubject } from './types.ts';

/**
 * What this actor may do now: exactly the actions `submit`, `decide` and `withdraw` would accept
 * (given an opinion, and a 处置意见 where `requiresDisposition` says so). Pass `now` to hide 通过
 * while a consultation is open, counted on `calendar`.
 */
export function availableActions(
  procedure: Procedure,
  state: WorkflowState,
  subject: WorkflowSubject,
  actor: Actor,
  now?: Date,
  calendar: HolidayCalendar = noHolidays,
): Action[] {
  const drafting = draftingStage(procedure);
  const mayDraft = checkUnitDrafter(procedure, subject, actor) === undefined;
  const stage = currentStage(procedure, state);
  if (checkSubmittable(procedure, state) === undefined && isRefusal(stage)) {
    return mayDraft ? [{ kind: 'submit', label: state.status === 'draft' ? '提交审核' : '重新提交', stageId: drafting.id }] : [];
  }
  if (isRefusal(stage)) return [];
  if (isReportStage(stage)) {
    return mayDraft
      ? [
          { kind: 'submit', label: `提交（${stage.name}）`, stageId: stage.id },
          { kind: 'withdraw', label: '撤回', stageId: stage.id },
        ]
      : [];
  }
  const actions: Action[] = [];
  if (checkDecider(stage, state, subject, actor) === undefined) {
    const unitStage = isUnitStage(procedure, stage.id);
    for (const decision of stage.decisions) {
      if (decision === 'approve' && now !== undefined && checkConsultationClosed(stage, state, now, calendar)) continue;
      const confirm = decision === 'approve' && unitStage;
      const action: Action = { kind: confirm ? 'confirm' : 'decide', decision, label: confirm ? '确认上报' : decisions.label(decision), stageId: stage.id };
      if (decision === 'approve' && stage.dispositions === true) action.requiresDisposition = true;
      actions.push(action);
    }
  }
  if (mayDraft) actions.push({ kind: 'withdraw', label: '撤回', stageId: stage.id });
  return actions;
}

/**
 * Who must act now: the current review stage, or the drafting unit while the case is with it.
 * `unitId` narrows the roles to one unit where the stage's scope does (本单位 / 主管部门).
 */
export function nextActors(
  procedure: Procedure,
  state: WorkflowState,
  subject: WorkflowSubject,
): { stage: Stage; roles: Role[]; unitId?: string } | undefined {
  if (state.status === 'approved' || state.status === 'rejected') return undefined;
  const drafting = state.status !== 'in-review';
  const stage = drafting ? draftingStage(procedure) : findStage(procedure, state.stageId);
  if (stage === undefined) return undefined;
  const scope = drafting ? 'own-unit' : (stage.scope ?? 'all');
  const unitId = scope === 'own-unit' ? subject.unitId : scope === 'supervised-units' ? subject.supervisorUnitId : undefined;
  return unitId === undefined ? { stage, roles: [...stage.roles] } : { stage, roles: [...stage.roles], unitId };
}
