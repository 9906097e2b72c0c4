import type { CollectionConfig, FieldAccess } from 'payload';
import { nobody } from '../../access/nobody.ts';
import { readOwnNotifications, updateOwnNotifications } from '../../access/ownNotifications.ts';
import { stampReading } from './hooks/stampReading.ts';
import { noticeKinds } from './kinds.ts';
import { readAllEndpoint } from './readAllEndpoint.ts';

/** What the system wrote stays as written: a reader changes only 阅读时间. */
const systemWritten: { access: { update: FieldAccess } } = { access: { update: () => false } };

/**
 * 站内通知: a case reaching the reader's stage, a return to their unit, an overdue stage, the
 * outcome of their submission. Written by the workflow on the server only (cms/src/notifications/),
 * once per event and reader (`dedupeKey`); each reader sees and marks read their own.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: '站内通知', plural: '站内通知' },
  admin: {
    group: '审核与发布',
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'adjustment', 'createdAt', 'readAt'],
    description: '审核待办、退回、超期和办理结果的通知，未读的排在前面。打开一条通知并填写“阅读时间”即标记为已读。',
    components: { beforeListTable: ['/collections/Notifications/ReadAllButton.tsx#ReadAllButton'] },
  },
  // Unread first, newest first within each.
  defaultSort: ['-unread', '-createdAt'],
  access: { read: readOwnNotifications, update: updateOwnNotifications, create: nobody, delete: nobody },
  endpoints: [readAllEndpoint],
  hooks: { beforeChange: [stampReading] },
  fields: [
    { name: 'recipient', type: 'relationship', relationTo: 'users', label: '接收人', required: true, index: true, ...systemWritten },
    { name: 'kind', type: 'select', label: '类型', required: true, options: [...noticeKinds], ...systemWritten },
    { name: 'title', type: 'text', label: '标题', required: true, ...systemWritten },
    { name: 'body', type: 'textarea', label: '内容', ...systemWritten },
    { name: 'adjustment', type: 'relationship', relationTo: 'adjustments', label: '动态调整', index: true, ...systemWritten },
    { name: 'stage', type: 'text', label: '审核环节', ...systemWritten },
    // adjustment:stage:stage entry:recipient:kind — a retried or concurrent notify finds it taken.
    { name: 'dedupeKey', type: 'text', label: '去重键', required: true, unique: true, index: true, admin: { hidden: true }, ...systemWritten },
    { name: 'readAt', type: 'date', label: '阅读时间', admin: { date: { pickerAppearance: 'dayAndTime' }, description: '为空表示未读；填写即标记为已读，清空则恢复为未读。' } },
    { name: 'unread', type: 'checkbox', label: '未读', defaultValue: true, index: true, admin: { hidden: true }, ...systemWritten },
  ],
};
