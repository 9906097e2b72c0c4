import type { CollectionConfig } from 'payload';
import { adjustmentKinds } from '@catalog/content-models';
import { createInOwnUnit, editOwnUnit } from '../../access/editOwnUnit.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { ownUnitDefault } from '../../fields/ownUnit.ts';
import { vocabularySelect } from '../../fields/vocabularySelect.ts';
import { hiddenInAdmin, personLabelField } from '../../people/personLabelField.ts';
import { readAdjustments } from '../../workflow/access.ts';
import { workflowEndpoints } from '../../workflow/endpoints.ts';
import { guardWorkflowFields } from './hooks/guardWorkflowFields.ts';
import { matchTarget } from './hooks/matchTarget.ts';
import { recordProcedure } from './hooks/recordProcedure.ts';
import { refuseDeletingSubmitted } from './hooks/refuseDeletingSubmitted.ts';

const readOnly = { readOnly: true };

/**
 * 动态调整: a proposed add / change / cancel / guide change and where it stands in review. Units
 * edit the content; the workflow endpoints (submit / decide / withdraw) alone move it on.
 */
export const Adjustments: CollectionConfig = {
  slug: 'adjustments',
  labels: { singular: '动态调整', plural: '动态调整' },
  admin: {
    useAsTitle: 'reason',
    group: '审核与发布',
    defaultColumns: ['kind', 'implementation', 'state', 'stage', 'stageEnteredAt', 'effectiveDate'],
    components: { beforeListTable: ['/components/workflow/WorkflowQueues.tsx#WorkflowQueues'] },
  },
  access: { read: readAdjustments, create: createInOwnUnit, update: editOwnUnit, delete: isAdmin },
  endpoints: workflowEndpoints,
  hooks: { beforeChange: [guardWorkflowFields, matchTarget, recordProcedure], beforeDelete: [refuseDeletingSubmitted] },
  fields: [
    {
      name: 'workflowPanel',
      type: 'ui',
      label: '审核流程',
      admin: { position: 'sidebar', components: { Field: '/components/workflow/WorkflowPanel.tsx#WorkflowPanel' } },
    },
    vocabularySelect('kind', '调整类型', adjustmentKinds, { required: true }),
    {
      type: 'row',
      fields: [
        { name: 'catalogItem', type: 'relationship', relationTo: 'catalog-items', label: '目录清单事项' },
        { name: 'implementation', type: 'relationship', relationTo: 'implementations', label: '实施清单 / 办事指南' },
        { name: 'unit', type: 'relationship', relationTo: 'units', label: '申请单位', required: true, index: true, defaultValue: ownUnitDefault },
      ],
    },
    { name: 'reason', type: 'textarea', label: '调整理由', required: true },
    { name: 'basis', type: 'textarea', label: '调整依据', admin: { description: '如法律法规修订、机构改革文件。' } },
    {
      type: 'row',
      fields: [
        { name: 'effectiveDate', type: 'date', label: '生效日期', admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'campaign', type: 'relationship', relationTo: 'campaigns', label: '专项工作', admin: { description: '归入专项工作（如事项梳理）的调整按其流程办理；日常调整不选。' } },
      ],
    },
    // Shown by the workflow panel (diff table) rather than as raw JSON in the form.
    { name: 'proposedVersion', type: 'json', label: '拟调整后的内容', admin: { ...readOnly, hidden: true } },
    { name: 'changes', type: 'json', label: '与已发布版本的差异', admin: { ...readOnly, hidden: true } },
    {
      type: 'collapsible',
      label: '流程状态',
      fields: [
        {
          type: 'row',
          fields: [
            // Text, not a select: the codes are content-models' workflowStatuses and the procedure's stage
            // ids (procedures live in the database); the Field and Cell components show their Chinese names.
            {
              name: 'state',
              type: 'text',
              label: '当前状态',
              defaultValue: 'draft',
              index: true,
              admin: { ...readOnly, components: { Field: '/components/workflow/WorkflowFields.tsx#StateField', Cell: '/components/workflow/WorkflowCells.tsx#StateCell' } },
            },
            {
              name: 'stage',
              type: 'text',
              label: '当前环节',
              index: true,
              admin: { ...readOnly, components: { Field: '/components/workflow/WorkflowFields.tsx#StageField', Cell: '/components/workflow/WorkflowCells.tsx#StageCell' } },
            },
            { name: 'round', type: 'number', label: '报送轮次', defaultValue: 1, admin: readOnly },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'procedure', type: 'relationship', relationTo: 'workflow-procedures', label: '审核流程', admin: readOnly },
            { name: 'procedureCode', type: 'text', label: '流程编号', index: true, admin: readOnly },
            { name: 'procedureVersion', type: 'number', label: '流程版本', admin: readOnly },
            { name: 'stageDueAt', type: 'date', label: '本环节办理期限', index: true, admin: readOnly },
            { name: 'batch', type: 'text', label: '审定批次号', index: true, admin: readOnly },
          ],
        },
        // The procedure as it stood when the case was filed: the case follows this copy to the end.
        { name: 'procedureSnapshot', type: 'json', label: '所走流程（创建时版本）', admin: { ...readOnly, hidden: true } },
        // Where a resubmission continues after the unit stages (the stage that returned the case).
        { name: 'resumeStage', type: 'text', label: '重新提交后回到的环节', admin: { ...readOnly, hidden: true } },
        // Stages whose public consultation already ran its full period: not repeated on resubmission.
        { name: 'consultedStages', type: 'json', label: '已完成征求意见的环节', admin: { ...readOnly, hidden: true } },
        // The unit's division and every division above it: region-scoped reviewers filter on it.
        { name: 'regionPath', type: 'text', hasMany: true, index: true, label: '所属区划（含上级）', admin: { ...readOnly, hidden: true } },
        {
          type: 'row',
          fields: [
            // 「姓名（单位）」 for everyone who may read the case (people/): the ids stay in the API.
            { name: 'createdBy', type: 'relationship', relationTo: 'users', label: '创建人', admin: hiddenInAdmin },
            personLabelField('createdBy', '创建人'),
            { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: '提交人', admin: hiddenInAdmin },
            personLabelField('submittedBy', '提交人'),
            { name: 'submittedAt', type: 'date', label: '提交时间', admin: readOnly },
            { name: 'stageEnteredAt', type: 'date', label: '进入本环节时间', admin: readOnly },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'consultationOpensAt', type: 'date', label: '征求意见开始', admin: readOnly },
            { name: 'consultationClosesAt', type: 'date', label: '征求意见截止', admin: readOnly },
            { name: 'publishedAt', type: 'date', label: '发布时间', admin: readOnly },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'implementationVersion', type: 'text', label: '送审的指南版本', admin: readOnly },
            { name: 'catalogItemVersion', type: 'text', label: '送审的事项版本', admin: readOnly },
          ],
        },
      ],
    },
  ],
};
