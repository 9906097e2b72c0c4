import { defineVocabulary, type CodeOf } from './vocabulary.ts';

/** 办理形式. */
export const handlingForms = defineVocabulary([
  { code: 'window', label: '窗口办理' },
  { code: 'online', label: '网上办理' },
  { code: 'express', label: '快递申请' },
  { code: 'appointment', label: '预约办理' },
  { code: 'door-to-door', label: '上门办理' },
  { code: 'self-service', label: '自助终端办理' },
  { code: 'city-wide', label: '同城通办' },
  { code: 'proxy', label: '委托代办' },
  { code: 'phone', label: '电话办理' },
  { code: 'fax', label: '传真办理' },
]);
export type HandlingForm = CodeOf<typeof handlingForms>;

/** 网上办理深度 (multi-select, national codes 1–8). */
export const onlineDepths = defineVocabulary([
  { code: '1', label: '互联网咨询' },
  { code: '2', label: '收件' },
  { code: '3', label: '预审' },
  { code: '4', label: '受理' },
  { code: '5', label: '办理' },
  { code: '6', label: '办理结果信息反馈' },
  { code: '7', label: '电子证照反馈' },
  { code: '8', label: '其他' },
]);
export type OnlineDepth = CodeOf<typeof onlineDepths>;

/** 办件类型. */
export const caseTypes = defineVocabulary([
  { code: 'instant', label: '即办件' },
  { code: 'promised', label: '承诺件' },
]);
export type CaseType = CodeOf<typeof caseTypes>;

/** 材料来源. */
export const materialSources = defineVocabulary([
  { code: 'applicant', label: '申请人自备' },
  { code: 'government', label: '政府部门核发' },
  { code: 'other', label: '其他' },
]);
export type MaterialSource = CodeOf<typeof materialSources>;

/** 材料形式. */
export const materialForms = defineVocabulary([
  { code: 'original', label: '原件' },
  { code: 'copy', label: '复印件' },
  { code: 'electronic', label: '电子材料' },
]);
export type MaterialForm = CodeOf<typeof materialForms>;

/** 材料必要性. */
export const materialNecessities = defineVocabulary([
  { code: 'required', label: '必需' },
  { code: 'deferrable', label: '容缺' },
  { code: 'conditional', label: '视情况提供' },
  /** The source did not say: shown as such, never as 必需 (unknown stays unknown). */
  { code: 'unspecified', label: '未说明' },
]);
export type MaterialNecessity = CodeOf<typeof materialNecessities>;

/** What a material's copies are counted in: 份 (sets) or 张 (sheets, e.g. photos). */
export const copyUnits = defineVocabulary([
  { code: 'set', label: '份' },
  { code: 'sheet', label: '张' },
]);
export type CopyUnit = CodeOf<typeof copyUnits>;

/** Time limits are counted in working days unless the source says calendar days (「30日内」). */
export const dayKinds = defineVocabulary([
  { code: 'working', label: '工作日' },
  { code: 'calendar', label: '自然日' },
]);
export type DayKind = CodeOf<typeof dayKinds>;

/** 特别程序. */
export const specialProcedureKinds = defineVocabulary([
  { code: 'hearing', label: '听证' },
  { code: 'publicity', label: '公示' },
  { code: 'inspection', label: '检验检测' },
  { code: 'expert-review', label: '专家评审' },
  { code: 'other', label: '其他' },
]);
export type SpecialProcedureKind = CodeOf<typeof specialProcedureKinds>;

/** 通办范围. */
export const crossRegionScopes = defineVocabulary([
  { code: 'none', label: '不通办' },
  { code: 'city', label: '全市通办' },
  { code: 'province', label: '全省通办' },
  { code: 'cross-province', label: '跨省通办' },
]);
export type CrossRegionScope = CodeOf<typeof crossRegionScopes>;
