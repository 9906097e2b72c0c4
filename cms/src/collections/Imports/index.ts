import type { Access, CollectionConfig } from 'payload';
import { nobody } from '../../access/nobody.ts';
import { hasRole } from '../../access/user.ts';
import { importEndpoints } from '../../import/endpoints.ts';
import { hiddenInAdmin, personLabelField } from '../../people/personLabelField.ts';

/** Administrators see every import; others see the imports they started. */
const readImports: Access = ({ req }) => {
  if (!req.user) return false;
  if (hasRole(req.user, 'admin')) return true;
  return { createdBy: { equals: req.user.id } };
};

/**
 * 梳理表导入: one record per uploaded workbook (dry run or import), written by the import service
 * only. It holds the progress the admin polls and, at the end, the problem report or the counts.
 * The workbook itself is not kept: the admin sends it again to confirm a dry run.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: '梳理表导入', plural: '梳理表导入' },
  admin: {
    group: '事项管理',
    useAsTitle: 'fileName',
    defaultColumns: ['createdAt', 'fileName', 'mode', 'status', 'done', 'total', 'createdByLabel'],
    description: '下载导入模板、上传梳理表：先检查（试运行），全部通过后再确认导入。导入的事项作为本单位的“一报”进入审核流程，不会直接发布。',
    components: { beforeListTable: ['/components/import/ImportPanel.tsx#ImportPanel'] },
  },
  defaultSort: '-createdAt',
  access: { read: readImports, create: nobody, update: nobody, delete: nobody },
  endpoints: importEndpoints,
  fields: [
    { name: 'fileName', type: 'text', label: '文件名' },
    {
      name: 'mode',
      type: 'select',
      label: '方式',
      required: true,
      options: [
        { value: 'dry-run', label: '检查（试运行）' },
        { value: 'import', label: '导入' },
      ],
    },
    {
      name: 'status',
      type: 'select',
      label: '状态',
      required: true,
      defaultValue: 'running',
      index: true,
      options: [
        { value: 'running', label: '进行中' },
        { value: 'passed', label: '检查通过' },
        { value: 'problems', label: '发现问题' },
        { value: 'imported', label: '已导入' },
        { value: 'failed', label: '失败' },
      ],
    },
    { name: 'phase', type: 'text', label: '当前步骤' },
    { name: 'done', type: 'number', label: '已处理' },
    { name: 'total', type: 'number', label: '总数' },
    { name: 'added', type: 'number', label: '新增' },
    { name: 'changed', type: 'number', label: '变更' },
    { name: 'unchanged', type: 'number', label: '未变' },
    { name: 'problemCount', type: 'number', label: '问题数' },
    { name: 'problems', type: 'json', label: '问题清单', admin: { hidden: true } },
    { name: 'message', type: 'textarea', label: '结果说明' },
    { name: 'createdBy', type: 'relationship', relationTo: 'users', label: '导入人', admin: hiddenInAdmin },
    personLabelField('createdBy', '导入人'),
    { name: 'finishedAt', type: 'date', label: '完成时间', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
};
