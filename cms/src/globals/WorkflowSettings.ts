import type { GlobalConfig } from 'payload';
import { adjustmentKinds } from '@catalog/content-models';
import { authenticated } from '../access/authenticated.ts';
import { isAdmin } from '../access/isAdmin.ts';

/**
 * 审核设置: which procedure a new adjustment follows when it is not filed under a campaign (first
 * matching rule wins, then the fallback), and how long an approved guide stays valid before its
 * 复核日期. Empty settings mean content-models' defaultProcedureRules.
 */
export const WorkflowSettings: GlobalConfig = {
  slug: 'workflow-settings',
  label: '审核设置',
  admin: { group: '审核与发布', description: '调整类型与审核流程的对应关系、指南复核周期。' },
  access: { read: authenticated, update: isAdmin },
  fields: [
    {
      name: 'rules',
      type: 'array',
      label: '流程选用规则（自上而下，先符合者适用）',
      labels: { singular: '规则', plural: '规则' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'kinds', type: 'select', hasMany: true, label: '调整类型（不选为全部）', options: adjustmentKinds.options() },
            { name: 'contactOnly', type: 'checkbox', label: '仅限联系方式、地址、办公时间等信息变更', defaultValue: false },
            { name: 'procedure', type: 'relationship', relationTo: 'workflow-procedures', label: '审核流程', required: true },
          ],
        },
      ],
    },
    { name: 'fallbackProcedure', type: 'relationship', relationTo: 'workflow-procedures', label: '其他情形适用的流程' },
    {
      name: 'reviewIntervalMonths',
      type: 'number',
      label: '指南复核周期（月）',
      defaultValue: 12,
      min: 1,
      max: 60,
      admin: { description: '指南审定发布时，复核日期设为发布日加此月数。' },
    },
  ],
};
