import type { CollectionConfig } from 'payload';
import { hiddenUnlessAdmin } from '../../access/hiddenUnlessAdmin.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { nobody } from '../../access/nobody.ts';

export const leasesSlug = 'leases';

/**
 * 运行租约: one row per exclusive duty shared by several processes (the publish queue). The holder
 * renews `expiresAt` while it works; a holder that stops renewing (killed, hung) loses it at
 * expiry and another process takes over. Written only by jobs/lease/lease.ts.
 */
export const Leases: CollectionConfig = {
  slug: leasesSlug,
  labels: { singular: '运行租约', plural: '运行租约' },
  admin: {
    group: '系统管理',
    hidden: hiddenUnlessAdmin,
    useAsTitle: 'name',
    defaultColumns: ['name', 'holder', 'token', 'expiresAt'],
    description: '哪个发布进程正在处理发布队列；持有者停止续约后，其他进程在到期时接管。',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'name', type: 'text', label: '职责', required: true, unique: true, index: true },
    { name: 'holder', type: 'text', label: '持有进程' },
    // Raised by every new holder: a fencing number that tells a late writer it was superseded.
    { name: 'token', type: 'number', label: '租约序号', required: true, defaultValue: 0 },
    { name: 'expiresAt', type: 'date', label: '到期时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'takenAt', type: 'date', label: '取得时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
};
