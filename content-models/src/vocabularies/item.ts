import { defineVocabulary, type CodeOf } from './vocabulary.ts';

/** 事项类型: codes of the national item-exchange schema (two digits), local extensions 31 and 99. */
export const itemTypes = defineVocabulary([
  { code: '01', label: '行政许可' },
  { code: '02', label: '行政处罚' },
  { code: '03', label: '行政强制' },
  { code: '04', label: '行政征收' },
  { code: '05', label: '行政给付' },
  { code: '06', label: '行政检查' },
  { code: '07', label: '行政确认' },
  { code: '08', label: '行政奖励' },
  { code: '09', label: '行政裁决' },
  { code: '10', label: '其他行政权力' },
  { code: '20', label: '公共服务' },
  { code: '31', label: '依申请便民服务' },
  { code: '99', label: '其他' },
]);
export type ItemType = CodeOf<typeof itemTypes>;

/** The twelve service categories of the public-service catalog (公共服务事项分类). */
export const serviceCategories = defineVocabulary([
  { code: 'policy', label: '政策支持' },
  { code: 'legal-info', label: '法律和信息查询' },
  { code: 'ip', label: '知识产权' },
  { code: 'employment', label: '就业创业和职业技能培训' },
  { code: 'education', label: '公共教育' },
  { code: 'social-security', label: '社会保障' },
  { code: 'health', label: '医疗卫生' },
  { code: 'housing', label: '住房保障' },
  { code: 'culture-sports', label: '文化体育' },
  { code: 'civil-aid', label: '民政救助' },
  { code: 'poverty', label: '扶贫脱贫' },
  { code: 'other', label: '其他' },
]);
export type ServiceCategory = CodeOf<typeof serviceCategories>;

/** 行使层级. */
export const levels = defineVocabulary([
  { code: '1', label: '国家级' },
  { code: '2', label: '省级' },
  { code: '3', label: '市级' },
  { code: '4', label: '县级' },
  { code: '5', label: '镇（乡、街道）级' },
  { code: '6', label: '村（社区）级' },
]);
export type Level = CodeOf<typeof levels>;

/** 服务对象. */
export const serviceObjects = defineVocabulary([
  { code: 'person', label: '自然人' },
  { code: 'legal-person', label: '法人' },
  { code: 'other-org', label: '其他组织' },
]);
export type ServiceObject = CodeOf<typeof serviceObjects>;

/** 主题分类 (life events for persons, business events for legal persons). */
export const lifeEventThemes = defineVocabulary([
  { code: 'birth', label: '出生' },
  { code: 'school', label: '上学' },
  { code: 'employment', label: '就业' },
  { code: 'marriage-childbearing', label: '婚育' },
  { code: 'housing', label: '住房' },
  { code: 'medical', label: '就医' },
  { code: 'social-insurance', label: '社保' },
  { code: 'disability', label: '残疾人' },
  { code: 'elderly', label: '养老' },
  { code: 'retirement', label: '退休' },
  { code: 'household', label: '户籍' },
  { code: 'vehicle', label: '交通出行' },
  { code: 'death', label: '身后事' },
  { code: 'start-business', label: '开办企业' },
  { code: 'business-operation', label: '经营纳税' },
  { code: 'construction', label: '工程建设' },
  { code: 'close-business', label: '企业注销' },
]);
export type LifeEventTheme = CodeOf<typeof lifeEventThemes>;

/** 事项状态. */
export const itemStatuses = defineVocabulary([
  { code: 'active', label: '在用' },
  { code: 'cancelled', label: '已取消' },
]);
export type ItemStatus = CodeOf<typeof itemStatuses>;
