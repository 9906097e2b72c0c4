import type { CollectionConfig } from 'payload';
import { createInOwnUnit, editOwnUnit } from '../../access/editOwnUnit.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { readCatalog, readCatalogVersions } from '../../access/readCatalog.ts';
import { draftsOnly } from '../../hooks/draftsOnly.ts';
import { keepNewestVersions } from '../../hooks/keepNewestVersions.ts';
import { markDraftRestore } from '../../hooks/markDraftRestore.ts';
import { publicReadsPublished } from '../../hooks/publicReadsPublished.ts';
import { refuseDeletingPublic } from '../../hooks/refuseDeletingPublic.ts';
import { refusePublish } from '../../hooks/refusePublish.ts';
import {
  contactFields,
  feeFields,
  handlingFields,
  helpFields,
  implementationFields,
  materialsField,
  processFields,
  resultFields,
} from './fields.ts';
import { fillNameFromItem } from './hooks/fillNameFromItem.ts';
import { guideSubmissionEndpoints } from '../../workflow/guideSubmission.ts';
import { reviewDueEndpoint } from './reviewDue.ts';

/** 实施清单 + 办事指南: one per catalog item and implementing unit, holding every guide element. */
export const Implementations: CollectionConfig = {
  slug: 'implementations',
  labels: { singular: '办事指南', plural: '实施清单与办事指南' },
  admin: {
    useAsTitle: 'name',
    group: '事项管理',
    defaultColumns: ['name', 'implementationCode', 'unit', 'reviewDate', '_status'],
    description: '每个实施主体一份实施清单和办事指南。编辑只保存草稿，审核通过后由系统发布，已发布内容不受影响。',
    components: { beforeListTable: ['/components/ReviewDueLink.tsx#ReviewDueLink'] },
  },
  access: {
    read: readCatalog('implementations'),
    readVersions: readCatalogVersions('implementations'),
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
  endpoints: [reviewDueEndpoint, ...guideSubmissionEndpoints],
  hooks: { beforeOperation: [publicReadsPublished, markDraftRestore, draftsOnly], beforeDelete: [refuseDeletingPublic], beforeValidate: [fillNameFromItem], beforeChange: [refusePublish], afterChange: [keepNewestVersions] },
  fields: [
    {
      name: 'qualityFindings',
      type: 'ui',
      label: '质量检查',
      admin: { position: 'sidebar', components: { Field: '/components/QualityFindings.tsx#QualityFindings' } },
    },
    {
      name: 'submitForReview',
      type: 'ui',
      label: '提交审核',
      admin: { position: 'sidebar', components: { Field: '/components/workflow/SubmitForReview.tsx#SubmitForReview' } },
    },
    {
      type: 'tabs',
      tabs: [
        { label: '实施清单', fields: implementationFields },
        { label: '受理条件与流程', fields: processFields },
        { label: '申请材料', fields: [materialsField] },
        { label: '收费', fields: feeFields },
        { label: '时限与办理方式', fields: handlingFields },
        { label: '地点与咨询', fields: contactFields },
        { label: '结果与监督', fields: resultFields },
        { label: '常见问题与表格', fields: helpFields },
      ],
    },
  ],
};
