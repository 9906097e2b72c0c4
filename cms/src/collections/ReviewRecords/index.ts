import type { CollectionConfig } from 'payload';
import { decisions, dispositions } from '@catalog/content-models';
import { nobody } from '../../access/nobody.ts';
import { staffRead } from '../../access/staffRead.ts';
import { hiddenInAdmin, personLabelField } from '../../people/personLabelField.ts';
import { refuseDelete, refuseUpdate } from './hooks/appendOnly.ts';

/** What a record says was done: the reviewers' decisions and the unit's own steps. */
const recordedDecisions = [
  { value: 'submit', label: '提交' },
  { value: 'confirm', label: '确认上报' },
  { value: 'withdraw', label: '撤回' },
  ...decisions.options(),
];

/** 审核记录: written by the workflow service on the server only, never edited or deleted by anyone. */
export const ReviewRecords: CollectionConfig = {
  slug: 'review-records',
  labels: { singular: '审核记录', plural: '审核记录' },
  admin: { group: '审核与发布', defaultColumns: ['adjustment', 'stageName', 'decision', 'actorLabel', 'createdAt'] },
  access: { read: staffRead, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseUpdate], beforeDelete: [refuseDelete] },
  fields: [
    { name: 'adjustment', type: 'relationship', relationTo: 'adjustments', label: '动态调整', required: true, index: true },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: '申请单位', index: true },
    { name: 'stage', type: 'text', label: '环节编号', required: true },
    { name: 'stageName', type: 'text', label: '审核环节' },
    { name: 'round', type: 'number', label: '报送轮次', admin: { description: '1 = 一报，2 = 二报……' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: '办理人', required: true, admin: hiddenInAdmin },
    // 「姓名（单位）」 for every reader of the record, whether or not they may read the account.
    personLabelField('actor', '办理人'),
    { name: 'decision', type: 'select', label: '办理结果', options: recordedDecisions, required: true },
    { name: 'disposition', type: 'select', label: '处置意见', options: dispositions.options() },
    { name: 'opinion', type: 'textarea', label: '审核意见' },
    { name: 'batch', type: 'text', label: '审定批次号', index: true },
    // The stage's 办理期限 as it stood when the step was taken: a step at or after it was overdue (监督统计).
    { name: 'dueAt', type: 'date', label: '本环节办理期限' },
  ],
};
