import type { CollectionConfig } from 'payload';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';

/**
 * 专项工作: a campaign such as the one-off 公共服务事项梳理 that a county runs under 两报两审,
 * with its own procedure and deadline. An adjustment filed under a campaign follows the
 * campaign's procedure; everything else follows the rules of 审核设置 (e.g. 动态调整).
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: { singular: '专项工作', plural: '专项工作' },
  admin: {
    useAsTitle: 'name',
    group: '审核与发布',
    defaultColumns: ['name', 'procedure', 'deadline', 'active'],
    description: '如“2026年公共服务事项梳理”：归入专项工作的调整按其指定流程办理，并在截止日期前完成。',
  },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: '名称', required: true },
    {
      type: 'row',
      fields: [
        { name: 'procedure', type: 'relationship', relationTo: 'workflow-procedures', label: '审核流程', required: true },
        { name: 'deadline', type: 'date', label: '截止日期', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'active', type: 'checkbox', label: '进行中', defaultValue: true },
      ],
    },
    { name: 'description', type: 'textarea', label: '工作要求' },
  ],
};
