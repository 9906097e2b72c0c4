import type { CollectionConfig } from 'payload';
import { hiddenInAdmin, personLabelField } from '../../people/personLabelField.ts';
import { hiddenUnlessAdmin } from '../../access/hiddenUnlessAdmin.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { nobody } from '../../access/nobody.ts';

export const loginOutcomes = [
  { value: 'success', label: '登录成功' },
  { value: 'failure', label: '登录失败' },
  { value: 'throttled', label: '已拒绝（失败次数过多）' },
  { value: 'locked', label: '已拒绝（账号锁定）' },
];

/**
 * 登录日志: every login attempt through any door (REST, GraphQL, the admin), written by the login
 * hooks (auth/) on the server only. Administrators read it; nobody writes it through the API.
 * It is also what the login throttle counts, so the count is shared by every CMS process.
 */
export const LoginEvents: CollectionConfig = {
  slug: 'login-events',
  labels: { singular: '登录日志', plural: '登录日志' },
  admin: {
    group: '系统管理',
    hidden: hiddenUnlessAdmin,
    useAsTitle: 'email',
    defaultColumns: ['time', 'outcome', 'email', 'clientAddress', 'userAgent'],
    description: '所有登录尝试（成功与失败），时间为北京时间。',
  },
  defaultSort: '-createdAt',
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    // Text, not a date: the admin shows dates in the browser's zone, the log must read as Beijing time.
    { name: 'time', type: 'text', label: '时间（北京时间）', required: true },
    { name: 'outcome', type: 'select', label: '结果', required: true, index: true, options: loginOutcomes },
    { name: 'email', type: 'text', label: '登录账号', index: true },
    { name: 'user', type: 'relationship', relationTo: 'users', label: '用户', admin: hiddenInAdmin },
    personLabelField('user', '用户'),
    { name: 'clientAddress', type: 'text', label: '客户端地址' },
    // The address as the throttle counts it (an IPv6 client's whole /64).
    { name: 'clientKey', type: 'text', label: '限制键', index: true, admin: { hidden: true } },
    { name: 'userAgent', type: 'text', label: '浏览器标识' },
  ],
};
