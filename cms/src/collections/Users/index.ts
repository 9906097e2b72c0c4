import type { CollectionConfig } from 'payload';
import { roles } from '@catalog/content-models';
import { adminOrSelf } from '../../access/adminOrSelf.ts';
import { accountField, readUsers } from '../../access/readUsers.ts';
import { isAdmin, isAdminField } from '../../access/isAdmin.ts';
import { payloadMaxLoginAttempts } from '../../auth/loginPolicy.ts';
import { recordLoginSuccess } from '../../auth/recordLoginSuccess.ts';
import { throttleLogin } from '../../auth/throttleLogin.ts';
import { sessionCookieSecure } from '../../security/secureCookies.ts';
import { isProduction } from '../../env.ts';
import { refuseFirstRegister } from './endpoints/refuseFirstRegister.ts';
import { emailForOthers } from './emailForOthers.ts';
import { checkPasswordOnSave } from './hooks/checkPasswordOnSave.ts';
import { guardPasswordOperations } from './hooks/guardPasswordOperations.ts';
import { sessionIdleSeconds } from './session.ts';
import { validateRegionCodes } from './validateRegionCodes.ts';
import { resetEmail } from './resetEmail.ts';
import { labelOfUserDoc } from '../../people/labels.ts';

/** 用户: staff accounts. Roles and unit decide what each person sees; only administrators set them. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  auth: {
    tokenExpiration: sessionIdleSeconds(),
    maxLoginAttempts: payloadMaxLoginAttempts,
    cookies: { secure: sessionCookieSecure() },
    // Payload's forgot-password interval reserves the request with a write *outside* its own
    // transaction; on SQLite (one writer) that write waits on the transaction that waits on it and
    // fails "database is locked". The interval guards against e-mail floods; forgot-password is an
    // administrator's act here (guardPasswordOperations), so it is not needed.
    forgotPassword: { minRequestInterval: 0, ...resetEmail },
  },
  admin: { useAsTitle: 'name', group: '系统管理', defaultColumns: ['name', 'email', 'roles', 'unit'] },
  // unlock: Payload's default lets any logged-in user unlock any account.
  access: { read: readUsers, create: isAdmin, update: adminOrSelf, delete: isAdmin, unlock: isAdmin },
  // throttleLogin and recordLoginSuccess: every login through every door is throttled per client and account, and logged.
  hooks: { beforeOperation: [guardPasswordOperations, throttleLogin], beforeValidate: [checkPasswordOnSave], afterLogin: [recordLoginSuccess] },
  endpoints: isProduction ? [refuseFirstRegister] : [],
  fields: [
    { name: 'name', type: 'text', label: '姓名', required: true },
    // 「姓名（单位）」, computed on read (a renamed unit reads right at once): the edit-lock dialog
    // names the current editor by it (scripts/patch-payload-ui.mjs).
    {
      name: 'displayLabel',
      type: 'text',
      label: '姓名（单位）',
      virtual: true,
      admin: { hidden: true, readOnly: true },
      hooks: { afterRead: [({ siblingData, req }) => labelOfUserDoc(req, siblingData as Record<string, unknown>)] },
    },
    // Merged into Payload's auth e-mail field.
    { name: 'email', type: 'email', label: '登录邮箱', hooks: { afterRead: [emailForOthers] } },
    {
      name: 'roles',
      type: 'select',
      label: '角色',
      hasMany: true,
      required: true,
      options: roles.options(),
      saveToJWT: true,
      access: { read: accountField, create: isAdminField, update: isAdminField },
      admin: { description: '决定可以看到和处理哪些事项；只有系统管理员可以修改。' },
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: '所属单位',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: '填报员、单位负责人只能处理本单位事项；主管部门审核员审核本单位主管的国有企业事项。' },
    },
    {
      name: 'regionCodes',
      type: 'text',
      hasMany: true,
      label: '审核辖区（行政区划代码）',
      saveToJWT: true,
      validate: validateRegionCodes,
      access: { read: accountField, create: isAdminField, update: isAdminField },
      admin: { description: '留空：审核全部辖区的事项。填写如 330300（温州市）或 330326（平阳县）：只看到并审核辖区内单位的事项。' },
    },
  ],
};
