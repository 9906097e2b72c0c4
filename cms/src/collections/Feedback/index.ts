import type { CollectionConfig } from 'payload';
import { anyone } from '../../access/anyone.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { moderators } from '../../access/moderators.ts';
import { guardPublicFeedback } from '../../workflow/feedback/guardPublicFeedback.ts';
import { publicFeedbackEndpoint } from '../../workflow/feedback/publicFeedbackEndpoint.ts';
import { holdForModeration } from './hooks/holdForModeration.ts';

/** 公众意见: consultation comments (征求意见) and guide ratings, shown only after moderation. */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: '公众意见', plural: '公众意见与评价' },
  admin: { group: '审核与发布', defaultColumns: ['kind', 'implementation', 'helpful', 'moderation', 'createdAt'] },
  access: { read: moderators, create: anyone, update: moderators, delete: isAdmin },
  endpoints: [publicFeedbackEndpoint],
  hooks: { beforeOperation: [guardPublicFeedback], beforeChange: [holdForModeration] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      label: '类型',
      required: true,
      options: [
        { value: 'comment', label: '征求意见' },
        { value: 'rating', label: '指南评价' },
      ],
    },
    { name: 'implementation', type: 'relationship', relationTo: 'implementations', label: '办事指南' },
    { name: 'adjustment', type: 'relationship', relationTo: 'adjustments', label: '征求意见的调整' },
    { name: 'helpful', type: 'checkbox', label: '这个指南有帮助吗' },
    { name: 'comment', type: 'textarea', label: '意见内容', maxLength: 2000 },
    { name: 'name', type: 'text', label: '称呼（选填）', maxLength: 50 },
    { name: 'contact', type: 'text', label: '联系方式（选填）', maxLength: 100 },
    {
      name: 'moderation',
      type: 'select',
      label: '审核状态',
      required: true,
      defaultValue: 'pending',
      options: [
        { value: 'pending', label: '待审核' },
        { value: 'approved', label: '已公开' },
        { value: 'rejected', label: '不予公开' },
      ],
    },
    { name: 'moderatedBy', type: 'relationship', relationTo: 'users', label: '审核人' },
  ],
};
