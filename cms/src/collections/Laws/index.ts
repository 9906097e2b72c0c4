import type { CollectionConfig } from 'payload';
import { lawLevels, lawStatuses } from '@catalog/content-models';
import { authenticated } from '../../access/authenticated.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { adminsOnlyDeletes, adminsOnlyWrites } from '../../hooks/adminsOnlyChanges.ts';
import { lawEndpoints } from '../../laws/endpoints.ts';
import { fillKey } from './hooks/fillKey.ts';
import { validateLink, validateRepealDate } from './validators.ts';

const unfilledCell = { Cell: '/components/laws/UnfilledCell.tsx#UnfilledCell' };

/**
 * 法律法规与规范性文件库: one entry per instrument the catalog cites, so a change of law reaches
 * every item, material and fee citing it. Citations are matched by the register key (see
 * content-models/src/laws/citation.ts); what the citations do not say (文号, 效力级别, 时效性)
 * stays empty and reads 未填写 until an administrator fills it.
 */
export const Laws: CollectionConfig = {
  slug: 'laws',
  labels: { singular: '法律法规与规范性文件', plural: '法律法规与规范性文件库' },
  admin: {
    useAsTitle: 'name',
    group: '事项管理',
    defaultColumns: ['name', 'documentNumber', 'level', 'status', 'repealDate'],
    description: '事项、材料和收费所引用的法律法规与规范性文件。标为“已废止”后，引用它的事项在质量检查中提示；打开一项可查看全部引用事项并为其发起调整。空白表示未填写。',
    components: { beforeListTable: ['/components/laws/FillRegisterButton.tsx#FillRegisterButton'] },
  },
  access: { read: authenticated, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [adminsOnlyWrites], beforeDelete: [adminsOnlyDeletes], beforeValidate: [fillKey] },
  endpoints: lawEndpoints,
  fields: [
    {
      name: 'impact',
      type: 'ui',
      label: '引用情况',
      admin: { components: { Field: '/components/laws/LawImpact.tsx#LawImpact' } },
    },
    { name: 'name', type: 'text', label: '名称', required: true, admin: { description: '不带书名号，如“中华人民共和国社会保险法”。' } },
    {
      name: 'key',
      type: 'text',
      label: '匹配键',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: '由名称自动生成（去掉书名号、空格和“中华人民共和国”），用于匹配各事项的引用。' },
    },
    {
      type: 'row',
      fields: [
        { name: 'documentNumber', type: 'text', label: '文号', index: true, admin: { description: '如“浙政发〔2019〕3号”“国务院令第663号”；未知请留空。', components: unfilledCell } },
        { name: 'level', type: 'select', label: '效力级别', options: lawLevels.options(), admin: { components: unfilledCell } },
        { name: 'status', type: 'select', label: '时效性', options: lawStatuses.options(), admin: { components: unfilledCell } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveDate', type: 'date', label: '施行日期', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'repealDate', type: 'date', label: '废止日期', validate: validateRepealDate, admin: { date: { pickerAppearance: 'dayOnly' }, description: '仅“已废止”时填写。' } },
      ],
    },
    { name: 'link', type: 'text', label: '原文链接', validate: validateLink, admin: { description: '官方发布原文的网址（http:// 或 https://）。' } },
    { name: 'note', type: 'textarea', label: '备注', admin: { description: '如修订情况、替代文件。' } },
  ],
};
