import { ownUnitDefault } from '../../fields/ownUnit.ts';
import type { Field } from 'payload';
import {
  caseTypes,
  copyUnits,
  crossRegionScopes,
  dayKinds,
  handlingForms,
  levels,
  materialForms,
  materialNecessities,
  materialSources,
  onlineDepths,
  serviceObjects,
  specialProcedureKinds,
} from '@catalog/content-models';
import { validateImplementationCode } from '@catalog/content-models/codes/index.ts';
import { codeValidator } from '../../fields/validators.ts';
import { vocabularySelect } from '../../fields/vocabularySelect.ts';

const days = (name: string, label: string, description?: string): Field => ({
  name,
  type: 'number',
  label,
  min: 0,
  admin: description ? { description } : undefined,
});

const yesNo = (name: string, label: string): Field => ({ name, type: 'checkbox', label, defaultValue: false });

/** 实施清单: who implements the item, where, at which level. */
export const implementationFields: Field[] = [
  {
    name: 'catalogItem',
    type: 'relationship',
    relationTo: 'catalog-items',
    label: '目录清单事项',
    required: true,
    index: true,
  },
  {
    name: 'name',
    type: 'text',
    label: '事项名称',
    admin: { description: '留空时取目录清单中的事项名称。' },
  },
  {
    name: 'implementationCode',
    type: 'text',
    label: '实施编码',
    required: true,
    index: true,
    validate: codeValidator(validateImplementationCode, '实施编码', true),
    admin: { description: '31 位：实施主体统一社会信用代码 18 位 + 行使层级 1 位 + 基本编码 12 位。' },
  },
  {
    type: 'row',
    fields: [
      { name: 'unit', type: 'relationship', relationTo: 'units', label: '实施主体', required: true, index: true, defaultValue: ownUnitDefault },
      { name: 'region', type: 'relationship', relationTo: 'regions', label: '所属区划', required: true },
      vocabularySelect('level', '行使层级', levels, { required: true }),
    ],
  },
  { name: 'handlingUnit', type: 'text', label: '受理 / 承办机构', admin: { description: '单位内具体承办的处室或窗口。' } },
  { name: 'coUnits', type: 'text', hasMany: true, label: '联办机构' },
  vocabularySelect('serviceObjects', '服务对象', serviceObjects, { hasMany: true }),
  {
    name: 'serviceObjectNote',
    type: 'textarea',
    label: '服务对象说明',
    admin: { description: '按原文描述服务对象，如“本县户籍、年满 60 周岁的老年人”。' },
  },
  {
    name: 'aliases',
    type: 'text',
    hasMany: true,
    label: '俗称 / 别名',
    admin: { description: '本地群众的叫法，补充目录清单中的别名。' },
  },
  {
    name: 'reviewDate',
    type: 'date',
    label: '复核日期',
    index: true,
    admin: {
      date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy年M月d日' },
      description: '到期后本指南出现在“待复核”列表中，须核对内容是否仍然准确。',
    },
  },
];

/** 申请材料, each with its blank form, sample and fill-in help. */
export const materialsField: Field = {
  name: 'materials',
  type: 'array',
  label: '申请材料',
  labels: { singular: '材料', plural: '材料' },
  admin: { description: '一次性告知：列出全部材料；可通过数据共享获取的材料不得再要求申请人提交。' },
  fields: [
    { name: 'name', type: 'text', label: '材料名称', required: true },
    {
      type: 'row',
      fields: [
        vocabularySelect('source', '来源渠道', materialSources),
        vocabularySelect('forms', '材料形式', materialForms, { hasMany: true }),
        { name: 'copies', type: 'number', label: '数量', min: 0 },
        vocabularySelect('copyUnit', '数量单位', copyUnits, { description: '空白为“份”；照片等按“张”计。' }),
        vocabularySelect('necessity', '必要性', materialNecessities, { required: true, defaultValue: 'unspecified' }),
      ],
    },
    { name: 'requirements', type: 'textarea', label: '材料要求（格式、签字盖章、受理标准）' },
    { name: 'basis', type: 'textarea', label: '要求提供材料的依据' },
    {
      type: 'row',
      fields: [
        { name: 'blankForm', type: 'upload', relationTo: 'media', label: '空白表格' },
        { name: 'sample', type: 'upload', relationTo: 'media', label: '示范文本' },
      ],
    },
    { name: 'fillNotes', type: 'textarea', label: '填写说明' },
    { name: 'commonMistakes', type: 'textarea', label: '常见错误示例' },
    {
      type: 'row',
      fields: [yesNo('obtainableBySharing', '可通过数据共享获取'), { ...yesNo('demandedFromApplicant', '仍要求申请人提交'), defaultValue: true } as Field],
    },
  ],
};

type FeeStatus = 'charged' | 'free' | null | undefined;

/**
 * The 是否收费 a write states. API clients that send only the boolean `charged` state it through
 * that: the status is then missing (Payload fills an unsent field with null) or the stored one
 * while `charged` changed. Both field hooks call this — Payload runs sibling field hooks
 * concurrently, so `charged` cannot wait for `feeStatus`'s hook to have run.
 */
function statedFeeStatus(siblingData: Record<string, unknown>, previous: Record<string, unknown> | undefined): FeeStatus {
  const value = siblingData.feeStatus as FeeStatus;
  const charged = siblingData.charged;
  if (typeof charged !== 'boolean') return value === undefined ? (previous?.feeStatus as FeeStatus) : value;
  const statusKept = (value ?? null) === ((previous?.feeStatus as FeeStatus) ?? null);
  const chargedChanged = charged !== (previous?.charged ?? null);
  return value == null || (statusKept && chargedChanged) ? (charged ? 'charged' : 'free') : value;
}

/**
 * 收费: whether, how much and on which basis. 是否收费 has three states: 收费, 不收费 and not yet
 * stated (empty), which the site shows as 未公布 — never as 不收费. `charged` is the stored boolean the
 * workflow's conditions and specialists' scopes query; it follows `feeStatus` and is not edited.
 */
export const feeFields: Field[] = [
  {
    name: 'feeStatus',
    type: 'radio',
    label: '是否收费',
    options: [
      { label: '收费', value: 'charged' },
      { label: '不收费', value: 'free' },
    ],
    admin: { layout: 'horizontal', description: '未选择表示来源未说明，网站显示“未公布，请咨询”；提交审核前须选择。只有部分情形收费的，选“收费”并在收费项目中写明适用情形。' },
    hooks: { beforeChange: [({ siblingData, previousSiblingDoc }) => statedFeeStatus(siblingData, previousSiblingDoc)] },
  },
  {
    name: 'charged',
    type: 'checkbox',
    label: '收费（由“是否收费”得出）',
    admin: { hidden: true },
    hooks: {
      beforeChange: [
        ({ siblingData, previousSiblingDoc }) => {
          const status = statedFeeStatus(siblingData, previousSiblingDoc);
          if (status === undefined) return undefined;
          return status === 'charged' ? true : status === 'free' ? false : null;
        },
      ],
    },
  },
  {
    name: 'fees',
    type: 'array',
    label: '收费项目',
    labels: { singular: '收费项目', plural: '收费项目' },
    admin: { condition: (data) => data?.feeStatus === 'charged' || (Array.isArray(data?.fees) && data.fees.length > 0), description: '收费事项须同时写明收费标准和收费依据。' },
    fields: [
      { name: 'name', type: 'text', label: '收费项目名称', required: true },
      { name: 'applicableCase', type: 'text', label: '适用情形', admin: { description: '只在部分情形收费时填写，如“遗失补领”。' } },
      { name: 'standard', type: 'textarea', label: '收费标准' },
      { name: 'basis', type: 'textarea', label: '收费依据' },
      yesNo('reducible', '是否允许减免'),
      { name: 'reductionBasis', type: 'textarea', label: '减免依据' },
    ],
  },
  yesNo('governmentPurchased', '是否纳入政府购买服务'),
];

/** 时限与办理方式. */
export const handlingFields: Field[] = [
  {
    type: 'row',
    fields: [
      days('statutoryDays', '法定办结时限'),
      vocabularySelect('statutoryDayKind', '法定时限单位', dayKinds, { description: '空白为工作日。' }),
      days('promisedDays', '承诺办结时限', '不得超过法定时限。'),
      vocabularySelect('promisedDayKind', '承诺时限单位', dayKinds, { description: '空白为工作日；原文为“30日内”等自然日的选“自然日”。' }),
      vocabularySelect('caseType', '办件类型', caseTypes),
    ],
  },
  { name: 'timeLimitNote', type: 'textarea', label: '时限说明' },
  {
    name: 'caseTimeLimits',
    type: 'array',
    label: '分情形办结时限',
    labels: { singular: '情形', plural: '情形' },
    admin: { description: '不同情形时限不同时逐项填写，如“遗失补领：5 个工作日”。' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'case', type: 'text', label: '情形', required: true },
          days('days', '时限'),
          vocabularySelect('dayKind', '时限单位', dayKinds, { description: '空白为工作日。' }),
        ],
      },
      { name: 'note', type: 'textarea', label: '说明' },
    ],
  },
  vocabularySelect('handlingForms', '办理形式', handlingForms, { hasMany: true }),
  vocabularySelect('onlineDepths', '网上办理深度', onlineDepths, { hasMany: true }),
  {
    type: 'row',
    fields: [
      { name: 'onlineUrl', type: 'text', label: '网办地址（PC 端）' },
      { name: 'mobileUrl', type: 'text', label: '网办地址（移动端）' },
    ],
  },
  {
    name: 'onlineChannels',
    type: 'array',
    label: '其他网办渠道',
    labels: { singular: '渠道', plural: '渠道' },
    admin: { description: 'APP、小程序、公众号或第二个网址；没有网址的写明名称和进入路径。' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', label: '渠道名称', required: true, admin: { description: '如“浙里办”APP、“粤省事”小程序' } },
          { name: 'url', type: 'text', label: '网址（可空）' },
        ],
      },
      { name: 'note', type: 'text', label: '进入路径', admin: { description: '如“首页—社保服务—参保证明打印”' } },
    ],
  },
  { name: 'visits', type: 'number', label: '到办事现场次数', min: 0, admin: { description: '“最多跑一次”填 1，全程网办填 0。' } },
  { name: 'onsiteReason', type: 'textarea', label: '必须现场办理原因说明' },
  vocabularySelect('crossRegion', '通办范围', crossRegionScopes),
  {
    type: 'row',
    fields: [
      { name: 'inServiceHall', type: 'checkbox', label: '进驻政务大厅' },
      { name: 'supportsExpress', type: 'checkbox', label: '支持物流快递' },
      { name: 'supportsAppointment', type: 'checkbox', label: '支持预约办理' },
      { name: 'supportsOnlinePayment', type: 'checkbox', label: '支持网上支付' },
      { name: 'supportsSelfService', type: 'checkbox', label: '支持自助终端办理' },
    ],
  },
];

/** 受理条件与办理流程 (drawn as the flowchart on the site). */
export const processFields: Field[] = [
  { name: 'conditions', type: 'textarea', label: '受理条件' },
  {
    name: 'process',
    type: 'array',
    label: '办理流程',
    labels: { singular: '环节', plural: '环节' },
    admin: { description: '按顺序填写各环节，网站据此生成办事流程图。' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', label: '环节名称', required: true },
          { name: 'actor', type: 'text', label: '办理人员 / 岗位' },
          days('days', '办理时限（工作日）'),
        ],
      },
      { name: 'description', type: 'textarea', label: '办理内容与审查标准' },
    ],
  },
  {
    name: 'specialProcedures',
    type: 'array',
    label: '特别程序',
    labels: { singular: '特别程序', plural: '特别程序' },
    admin: { description: '听证、公示、检验检测、专家评审等，不计入办结时限。' },
    fields: [
      vocabularySelect('kind', '程序类型', specialProcedureKinds, { required: true }),
      days('days', '时限（工作日）'),
      { name: 'note', type: 'textarea', label: '说明' },
    ],
  },
  {
    name: 'intermediaryServices',
    type: 'array',
    label: '中介服务',
    labels: { singular: '中介服务', plural: '中介服务' },
    fields: [
      { name: 'name', type: 'text', label: '中介服务名称', required: true },
      { name: 'provider', type: 'text', label: '服务机构' },
      { name: 'basis', type: 'textarea', label: '设定依据' },
    ],
  },
];

/** 办理地点与咨询监督. */
export const contactFields: Field[] = [
  {
    name: 'locations',
    type: 'array',
    label: '办理地点',
    labels: { singular: '地点', plural: '地点' },
    fields: [
      { name: 'name', type: 'text', label: '窗口 / 大厅名称', required: true },
      { name: 'address', type: 'text', label: '地址', required: true },
      { name: 'hours', type: 'text', label: '办公时间' },
      { name: 'transit', type: 'textarea', label: '乘车线路' },
      { name: 'phone', type: 'text', label: '窗口电话' },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'consultPhone', type: 'text', label: '咨询电话' },
      { name: 'complaintPhone', type: 'text', label: '监督投诉电话' },
    ],
  },
];

/** 办理结果与其他. */
export const resultFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'resultName', type: 'text', label: '结果名称' },
      { name: 'resultType', type: 'text', label: '审批结果类型' },
    ],
  },
  { name: 'resultDelivery', type: 'text', label: '办理结果送达方式', admin: { description: '如“窗口领取、邮寄送达、电子证照推送”。' } },
  { name: 'resultSample', type: 'upload', relationTo: 'media', label: '结果样本' },
  { name: 'statusQuery', type: 'textarea', label: '状态查询方式' },
  { name: 'accountability', type: 'textarea', label: '责任追究' },
  { name: 'quantityLimit', type: 'textarea', label: '数量限制' },
];

/** 常见问题与表格下载. */
export const helpFields: Field[] = [
  {
    name: 'faq',
    type: 'array',
    label: '常见问题',
    labels: { singular: '问题', plural: '问题' },
    fields: [
      { name: 'question', type: 'text', label: '问题', required: true },
      { name: 'answer', type: 'textarea', label: '解答', required: true },
    ],
  },
  {
    name: 'forms',
    type: 'array',
    label: '表格下载',
    labels: { singular: '表格', plural: '表格' },
    fields: [
      { name: 'title', type: 'text', label: '表格名称', required: true },
      { name: 'file', type: 'upload', relationTo: 'media', label: '文件', required: true },
    ],
  },
];
