import type { CollectionConfig, Field } from 'payload';
import { followUpStates, ratingReasons, ratingVerdicts } from '@catalog/content-models';
import { anyone } from '../../access/anyone.ts';
import { followUpField, moderatorsOnlyField, readFeedback, updateFeedback } from '../../access/feedbackOfOwnUnit.ts';
import { isAdmin } from '../../access/isAdmin.ts';
import { nobody } from '../../access/nobody.ts';
import { guardPublicFeedback } from '../../workflow/feedback/guardPublicFeedback.ts';
import { publicFeedbackEndpoint } from '../../workflow/feedback/publicFeedbackEndpoint.ts';
import { ratingsSummaryEndpoint } from '../../workflow/feedback/ratingsSummaryEndpoint.ts';
import { checkRatingFields } from './hooks/checkRatingFields.ts';
import { fillRating } from './hooks/fillRating.ts';
import { holdForModeration } from './hooks/holdForModeration.ts';

const isRating = (data: Record<string, unknown> | undefined) => data?.kind === 'rating';
const isBadRating = (data: Record<string, unknown> | undefined) => isRating(data) && data?.verdict === 'bad';

/** What a visitor sent and its moderation: changed by moderators only (unit staff reach only the 整改 fields). */
const moderated = (field: Field): Field => ({ ...field, access: { ...(field as { access?: object }).access, update: moderatorsOnlyField } }) as Field;

/** 公众意见: consultation comments (征求意见) and guide ratings (好差评), shown only after moderation. */
export const Feedback: CollectionConfig = {
  slug: 'feedback',
  labels: { singular: '公众意见', plural: '公众意见与评价' },
  admin: {
    group: '审核与发布',
    defaultColumns: ['kind', 'implementation', 'verdict', 'reason', 'followUp', 'moderation', 'createdAt'],
    components: { beforeListTable: ['/components/RatingSummary.tsx#RatingSummary'] },
  },
  access: { read: readFeedback, create: anyone, update: updateFeedback, delete: isAdmin },
  endpoints: [publicFeedbackEndpoint, ratingsSummaryEndpoint],
  hooks: { beforeOperation: [guardPublicFeedback], beforeChange: [holdForModeration, fillRating, checkRatingFields] },
  fields: [
    ...[
      {
        name: 'kind',
        type: 'select',
        label: '类型',
        required: true,
        options: [
          { value: 'comment', label: '征求意见' },
          { value: 'rating', label: '指南评价（好差评）' },
        ],
      },
      { name: 'implementation', type: 'relationship', relationTo: 'implementations', label: '办事指南' },
      { name: 'adjustment', type: 'relationship', relationTo: 'adjustments', label: '征求意见的调整' },
      { name: 'verdict', type: 'select', label: '评价', options: ratingVerdicts.options(), admin: { condition: isRating } },
      {
        name: 'reason',
        type: 'select',
        label: '差评原因',
        options: ratingReasons.options(),
        // Only with 差评, one of the categories: checkRatingFields.
        admin: { condition: isBadRating },
      },
      // The older API's yes/no, kept equal to verdict (好评 = 有帮助) so existing clients keep working.
      { name: 'helpful', type: 'checkbox', label: '这个指南有帮助吗', admin: { hidden: true } },
      { name: 'comment', type: 'textarea', label: '意见内容', maxLength: 2000 },
      // A citizen's name and contact stay with the moderators; the unit follows up on what was said.
      { name: 'name', type: 'text', label: '称呼（选填）', maxLength: 50, access: { read: moderatorsOnlyField } },
      { name: 'contact', type: 'text', label: '联系方式（选填）', maxLength: 100, access: { read: moderatorsOnlyField } },
      {
        name: 'moderation',
        type: 'select',
        label: '审核状态',
        required: true,
        defaultValue: 'pending',
        options: [
          { value: 'pending', label: '待审核' },
          { value: 'approved', label: '已公开' },
          { value: 'rejected', label: '不予公开' },
        ],
      },
      { name: 'moderatedBy', type: 'relationship', relationTo: 'users', label: '审核人' },
    ].map((field) => moderated(field as Field)),
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: '实施主体',
      access: { create: nobody as never, update: nobody as never },
      admin: { readOnly: true, condition: isRating, description: '评价的办事指南所属单位，由系统填写。' },
    },
    {
      type: 'collapsible',
      label: '差评整改',
      admin: { condition: isBadRating },
      fields: [
        {
          name: 'followUp',
          type: 'select',
          label: '整改状态',
          options: followUpStates.options(),
          // Only on 差评: checkRatingFields.
          access: { update: followUpField },
        },
        { name: 'followUpNote', type: 'textarea', label: '整改说明', maxLength: 2000, access: { update: followUpField } },
      ],
    },
  ],
};
