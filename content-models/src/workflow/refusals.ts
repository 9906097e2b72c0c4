import { decisions, dispositions, roles, type Decision, type Role } from '../vocabularies/index.ts';
import { workflowStatuses } from './statuses.ts';
import type { Refusal, RefusalCode, Stage, WorkflowState, WorkflowSubject } from './types.ts';
import { beijingDateTime } from '../time/beijing-time.ts';

/** Chinese refusal reasons: each names the stage, the value at fault and what would be accepted. */

function refuse(code: RefusalCode, reason: string): Refusal {
  return { ok: false, code, reason };
}

export function roleList(list: readonly Role[]): string {
  return list.length === 0 ? '无' : list.map((r) => roles.label(r)).join('、');
}

const dispositionChoices = (): string => dispositions.terms.map((t) => `${t.code}（${t.label}）`).join('、');

export const refusals = {
  wrongRole: (stage: Stage, actorRoles: readonly Role[]) =>
    refuse('wrong-role', `角色不符：「${stage.name}」环节须由${roleList(stage.roles)}办理，当前用户的角色为：${roleList(actorRoles)}`),

  notOwnUnit: (stage: Stage, subject: WorkflowSubject, actorUnitId: string | undefined) =>
    refuse(
      'wrong-unit',
      `单位不符：「${stage.name}」环节只能由本单位人员办理，该事项属于单位「${subject.unitId}」，当前用户属于「${actorUnitId ?? '未设置单位'}」`,
    ),

  notSupervisor: (stage: Stage, subject: WorkflowSubject, actorUnitId: string | undefined) =>
    refuse(
      'wrong-unit',
      subject.supervisorUnitId === undefined
        ? `单位不符：「${stage.name}」环节须由该事项的主管部门办理，但单位「${subject.unitId}」未登记主管部门，请先在单位信息中填写主管部门`
        : `单位不符：「${stage.name}」环节只能由该事项的主管部门「${subject.supervisorUnitId}」办理，当前用户属于「${actorUnitId ?? '未设置单位'}」`,
    ),

  ownSubmission: (stage: Stage) =>
    refuse('own-submission', `不得审核本人提交的事项：「${stage.name}」环节须由提交人以外的人员办理`),

  opinionRequired: (stage: Stage, decision: Decision) =>
    refuse('opinion-required', `${decisions.label(decision)}须填写审核意见：请在「${stage.name}」环节的审核意见中说明理由`),

  notInReview: (state: WorkflowState) =>
    refuse('not-in-review', `该事项当前状态为「${workflowStatuses.label(state.status)}」，不在审核中，不能作出审核决定`),

  alreadySubmitted: (stage: Stage | undefined) =>
    refuse('already-submitted', `该事项已提交，正在${stage ? `「${stage.name}」环节` : ''}审核中，不能重复提交`),

  caseClosed: (state: WorkflowState) =>
    refuse('case-closed', `该事项已办结（${workflowStatuses.label(state.status)}），不能再提交或审核；如需修改请发起新的调整`),

  stageNotCurrent: (requested: string, current: Stage) =>
    refuse('stage-not-current', `环节不符：操作针对环节「${requested}」，但该事项当前处于「${current.name}」环节，请刷新后重试`),

  decisionNotAllowed: (stage: Stage, decision: string) =>
    refuse(
      'decision-not-allowed',
      `「${stage.name}」环节不能作出「${decisions.has(decision) ? decisions.label(decision) : decision}」决定，可选：${stage.decisions.map((d) => decisions.label(d)).join('、') || '无'}`,
    ),

  consultationOpen: (stage: Stage, closesAt: string) =>
    refuse('consultation-open', `「${stage.name}」环节正在向社会征求意见，征求意见期至 ${beijingDateTime(closesAt)}（北京时间）结束，期满后方可通过`),

  wrongRegion: (stage: Stage, subject: WorkflowSubject, actorRegions: readonly string[]) =>
    refuse(
      'wrong-region',
      `辖区不符：「${stage.name}」环节只能由辖区内的审核人员办理，${subject.regionCode ? `该事项属于区划「${subject.regionCode}」` : '该事项未登记行政区划'}，当前用户的辖区为：${actorRegions.join('、')}`,
    ),

  dispositionRequired: (stage: Stage) =>
    refuse('disposition-required', `「${stage.name}」环节通过时须选择处置意见，可选：${dispositionChoices()}`),

  dispositionNotAllowed: (stage: Stage) =>
    refuse('disposition-not-allowed', `「${stage.name}」环节不记录处置意见，请不要选择处置意见`),

  unknownDisposition: (value: string) =>
    refuse('unknown-disposition', `处置意见「${value}」不是可接受的值，可选：${dispositionChoices()}`),

  emptyBatch: () => refuse('empty-batch', '批量审核未选择任何事项，请至少勾选一个事项'),

  unknownStage: (stageId: string | undefined) =>
    refuse('unknown-stage', `流程中没有环节「${stageId ?? '（空）'}」：该事项的流程状态与当前流程配置不一致，请联系系统管理员`),
};
