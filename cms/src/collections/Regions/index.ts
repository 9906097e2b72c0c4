import { adminsOnlyDeletes, adminsOnlyWrites } from '../../hooks/adminsOnlyChanges.ts';
import type { CollectionConfig } from 'payload';
import { regionLevels } from '@catalog/content-models';
import { validateRegionCode } from '@catalog/content-models/codes/index.ts';
import { anyone } from '../../access/anyone.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { codeValidator } from '../../fields/validators.ts';
import { vocabularySelect } from '../../fields/vocabularySelect.ts';
import { regionEndpoints } from '../../organization/endpoints.ts';

/**
 * 行政区划: 省 / 市 / 县(区) / 乡镇(街道) / 社区(村). Public information, kept by administrators;
 * loaded from the national division codes with POST /api/regions/load or `npm run regions`.
 */
export const Regions: CollectionConfig = {
  slug: 'regions',
  labels: { singular: '行政区划', plural: '行政区划' },
  admin: { useAsTitle: 'name', group: '基础数据', defaultColumns: ['name', 'code', 'level', 'parent'] },
  hooks: { beforeChange: [adminsOnlyWrites], beforeDelete: [adminsOnlyDeletes] },
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: regionEndpoints,
  fields: [
    { name: 'name', type: 'text', label: '名称', required: true },
    {
      name: 'code',
      type: 'text',
      label: '行政区划代码',
      required: true,
      unique: true,
      index: true,
      validate: codeValidator(validateRegionCode, '行政区划代码', true),
      admin: { description: 'GB/T 2260：县级及以上 6 位数字，乡镇（街道）、社区（村）12 位数字。' },
    },
    vocabularySelect('level', '层级', regionLevels, { required: true }),
    { name: 'parent', type: 'relationship', relationTo: 'regions', label: '上级区划' },
  ],
};
