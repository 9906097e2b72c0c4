import type { CollectionConfig } from 'payload';
import { decisions } from '@catalog/content-models';
import { nobody } from '../../access/nobody.ts';
import { staffRead } from '../../access/staffRead.ts';
import { vocabularySelect } from '../../fields/vocabularySelect.ts';
import { refuseDelete, refuseUpdate } from './hooks/appendOnly.ts';

/** 审核记录: written by the workflow on the server only, never edited or deleted by anyone. */
export const ReviewRecords: CollectionConfig = {
  slug: 'review-records',
  labels: { singular: '审核记录', plural: '审核记录' },
  admin: { group: '审核与发布', defaultColumns: ['adjustment', 'stage', 'decision', 'actor', 'createdAt'] },
  access: { read: staffRead, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeChange: [refuseUpdate], beforeDelete: [refuseDelete] },
  fields: [
    { name: 'adjustment', type: 'relationship', relationTo: 'adjustments', label: '动态调整', required: true },
    { name: 'unit', type: 'relationship', relationTo: 'units', label: '申请单位', index: true },
    { name: 'stage', type: 'text', label: '审核环节', required: true },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: '审核人', required: true },
    vocabularySelect('decision', '审核决定', decisions, { required: true }),
    { name: 'opinion', type: 'textarea', label: '审核意见' },
  ],
};
