import type { CollectionConfig } from 'payload';
import { hiddenUnlessAdmin } from '../../access/hiddenUnlessAdmin.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { nobody } from '../../access/nobody.ts';

/**
 * 频率限制记录: one row per counted request (public comments and ratings), kept in the database so
 * that every CMS process counts against the same numbers. Written only by limits/rateLimit.ts.
 */
export const RateLimits: CollectionConfig = {
  slug: 'rate-limits',
  labels: { singular: '频率限制记录', plural: '频率限制记录' },
  admin: { group: '系统管理', hidden: hiddenUnlessAdmin, defaultColumns: ['bucket', 'client', 'expiresAt'], description: '公众提交的计数，到期后自动清除。' },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'bucket', type: 'text', label: '限制项', required: true, index: true },
    { name: 'client', type: 'text', label: '客户端', required: true, index: true },
    { name: 'expiresAt', type: 'date', label: '到期时间', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
};
