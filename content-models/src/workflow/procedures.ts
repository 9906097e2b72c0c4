import type { Procedure, Stage } from './types.ts';

/**
 * The procedures of the seeds (DOMAIN.md §4), shipped as data. A deployment picks one or stores
 * an edited copy (checked by validateProcedure). Specialist stages may approve or return but not
 * reject: their opinion goes back to the unit, the refusal of an item is the lead reviewer's and
 * the government's call.
 */

/** SOE items (水电气、公交) are reviewed by the department that supervises the company. */
const supervisorStage: Stage = {
  id: 'supervisor',
  name: '主管部门审核国企事项',
  roles: ['supervisor-reviewer'],
  condition: 'soe',
  decisions: ['approve', 'return'],
  scope: 'supervised-units',
};

/** Intermediary-service items are reviewed by 审管办. */
const intermediaryStage: Stage = {
  id: 'intermediary',
  name: '审管办审核中介服务事项',
  roles: ['intermediary-reviewer'],
  condition: 'intermediary',
  decisions: ['approve', 'return'],
};

/** 两报两审 (Wenzhou 2017): 一报 → 一审 → 二报 (resubmission) → 二审 with 征求意见 → 审定 → 公布. */
export const twoReportsTwoReviews: Procedure = {
  id: 'two-reports-two-reviews',
  name: '两报两审',
  stages: [
    { id: 'draft', name: '单位填报', roles: ['editor'], decisions: [], scope: 'own-unit' },
    { id: 'unit-head', name: '单位负责人确认', roles: ['unit-head'], decisions: ['approve', 'return'], scope: 'own-unit' },
    { id: 'first-review', name: '一审（编办审核）', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'] },
    { id: 'price', name: '发改委审核收费标准', roles: ['price-reviewer'], condition: 'charged', decisions: ['approve', 'return'] },
    { id: 'finance', name: '财政局审核收费依据', roles: ['finance-reviewer'], condition: 'charged', decisions: ['approve', 'return'] },
    { id: 'legal', name: '法制办合法性审查', roles: ['legal-reviewer'], condition: 'normative-documents', decisions: ['approve', 'return'] },
    intermediaryStage,
    supervisorStage,
    {
      id: 'second-review',
      name: '二审（征求意见后审核）',
      roles: ['reviewer'],
      decisions: ['approve', 'return', 'reject'],
      consultationDays: 7,
    },
    { id: 'approval', name: '审定（市政府）', roles: ['approver'], decisions: ['approve', 'return', 'reject'] },
  ],
};

/**
 * 黔江模板: units list items and write guides → the unit's head signs → 编办 reviews jointly with
 * 发改委, 法制办 and 行管办 (taken one after another, each recording its own opinion; 行管办 acts
 * through the intermediary-reviewer role, the service-administration office) → 区政府审定.
 */
export const jointReview: Procedure = {
  id: 'joint-review',
  name: '联合审查（编办会同发改委、法制办、行管办）',
  stages: [
    { id: 'draft', name: '单位梳理填报', roles: ['editor'], decisions: [], scope: 'own-unit' },
    { id: 'unit-head', name: '单位主要领导签字', roles: ['unit-head'], decisions: ['approve', 'return'], scope: 'own-unit' },
    { id: 'joint-establishment', name: '联合审查·编办', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'] },
    { id: 'joint-price', name: '联合审查·发改委', roles: ['price-reviewer'], condition: 'charged', decisions: ['approve', 'return'] },
    { id: 'joint-legal', name: '联合审查·法制办', roles: ['legal-reviewer'], decisions: ['approve', 'return'] },
    { id: 'joint-service', name: '联合审查·行管办', roles: ['intermediary-reviewer'], decisions: ['approve', 'return'] },
    { id: 'approval', name: '区政府审定', roles: ['approver'], decisions: ['approve', 'return', 'reject'] },
  ],
};

/** 动态调整 (Wenzhou §4): SOE items reviewed by their 主管部门, intermediary items by 审管办. */
export const dynamicAdjustment: Procedure = {
  id: 'dynamic-adjustment',
  name: '动态调整',
  stages: [
    { id: 'draft', name: '单位提出调整', roles: ['editor'], decisions: [], scope: 'own-unit' },
    { id: 'unit-head', name: '单位负责人确认', roles: ['unit-head'], decisions: ['approve', 'return'], scope: 'own-unit' },
    { id: 'review', name: '编办审核', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'] },
    supervisorStage,
    intermediaryStage,
    { id: 'approval', name: '审定', roles: ['approver'], decisions: ['approve', 'return', 'reject'] },
  ],
};

export const procedures: Readonly<Record<string, Procedure>> = {
  [twoReportsTwoReviews.id]: twoReportsTwoReviews,
  [jointReview.id]: jointReview,
  [dynamicAdjustment.id]: dynamicAdjustment,
};

export const defaultProcedure: Procedure = twoReportsTwoReviews;
