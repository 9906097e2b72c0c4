import { z } from 'zod';
import {
  caseTypes,
  copyUnits,
  crossRegionScopes,
  dayKinds,
  handlingForms,
  itemTypes,
  levels,
  lifeEventThemes,
  materialForms,
  materialNecessities,
  materialSources,
  onlineDepths,
  regionLevels,
  serviceCategories,
  serviceObjects,
  specialProcedureKinds,
  unitKinds,
} from '../vocabularies/index.ts';

/**
 * The content of an item's guide (实施清单 + 办事指南): every element the seeds and the national
 * 实施清单 standard ask for. The CMS stores it, quality rules check it, the diff compares two of it,
 * and the published snapshot carries it. Optional elements are optional here; completeness for
 * submission is a quality rule, not a schema error, so drafts can be saved half-done.
 */

const text = z.string().trim();
const optionalText = text.optional();
const url = z.string().trim().max(2048);

export const fileRefSchema = z.object({
  name: text.min(1),
  url,
  mimeType: optionalText,
  bytes: z.number().int().nonnegative().optional(),
});
export type FileRef = z.infer<typeof fileRefSchema>;

/** 设定依据: instrument + article + quoted text. */
export const legalBasisSchema = z.object({
  instrument: text.min(1), // 法律法规名称
  article: optionalText, // 条款号
  text: optionalText, // 条款内容
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

export const materialSchema = z.object({
  /** Stable identity across versions, so the diff matches materials by identity, not position. */
  id: text.min(1),
  name: text.min(1),
  source: z.enum(materialSources.codes).optional(),
  forms: z.array(z.enum(materialForms.codes)).default([]),
  copies: z.number().int().min(0).optional(), // 份数
  copyUnit: z.enum(copyUnits.codes).optional(), // 份 (absent) or 张
  /** Absent in the source means 未说明, never 必需: unknown stays unknown. */
  necessity: z.enum(materialNecessities.codes).default('unspecified'),
  requirements: optionalText, // 格式、签字盖章等要求 / 受理标准
  basis: optionalText, // 要求提供材料的依据
  blankForm: fileRefSchema.optional(), // 空白表格
  sample: fileRefSchema.optional(), // 示范文本
  fillNotes: optionalText, // 填写说明
  commonMistakes: optionalText, // 常见错误示例
  obtainableBySharing: z.boolean().default(false), // 可通过数据共享获取
  demandedFromApplicant: z.boolean().default(true), // 仍要求申请人提交
});
export type Material = z.infer<typeof materialSchema>;

export const feeItemSchema = z.object({
  name: text.min(1),
  applicableCase: optionalText, // 适用情形: a fee that applies only to one case of the item (e.g. 补证)
  standard: optionalText, // 收费标准
  basis: optionalText, // 收费依据
  reducible: z.boolean().default(false), // 是否允许减免
  reductionBasis: optionalText, // 减免依据
});
export type FeeItem = z.infer<typeof feeItemSchema>;

export const processStepSchema = z.object({
  id: text.min(1),
  name: text.min(1), // 环节名称, e.g. 受理
  actor: optionalText, // 办理人员/岗位
  days: z.number().min(0).optional(), // 办理时限（工作日）
  description: optionalText, // 办理内容、审查标准
});
export type ProcessStep = z.infer<typeof processStepSchema>;

export const locationSchema = z.object({
  name: text.min(1), // 窗口/大厅名称
  address: text.min(1),
  hours: optionalText, // 办公时间
  transit: optionalText, // 乘车线路
  phone: optionalText,
});
export type Location = z.infer<typeof locationSchema>;

/** A time limit that applies to one case of the item (分情形办结时限), e.g. 「补领：5个工作日」. */
export const caseTimeLimitSchema = z.object({
  case: text.min(1), // 情形
  days: z.number().min(0).optional(),
  dayKind: z.enum(dayKinds.codes).optional(), // absent: working days
  note: optionalText,
});
export type CaseTimeLimit = z.infer<typeof caseTimeLimitSchema>;

/** A further way to handle the item online: an app or mini-program (often without a URL) or a second address. */
export const onlineChannelSchema = z.object({
  name: text.min(1), // e.g. 「浙里办」APP、「粤省事」小程序
  url: url.optional(),
  note: optionalText, // how to find it, e.g. 首页—社保—参保证明
});
export type OnlineChannel = z.infer<typeof onlineChannelSchema>;

export const faqSchema = z.object({ question: text.min(1), answer: text.min(1) });
export type Faq = z.infer<typeof faqSchema>;

export const specialProcedureSchema = z.object({
  kind: z.enum(specialProcedureKinds.codes),
  days: z.number().min(0).optional(),
  note: optionalText,
});
export type SpecialProcedure = z.infer<typeof specialProcedureSchema>;

export const intermediaryServiceSchema = z.object({
  name: text.min(1),
  provider: optionalText,
  basis: optionalText,
});
export type IntermediaryService = z.infer<typeof intermediaryServiceSchema>;

/** A unit as the public (and the guide) sees it. */
export const unitRefSchema = z.object({
  id: text.min(1),
  name: text.min(1),
  kind: z.enum(unitKinds.codes),
  creditCode: optionalText, // 统一社会信用代码
  phone: optionalText,
  address: optionalText,
  hours: optionalText,
  supervisorName: optionalText, // 主管部门
});
export type UnitRef = z.infer<typeof unitRefSchema>;

export const regionRefSchema = z.object({
  code: text.min(6),
  name: text.min(1),
  level: z.enum(regionLevels.codes),
});
export type RegionRef = z.infer<typeof regionRefSchema>;

export const guideSchema = z.object({
  // 目录清单 (catalog item)
  name: text.min(1),
  aliases: z.array(text.min(1)).default([]), // 俗称/别名, weighted in search
  basicCode: text.min(1), // 基本编码
  itemType: z.enum(itemTypes.codes),
  category: z.enum(serviceCategories.codes),
  serviceObjects: z.array(z.enum(serviceObjects.codes)).default([]),
  serviceObjectNote: optionalText, // 服务对象说明, as the source describes it (e.g. 本县户籍的60周岁以上老年人)
  themes: z.array(z.enum(lifeEventThemes.codes)).default([]),
  legalBasis: z.array(legalBasisSchema).default([]),
  transferableToSociety: z.boolean().default(false), // 可向社会组织转移
  hasNormativeDocuments: z.boolean().default(false), // 涉及规范性文件 (legality review applies)

  // 实施清单 (implementation)
  implementationCode: text.min(1), // 实施编码
  level: z.enum(levels.codes), // 行使层级
  unit: unitRefSchema, // 实施主体
  handlingUnit: optionalText, // 受理/承办机构 (department within the unit)
  coUnits: z.array(text.min(1)).default([]), // 联办机构
  region: regionRefSchema,
  conditions: optionalText, // 受理条件
  materials: z.array(materialSchema).default([]),
  /** 是否收费: absent means the source did not say, shown as 未公布 — never as 不收费. */
  charged: z.boolean().optional(),
  fees: z.array(feeItemSchema).default([]),
  governmentPurchased: z.boolean().default(false), // 是否纳入政府购买服务
  statutoryDays: z.number().min(0).optional(), // 法定办结时限
  statutoryDayKind: z.enum(dayKinds.codes).optional(), // absent: working days
  promisedDays: z.number().min(0).optional(), // 承诺办结时限
  promisedDayKind: z.enum(dayKinds.codes).optional(), // absent: working days
  timeLimitNote: optionalText,
  caseTimeLimits: z.array(caseTimeLimitSchema).default([]), // 分情形办结时限
  caseType: z.enum(caseTypes.codes).optional(), // 办件类型
  handlingForms: z.array(z.enum(handlingForms.codes)).default([]),
  onlineDepths: z.array(z.enum(onlineDepths.codes)).default([]), // 网上办理深度
  onlineUrl: url.optional(), // 网办地址（PC）
  mobileUrl: url.optional(), // 网办地址（移动端）
  onlineChannels: z.array(onlineChannelSchema).default([]), // 其他网办渠道（APP、小程序、第二网址）
  visits: z.number().int().min(0).optional(), // 到办事现场次数
  onsiteReason: optionalText, // 必须现场办理原因说明
  process: z.array(processStepSchema).default([]), // 办理流程
  locations: z.array(locationSchema).default([]),
  consultPhone: optionalText, // 咨询电话
  complaintPhone: optionalText, // 监督投诉电话
  resultName: optionalText, // 结果名称
  resultType: optionalText, // 审批结果类型
  resultDelivery: optionalText, // 办理结果送达方式 (窗口领取、邮寄送达、电子送达…)
  resultSample: fileRefSchema.optional(), // 结果样本
  statusQuery: optionalText, // 状态查询方式
  accountability: optionalText, // 责任追究
  specialProcedures: z.array(specialProcedureSchema).default([]),
  intermediaryServices: z.array(intermediaryServiceSchema).default([]),
  crossRegion: z.enum(crossRegionScopes.codes).optional(), // 通办范围
  quantityLimit: optionalText, // 数量限制
  inServiceHall: z.boolean().optional(), // 是否进驻政务大厅
  supportsExpress: z.boolean().optional(), // 支持物流快递
  supportsAppointment: z.boolean().optional(), // 支持预约办理
  supportsOnlinePayment: z.boolean().optional(), // 支持网上支付
  supportsSelfService: z.boolean().optional(), // 支持自助终端办理
  faq: z.array(faqSchema).default([]),
  forms: z.array(fileRefSchema).default([]), // 表格下载
});
export type Guide = z.infer<typeof guideSchema>;
/** What an editor may hold while drafting: anything may still be missing. */
export type GuideDraft = Partial<Guide>;
