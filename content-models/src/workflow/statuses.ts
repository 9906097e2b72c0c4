import { defineVocabulary } from '../vocabularies/index.ts';
import type { WorkflowStatus } from './types.ts';

/** 流程状态: labels of WorkflowState.status for admin lists, filters and messages. */
export const workflowStatuses = defineVocabulary([
  { code: 'draft', label: '草稿' },
  { code: 'in-review', label: '审核中' },
  { code: 'returned', label: '已退回修改' },
  { code: 'approved', label: '已审定通过' },
  { code: 'rejected', label: '不予通过' },
  { code: 'withdrawn', label: '已撤回' },
] as const satisfies readonly { code: WorkflowStatus; label: string }[]);
