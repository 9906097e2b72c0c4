import type { Guide } from '../../guide/guide-schema.ts';

/**
 * A guide that passes every quality rule without a single finding. Tests copy it and break
 * exactly one thing, so a failing test names the rule that regressed. The codes are Guangdong's
 * published 实施编码 example (its check character recomputes correctly).
 */
export const completeGuide: Guide = {
  name: '公共场所卫生许可',
  aliases: ['卫生许可证'],
  basicCode: '440118009000',
  itemType: '01',
  category: 'health',
  serviceObjects: ['legal-person', 'other-org'],
  themes: ['start-business'],
  legalBasis: [
    { instrument: '公共场所卫生管理条例', article: '第八条', text: '经营单位须取得“卫生许可证”后，方可向工商行政管理部门申请登记，办理营业执照。' },
  ],
  transferableToSociety: false,
  hasNormativeDocuments: false,
  implementationCode: '11440100007482575H3440118009000',
  level: '3',
  unit: {
    id: 'unit-health',
    name: '广州市卫生健康委员会',
    kind: 'government',
    creditCode: '11440100007482575H',
    phone: '020-83456789',
  },
  handlingUnit: '行政审批处',
  coUnits: [],
  caseTimeLimits: [],
  onlineChannels: [],
  region: { code: '440100', name: '广州市', level: 'city' },
  conditions: '已取得营业执照的公共场所经营者。',
  materials: [
    {
      id: 'm-application',
      name: '公共场所卫生许可申请表',
      source: 'applicant',
      forms: ['original'],
      copies: 1,
      necessity: 'required',
      requirements: '申请人签字',
      basis: '《公共场所卫生管理条例实施细则》第二十二条',
      obtainableBySharing: false,
      demandedFromApplicant: true,
    },
    {
      id: 'm-health-cert',
      name: '从业人员健康合格证明',
      source: 'other',
      forms: ['copy'],
      necessity: 'required',
      basis: '《公共场所卫生管理条例》第七条',
      obtainableBySharing: false,
      demandedFromApplicant: true,
    },
    {
      id: 'm-licence',
      name: '营业执照',
      source: 'government',
      forms: ['electronic'],
      necessity: 'required',
      basis: '《公共场所卫生管理条例实施细则》第二十二条',
      obtainableBySharing: true,
      demandedFromApplicant: false,
    },
  ],
  charged: true,
  fees: [{ name: '卫生检测费', standard: '每场所 200 元', basis: '粤价〔2017〕1 号', reducible: false }],
  governmentPurchased: false,
  statutoryDays: 20,
  promisedDays: 5,
  caseType: 'promised',
  handlingForms: ['window', 'online'],
  onlineDepths: ['4', '5'],
  onlineUrl: 'https://www.gdzwfw.gov.cn/item/440118009000',
  visits: 1,
  onsiteReason: '需现场核查经营场所卫生条件',
  process: [
    { id: 'p-accept', name: '受理', actor: '窗口人员', days: 1 },
    { id: 'p-review', name: '审查', actor: '审批科', days: 3 },
    { id: 'p-decide', name: '决定', actor: '分管领导', days: 1 },
  ],
  locations: [{ name: '市政务服务中心 B 区', address: '广州市天河区天润路 333 号', hours: '周一至周五 9:00–12:00，13:00–17:00' }],
  consultPhone: '020-83456789',
  complaintPhone: '12345',
  specialProcedures: [],
  intermediaryServices: [],
  faq: [],
  forms: [],
};

/** A deep copy of the complete guide with one change applied. */
export function guideWith(change: (guide: Guide) => void): Guide {
  const guide = structuredClone(completeGuide);
  change(guide);
  return guide;
}
