import type { CollectionConfig } from 'payload';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { nobody } from '../../access/nobody.ts';
import { checkProcedure } from './checkProcedure.ts';

/**
 * 审核流程: the procedures adjustments follow, as data the administrator edits. Each edit is
 * checked by content-models' validateProcedure and raises the version; an adjustment keeps the
 * copy (and version) it was created with, so editing or deactivating a procedure never strands a
 * running case. The shipped procedures are inserted at start-up when missing (seedProcedures) and
 * never overwritten there. Not deletable: old cases name them; deactivate instead.
 */
export const WorkflowProcedures: CollectionConfig = {
  slug: 'workflow-procedures',
  labels: { singular: '审核流程', plural: '审核流程' },
  admin: {
    useAsTitle: 'name',
    group: '审核与发布',
    defaultColumns: ['name', 'code', 'version', 'active', 'updatedAt'],
    description: '各类调整所走的审核流程（两报两审、动态调整、简易程序、三上三下等）。修改后新建的调整按新版本办理，已在办的调整仍按其创建时的版本办理。',
  },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: nobody },
  hooks: { beforeChange: [checkProcedure] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          label: '流程编号',
          required: true,
          unique: true,
          index: true,
          admin: { description: '小写字母、数字和连字符，如 two-reports-two-reviews；创建后不能修改。' },
        },
        { name: 'name', type: 'text', label: '流程名称', required: true },
        { name: 'version', type: 'number', label: '版本', defaultValue: 1, admin: { readOnly: true } },
        { name: 'active', type: 'checkbox', label: '启用', defaultValue: true },
      ],
    },
    { name: 'description', type: 'textarea', label: '适用范围说明' },
    {
      name: 'definition',
      type: 'json',
      label: '环节定义（JSON）',
      required: true,
      admin: {
        description:
          '{"stages":[…],"resubmitTo":"returning-stage"}。每个环节：id、name、roles、decisions，可选 condition、scope、kind:"report"（二报等报送环节）、consultation:{"days":5,"dayKind":"working"}、due:{"days":5,"dayKind":"working"}、dispositions:true。保存时逐项检查，错误以中文列出。',
      },
    },
  ],
};
