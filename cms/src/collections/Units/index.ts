import { adminsOnlyDeletes, adminsOnlyWrites } from '../../hooks/adminsOnlyChanges.ts';
import type { CollectionConfig } from 'payload';
import { levels, unitKinds } from '@catalog/content-models';
import { validateCreditCode } from '@catalog/content-models/codes/index.ts';
import { anyone } from '../../access/anyone.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { codeValidator } from '../../fields/validators.ts';
import { vocabularySelect } from '../../fields/vocabularySelect.ts';
import { organizationEndpoints } from '../../organization/endpoints.ts';

/**
 * 实施主体: departments, institutions, intermediaries, utility SOEs and 群团组织, at any level from
 * the province down. Public information. Onboarding a county: /api/units/organization/… (organization/).
 */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: '实施主体', plural: '实施主体（单位）' },
  admin: {
    useAsTitle: 'name',
    group: '基础数据',
    defaultColumns: ['name', 'kind', 'creditCode', 'region'],
    // 新区县上线: regions from the national codes, then the 组织机构表 (administrators only).
    components: { beforeListTable: ['/components/organization/OnboardingPanel.tsx#OnboardingPanel'] },
  },
  hooks: { beforeChange: [adminsOnlyWrites], beforeDelete: [adminsOnlyDeletes] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: organizationEndpoints,
  fields: [
    { name: 'name', type: 'text', label: '单位名称', required: true },
    vocabularySelect('kind', '主体性质', unitKinds, { required: true }),
    {
      name: 'creditCode',
      type: 'text',
      label: '统一社会信用代码',
      unique: true,
      validate: codeValidator(validateCreditCode, '统一社会信用代码', false),
      // Blank is stored as null: several units still waiting for their code must not collide on ''.
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' && value.trim() === '' ? null : value)] },
      admin: { description: '18 位，末位为校验码（GB 32100-2015）。手头没有时可暂时留空（质量检查会提示），请勿编造；实施编码的前 18 位就是它。' },
    },
    {
      name: 'region',
      type: 'relationship',
      relationTo: 'regions',
      label: '所属区划',
      required: true,
      admin: { description: '单位所在的行政区划，省、市、县、乡镇（街道）或社区（村）；省级单位选省。' },
    },
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
