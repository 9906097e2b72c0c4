import type { CollectionConfig } from 'payload';
import { authenticated } from '../../access/authenticated.ts';
import { nobody } from '../../access/nobody.ts';

/** 发布记录: written by the publish job, read by staff. */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: { singular: '发布记录', plural: '发布记录' },
  admin: { group: '审核与发布', defaultColumns: ['trigger', 'status', 'startedAt', 'pagesChanged', 'siteVersion'] },
  access: { read: authenticated, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'trigger',
      type: 'select',
      label: '触发方式',
      required: true,
      options: [
        { value: 'approval', label: '审定通过' },
        { value: 'schedule', label: '定时发布' },
        { value: 'manual', label: '手动发布' },
      ],
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
    { name: 'startedAt', type: 'date', label: '开始时间' },
    { name: 'finishedAt', type: 'date', label: '结束时间' },
    { name: 'durationMs', type: 'number', label: '耗时（毫秒）' },
    { name: 'pagesChanged', type: 'number', label: '变更页面数' },
    { name: 'siteVersion', type: 'text', label: '网站版本' },
    { name: 'log', type: 'textarea', label: '日志' },
  ],
};
