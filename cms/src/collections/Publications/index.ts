import type { Access, CollectionConfig } from 'payload';
import { hasRole } from '../../access/user.ts';
import { nobody } from '../../access/nobody.ts';
import { publishTriggers, triggerLabels } from '../../jobs/publisher.ts';
import { republishEndpoint } from '../../jobs/republishEndpoint.ts';

/** Staff see the publications; failed runs are for administrators, who can act on them. */
const readPublications: Access = ({ req }) => {
  if (!req.user) return false;
  if (hasRole(req.user, 'admin')) return true;
  return { status: { not_equals: 'failed' } };
};

/** 发布记录: written by the publish job only, one per run (a retry is a new record). */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: '发布记录', plural: '发布记录' },
  admin: {
    group: '审核与发布',
    defaultColumns: ['startedAt', 'triggers', 'status', 'durationMs', 'items', 'siteVersion'],
    description: '每次发布网站的记录：触发方式、包含的调整、各步骤耗时与日志。',
    components: { beforeListTable: ['/collections/Publications/RepublishButton.tsx#RepublishButton'] },
  },
  defaultSort: '-startedAt',
  access: { read: readPublications, create: nobody, update: nobody, delete: nobody },
  endpoints: [republishEndpoint],
  fields: [
    {
      name: 'triggers',
      type: 'select',
      hasMany: true,
      label: '触发方式',
      required: true,
      options: publishTriggers.map((value) => ({ value, label: triggerLabels[value] })),
    },
    { name: 'adjustments', type: 'relationship', relationTo: 'adjustments', hasMany: true, label: '包含的调整' },
    {
      name: 'status',
      type: 'select',
      label: '状态',
      required: true,
      defaultValue: 'running',
      options: [
        { value: 'running', label: '进行中' },
        { value: 'succeeded', label: '成功' },
        { value: 'failed', label: '失败' },
      ],
    },
    { name: 'attempt', type: 'number', label: '第几次尝试' },
    { name: 'startedAt', type: 'date', label: '开始时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'finishedAt', type: 'date', label: '结束时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', label: '总耗时（毫秒）' },
    {
      name: 'steps',
      type: 'array',
      label: '各步骤耗时',
      labels: { singular: '步骤', plural: '步骤' },
      fields: [
        { name: 'name', type: 'text', label: '步骤代码' },
        { name: 'label', type: 'text', label: '步骤' },
        { name: 'ms', type: 'number', label: '耗时（毫秒）' },
      ],
    },
    { name: 'items', type: 'number', label: '发布事项数' },
    { name: 'pagesChanged', type: 'number', label: '生成页面数' },
    { name: 'siteVersion', type: 'text', label: '网站版本' },
    { name: 'previousVersion', type: 'text', label: '此前的线上版本' },
    { name: 'error', type: 'textarea', label: '失败原因' },
    { name: 'log', type: 'textarea', label: '日志（末尾）' },
  ],
};
