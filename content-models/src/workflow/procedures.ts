import type { Period, Procedure, Stage } from './types.ts';

/**
 * The procedures of the seeds (DOMAIN.md §4), shipped as data. A deployment picks one or stores
 * an edited copy (checked by validateProcedure). Specialist stages may approve or return but not
 * reject: their opinion goes back to the unit, the refusal of an item is the lead reviewer's and
 * the government's call.
 */

/** 办理时限 of a review stage; the government's 审定 waits for a meeting, hence longer. */
const reviewDue: Period = { days: 5, dayKind: 'working' };
const approvalDue: Period = { days: 10, dayKind: 'working' };

const draftStage = (name: string): Stage => ({ id: 'draft', name, roles: ['editor'], decisions: [], scope: 'own-unit' });
const unitHeadStage: Stage = { id: 'unit-head', name: '单位负责人确认', roles: ['unit-head'], decisions: ['approve', 'return'], scope: 'own-unit' };
const reportStage = (id: string, name: string): Stage => ({ id, name, roles: ['editor'], decisions: [], scope: 'own-unit', kind: 'report' });

/** SOE items (水电气、公交) are reviewed by the department that supervises the company. */
const supervisorStage: Stage = {
  id: 'supervisor',
  name: '主管部门审核国企事项',
  roles: ['supervisor-reviewer'],
  condition: 'soe',
  decisions: ['approve', 'return'],
  scope: 'supervised-units',
  due: reviewDue,
};

/** Intermediary-service items are reviewed by 审管办. */
const intermediaryStage: Stage = {
  id: 'intermediary',
  name: '审管办审核中介服务事项',
  roles: ['intermediary-reviewer'],
  condition: 'intermediary',
  decisions: ['approve', 'return'],
  due: reviewDue,
};

/**
 * 两报两审 (Wenzhou 2017): 一报 → 一审 with a 处置意见 and the specialists → 二报, the unit's revision
 * after the 一审 opinion → 二审 after five working days of 征求意见 → 政府常务会议审定 → 公布.
 */
export const twoReportsTwoReviews: Procedure = {
  id: 'two-reports-two-reviews',
  name: '两报两审',
  description: '单位一报、编办一审（提出处置意见，收费、规范性文件、中介服务、国企事项分送专项审核），单位按一审意见修改后二报，向社会征求意见后二审，报政府常务会议审定。',
  stages: [
    draftStage('一报（单位填报）'),
    unitHeadStage,
    { id: 'first-review', name: '一审（编办审核）', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'], dispositions: true, due: reviewDue },
    { id: 'price', name: '发改委审核收费标准', roles: ['price-reviewer'], condition: 'charged', decisions: ['approve', 'return'], due: reviewDue },
    { id: 'finance', name: '财政局审核收费依据', roles: ['finance-reviewer'], condition: 'charged', decisions: ['approve', 'return'], due: reviewDue },
    { id: 'legal', name: '法制办合法性审查', roles: ['legal-reviewer'], condition: 'normative-documents', decisions: ['approve', 'return'], due: reviewDue },
    intermediaryStage,
    supervisorStage,
    reportStage('second-report', '二报（单位按一审意见修改后报送）'),
    {
      id: 'second-review',
      name: '二审（征求意见后审核）',
      roles: ['reviewer'],
      decisions: ['approve', 'return', 'reject'],
      consultation: { days: 5, dayKind: 'working' },
      due: reviewDue,
    },
    { id: 'approval', name: '审定（政府常务会议）', roles: ['approver'], decisions: ['approve', 'return', 'reject'], due: approvalDue },
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
  description: '单位梳理填报、主要领导签字后，由编办会同发改委（收费事项）、法制办、行管办依次联合审查，报区政府审定。',
  stages: [
    draftStage('单位梳理填报'),
    { ...unitHeadStage, name: '单位主要领导签字' },
    { id: 'joint-establishment', name: '联合审查·编办', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'], due: reviewDue },
    { id: 'joint-price', name: '联合审查·发改委', roles: ['price-reviewer'], condition: 'charged', decisions: ['approve', 'return'], due: reviewDue },
    { id: 'joint-legal', name: '联合审查·法制办', roles: ['legal-reviewer'], decisions: ['approve', 'return'], due: reviewDue },
    { id: 'joint-service', name: '联合审查·行管办', roles: ['intermediary-reviewer'], decisions: ['approve', 'return'], due: reviewDue },
    { id: 'approval', name: '区政府审定', roles: ['approver'], decisions: ['approve', 'return', 'reject'], due: approvalDue },
  ],
};

/** 动态调整 (Wenzhou §4): SOE items reviewed by their 主管部门, intermediary items by 审管办; no consultation. */
export const dynamicAdjustment: Procedure = {
  id: 'dynamic-adjustment',
  name: '动态调整',
  description: '已公布事项的新增、变更、取消和办事指南调整：单位提出、负责人确认，编办审核（国企事项经主管部门、中介服务事项经审管办审核），报政府审定。',
  stages: [
    draftStage('单位提出调整'),
    unitHeadStage,
    { id: 'review', name: '编办审核', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'], due: reviewDue },
    supervisorStage,
    intermediaryStage,
    { id: 'approval', name: '审定', roles: ['approver'], decisions: ['approve', 'return', 'reject'], due: approvalDue },
  ],
};

/** 简易程序: a change of contact details alters nothing about the item itself, so 编办 alone approves it. */
export const contactUpdate: Procedure = {
  id: 'contact-update',
  name: '联系方式等信息变更（简易程序）',
  description: '仅变更办事指南中的咨询电话、监督投诉电话、办理地点（地址）、办公时间、网上办理地址等联系信息时适用，由编办核准后公布。',
  stages: [
    draftStage('单位提出变更'),
    { id: 'review', name: '编办核准', roles: ['reviewer'], decisions: ['approve', 'return'], due: { days: 3, dayKind: 'working' } },
  ],
};

/** 三上三下: the unit and 编办 pass the list back and forth three times before the government issues it. */
export const threeUpsThreeDowns: Procedure = {
  id: 'three-ups-three-downs',
  name: '三上三下',
  description: '一上：单位报送；一下：编办审核并反馈处置意见；二上：单位修改报送；二下：编办复核；三上：单位确认报送；三下：政府审定下达。',
  stages: [
    draftStage('一上（单位报送）'),
    unitHeadStage,
    { id: 'first-review', name: '一下（编办审核反馈）', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'], dispositions: true, due: reviewDue },
    reportStage('second-report', '二上（单位修改报送）'),
    { id: 'second-review', name: '二下（编办复核）', roles: ['reviewer'], decisions: ['approve', 'return', 'reject'], due: reviewDue },
    reportStage('third-report', '三上（单位确认报送）'),
    { id: 'approval', name: '三下（政府审定下达）', roles: ['approver'], decisions: ['approve', 'return', 'reject'], due: approvalDue },
  ],
};

export const procedures: Readonly<Record<string, Procedure>> = {
  [twoReportsTwoReviews.id]: twoReportsTwoReviews,
  [jointReview.id]: jointReview,
  [dynamicAdjustment.id]: dynamicAdjustment,
  [contactUpdate.id]: contactUpdate,
  [threeUpsThreeDowns.id]: threeUpsThreeDowns,
};

export const defaultProcedure: Procedure = twoReportsTwoReviews;
