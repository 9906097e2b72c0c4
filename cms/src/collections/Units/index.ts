import { adminsOnlyDeletes, adminsOnlyWrites } from '../../hooks/adminsOnlyChanges.ts';
import type { CollectionConfig } from 'payload';
import { levels, unitKinds } from '@catalog/content-models';
import { validateCreditCode } from '@catalog/content-models/codes/index.ts';
import { anyone } from '../../access/anyone.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { codeValidator } from '../../fields/validators.ts';
import { vocabularySelect } from '../../fields/vocabularySelect.ts';

/** 实施主体: departments, institutions, intermediaries and utility SOEs. Public information. */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: '实施主体', plural: '实施主体（单位）' },
  admin: { useAsTitle: 'name', group: '基础数据', defaultColumns: ['name', 'kind', 'creditCode', 'region'] },
  hooks: { beforeChange: [adminsOnlyWrites], beforeDelete: [adminsOnlyDeletes] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', label: '单位名称', required: true },
    vocabularySelect('kind', '主体性质', unitKinds, { required: true }),
    {
      name: 'creditCode',
      type: 'text',
      label: '统一社会信用代码',
      required: true,
      unique: true,
      validate: codeValidator(validateCreditCode, '统一社会信用代码', true),
      admin: { description: '18 位，末位为校验码（GB 32100-2015）。' },
    },
    { name: 'region', type: 'relationship', relationTo: 'regions', label: '所属区划', required: true },
    vocabularySelect('level', '行使层级', levels),
    {
      name: 'supervisor',
      type: 'relationship',
      relationTo: 'units',
      label: '主管部门',
      admin: { description: '国有企业、事业单位、中介机构的主管部门；其专项审核员审核本单位主管企业的事项。' },
    },
    { name: 'phone', type: 'text', label: '联系电话' },
    { name: 'address', type: 'text', label: '办公地址' },
    { name: 'hours', type: 'text', label: '办公时间' },
  ],
};
