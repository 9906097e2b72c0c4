import type { CollectionConfig } from 'payload';
import { itemStatuses, itemTypes, levels, lifeEventThemes, serviceCategories, serviceObjects } from '@catalog/content-models';
import { createInOwnUnit, editOwnUnit } from '../../access/editOwnUnit.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { readCatalog, readCatalogVersions } from '../../access/readCatalog.ts';
import { draftsOnly } from '../../hooks/draftsOnly.ts';
import { keepNewestVersions } from '../../hooks/keepNewestVersions.ts';
import { markDraftRestore } from '../../hooks/markDraftRestore.ts';
import { publicReadsPublished } from '../../hooks/publicReadsPublished.ts';
import { refuseDeletingPublic } from '../../hooks/refuseDeletingPublic.ts';
import { refusePublish } from '../../hooks/refusePublish.ts';
import { legalBasisField } from '../../fields/legalBasis.ts';
import { claimEndpoints } from '../../catalog/endpoints.ts';
import { defaultOwnerRegion, ownerRegionField } from './ownerRegion.ts';
import { uniqueBasicCode } from './uniqueBasicCode.ts';
import { vocabularySelect } from '../../fields/vocabularySelect.ts';

/** 目录清单: the item itself, shared by all units that implement it. */
export const CatalogItems: CollectionConfig = {
  slug: 'catalog-items',
  labels: { singular: '目录清单事项', plural: '目录清单' },
  admin: {
    useAsTitle: 'name',
    group: '事项管理',
    defaultColumns: ['name', 'basicCode', 'itemType', 'category', 'unit', '_status', 'listActions'],
    description: '公共服务事项目录：事项名称、基本编码、类型、分类与设定依据。修改保存为草稿，经审核后由系统发布。',
    // 新增事项 (unit staff) and 认领情况: per county and unit, the reference items claimed, missing and differing (catalog/).
    components: { beforeListTable: ['/components/catalog/ProposeNewItem.tsx#ProposeNewItem', '/components/catalog/ClaimsPanel.tsx#ClaimsPanel'] },
  },
  access: {
    read: readCatalog('catalog-items'),
    readVersions: readCatalogVersions('catalog-items'),
    create: createInOwnUnit,
    update: editOwnUnit,
    delete: isAdmin,
  },
  // maxPerDoc 0: Payload's pruning reads a whole version per save; keepNewestVersions keeps 50 cheaply.
  versions: { drafts: { validate: true }, maxPerDoc: 0 },
  // The admin list's query for unit staff: their unit, newest first. Payload builds the same index
  // on the versions table (version_unit_id, version_created_at), which the list reads (drafts).
  // Measured in deploy/QUERY-PLANS.md.
  indexes: [{ fields: ['unit', 'createdAt'] }],
  endpoints: claimEndpoints,
  hooks: { beforeOperation: [publicReadsPublished, markDraftRestore, draftsOnly], beforeValidate: [defaultOwnerRegion], beforeDelete: [refuseDeletingPublic], beforeChange: [refusePublish], afterChange: [keepNewestVersions] },
  fields: [
    // A list column only (not stored): 申请取消 for unit staff, opening a 取消 case with the row filled in.
    {
      name: 'listActions',
      type: 'ui',
      label: '操作',
      admin: { components: { Cell: '/components/catalog/RequestCancelCell.tsx#RequestCancelCell' } },
    },
    { name: 'name', type: 'text', label: '事项名称', required: true },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      label: '俗称 / 别名',
      admin: { description: '群众常用的叫法，如“低保”“社保卡”，用于站内搜索。' },
    },
    {
      name: 'basicCode',
      type: 'text',
      label: '基本编码',
      required: true,
      unique: true,
      validate: uniqueBasicCode,
      admin: { description: '12 位：来源（区划）码 2 位 + 事项类型码 2 位 + 部门码 2 位 + 主项码 3 位 + 子项码 3 位。' },
    },
    {
      type: 'row',
      fields: [
        vocabularySelect('itemType', '事项类型', itemTypes, { required: true }),
        vocabularySelect('category', '服务分类', serviceCategories, { required: true }),
        vocabularySelect('status', '事项状态', itemStatuses, { required: true, defaultValue: 'active', enumName: 'enum_catalog_items_item_status' }),
      ],
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: '责任单位',
      required: true,
      index: true,
      admin: { description: '负责梳理、维护本事项的单位；填报员只能看到并修改本单位的事项。' },
    },
    ownerRegionField,
    vocabularySelect('serviceObjects', '服务对象', serviceObjects, { hasMany: true }),
    vocabularySelect('themes', '主题分类', lifeEventThemes, { hasMany: true }),
    vocabularySelect('levels', '行使层级', levels, { hasMany: true }),
    legalBasisField('legalBasis', '设定依据', '没有合法依据的事项不纳入目录：填写法律法规名称、条款号和条款内容。'),
    {
      type: 'row',
      fields: [
        { name: 'transferableToSociety', type: 'checkbox', label: '可向社会组织转移', defaultValue: false },
        {
          name: 'hasNormativeDocuments',
          type: 'checkbox',
          label: '涉及规范性文件',
          defaultValue: false,
          admin: { description: '勾选后由法制办进行合法性审查。' },
        },
      ],
    },
  ],
};
