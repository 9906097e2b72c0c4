import { defineVocabulary, type CodeOf } from './vocabulary.ts';

/** 动态调整类型. */
export const adjustmentKinds = defineVocabulary([
  { code: 'add', label: '新增' },
  { code: 'change', label: '变更' },
  { code: 'cancel', label: '取消' },
  { code: 'guide', label: '指南调整' },
]);
export type AdjustmentKind = CodeOf<typeof adjustmentKinds>;

/** 审核决定. */
export const decisions = defineVocabulary([
  { code: 'approve', label: '通过' },
  { code: 'return', label: '退回修改' },
  { code: 'reject', label: '不予通过' },
]);
export type Decision = CodeOf<typeof decisions>;

/** Roles of DOMAIN.md §2. Specialist reviewers are one role each, so a stage can name exactly who acts. */
export const roles = defineVocabulary([
  { code: 'editor', label: '部门填报员' },
  { code: 'unit-head', label: '单位负责人' },
  { code: 'reviewer', label: '审核员（编办/审改办）' },
  { code: 'price-reviewer', label: '专项审核（发改委·收费标准）' },
  { code: 'finance-reviewer', label: '专项审核（财政局·收费依据）' },
  { code: 'legal-reviewer', label: '专项审核（法制办·合法性）' },
  { code: 'intermediary-reviewer', label: '专项审核（审管办·中介事项）' },
  { code: 'supervisor-reviewer', label: '专项审核（主管部门·国企事项）' },
  { code: 'approver', label: '审定（政府）' },
  { code: 'admin', label: '系统管理员' },
]);
export type Role = CodeOf<typeof roles>;

/**
 * 处置意见: what the reviewers propose to do with an item during a 梳理 campaign, recorded with the
 * decision at a stage that asks for it (Stage.dispositions).
 */
export const dispositions = defineVocabulary([
  { code: 'retain', label: '保留' },
  { code: 'cancel', label: '取消' },
  { code: 'merge', label: '合并' },
  { code: 'simplify-materials', label: '精简材料' },
  { code: 'delegate', label: '下放' },
  { code: 'transfer', label: '转移' },
  { code: 'government-purchase', label: '政府购买' },
]);
export type Disposition = CodeOf<typeof dispositions>;

/** 办理时限状态 of the stage a case is at (see dueStatus). */
export const dueStatuses = defineVocabulary([
  { code: 'none', label: '未设时限' },
  { code: 'on-time', label: '按期' },
  { code: 'due-soon', label: '即将到期' },
  { code: 'overdue', label: '已超期' },
]);
export type DueStatus = CodeOf<typeof dueStatuses>;
