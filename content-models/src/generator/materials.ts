import type { Material } from '../guide/guide-schema.ts';

/**
 * Reusable materials. Certificates (证明) always carry the basis that allows demanding them, and
 * materials the government already holds are marked obtainable by sharing and no longer demanded,
 * so generated guides pass the quality rules the way a cleaned-up real catalog would.
 */
type MaterialTemplate = Omit<Material, 'id'>;

const shared = (name: string, basis?: string): MaterialTemplate => ({
  name,
  source: 'government',
  forms: ['electronic'],
  necessity: 'required',
  obtainableBySharing: true,
  demandedFromApplicant: false,
  requirements: '通过数据共享获取，申请人无需提交',
  ...(basis ? { basis } : {}),
});

export const MATERIALS: Record<string, MaterialTemplate> = {
  idcard: shared('居民身份证'),
  hukou: shared('居民户口簿'),
  marriage: shared('结婚证'),
  license: shared('营业执照'),
  house: shared('不动产权证书'),
  residence: shared('居住证'),
  insured: shared('社会保险参保缴费记录'),
  driving: shared('机动车驾驶证'),
  vehicle: shared('机动车行驶证'),
  birthcert: shared('出生医学证明'),
  disabilitycard: shared('中华人民共和国残疾人证'),
  photo: { name: '近期免冠彩色证件照片', source: 'applicant', forms: ['original'], copies: 2, necessity: 'required', requirements: '白色背景，一寸，近6个月内拍摄', obtainableBySharing: false, demandedFromApplicant: true },
  proxy: { name: '授权委托书及受托人身份证件', source: 'applicant', forms: ['original'], copies: 1, necessity: 'conditional', requirements: '委托他人办理时提供，委托书须本人签字', obtainableBySharing: false, demandedFromApplicant: true },
  bank: { name: '本人银行账户信息', source: 'applicant', forms: ['copy'], copies: 1, necessity: 'required', requirements: '提供本人名下社会保障卡金融账户或银行卡', obtainableBySharing: false, demandedFromApplicant: true },
  contract: { name: '劳动合同', source: 'applicant', forms: ['copy'], copies: 1, necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true },
  buy: { name: '购房合同及购房发票', source: 'applicant', forms: ['original', 'copy'], copies: 1, necessity: 'required', requirements: '原件核验后退还', obtainableBySharing: false, demandedFromApplicant: true },
  lease: { name: '房屋租赁合同', source: 'applicant', forms: ['copy'], copies: 1, necessity: 'conditional', requirements: '租赁场所经营时提供', obtainableBySharing: false, demandedFromApplicant: true },
  medical: { name: '病历资料及医疗费用票据', source: 'other', forms: ['original'], copies: 1, necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true },
  income: { name: '家庭收入情况证明', source: 'other', forms: ['original'], copies: 1, necessity: 'required', basis: '《社会救助暂行办法》第十一条：申请最低生活保障，按照规定提交家庭收入、财产状况等证明材料', obtainableBySharing: false, demandedFromApplicant: true },
  death: { name: '居民死亡医学证明（推断）书', source: 'other', forms: ['original'], copies: 1, necessity: 'required', basis: '《国家卫生健康委 公安部 民政部关于进一步规范人口死亡医学证明和信息登记管理工作的通知》', obtainableBySharing: false, demandedFromApplicant: true },
  health: { name: '机动车驾驶人身体条件证明', source: 'other', forms: ['original'], copies: 1, necessity: 'required', basis: '《机动车驾驶证申领和使用规定》第二十五条：申请机动车驾驶证，应当提交县级或者部队团级以上医疗机构出具的有关身体条件的证明', obtainableBySharing: false, demandedFromApplicant: true },
  school: { name: '在校学习证明', source: 'other', forms: ['original'], copies: 1, necessity: 'required', basis: '《学生资助资金管理办法》第二十二条：申请资助的学生应提交学籍等证明材料', obtainableBySharing: false, demandedFromApplicant: true },
  physical: { name: '体检合格证明', source: 'other', forms: ['original'], copies: 1, necessity: 'required', basis: '《教师资格条例实施办法》第十三条：申请认定教师资格应当提交县级以上医院出具的体格检查证明', obtainableBySharing: false, demandedFromApplicant: true },
  diploma: { name: '学历证书', source: 'applicant', forms: ['original', 'copy'], copies: 1, necessity: 'required', requirements: '可在线核验的免于提交', obtainableBySharing: false, demandedFromApplicant: true },
  disability: { name: '残疾评定表', source: 'other', forms: ['original'], copies: 1, necessity: 'required', requirements: '由指定评定机构出具', obtainableBySharing: false, demandedFromApplicant: true },
  plan: { name: '项目申报书', source: 'applicant', forms: ['original', 'electronic'], copies: 1, necessity: 'required', requirements: '按申报指南格式填写并加盖单位公章', obtainableBySharing: false, demandedFromApplicant: true },
  site: { name: '经营场所平面布局图', source: 'applicant', forms: ['original'], copies: 1, necessity: 'required', requirements: '标明功能分区和主要设备位置', obtainableBySharing: false, demandedFromApplicant: true },
  design: { name: '施工图设计文件', source: 'applicant', forms: ['electronic'], copies: 1, necessity: 'required', requirements: '经施工图联合审查合格', obtainableBySharing: false, demandedFromApplicant: true },
  promise: { name: '告知承诺书', source: 'applicant', forms: ['original'], copies: 1, necessity: 'required', requirements: '申请人签字确认，承诺所填信息真实', obtainableBySharing: false, demandedFromApplicant: true },
  veteran: shared('退出现役证明材料'),
  account: { name: '用户户号或产权证明', source: 'applicant', forms: ['copy'], copies: 1, necessity: 'required', requirements: '已在线核验产权的无需提供', obtainableBySharing: false, demandedFromApplicant: true },
  evidence: { name: '相关证据材料', source: 'applicant', forms: ['copy'], copies: 1, necessity: 'required', requirements: '按被申请人人数提交副本', obtainableBySharing: false, demandedFromApplicant: true },
  accident: { name: '事故伤害发生经过说明', source: 'applicant', forms: ['original'], copies: 1, necessity: 'required', requirements: '用人单位盖章或申请人签字', obtainableBySharing: false, demandedFromApplicant: true },
  land: { name: '宅基地使用现状说明', source: 'applicant', forms: ['original'], copies: 1, necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true },
  works: { name: '作品或成果说明材料', source: 'applicant', forms: ['electronic'], copies: 1, necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true },
  orgdocs: { name: '章程草案及负责人情况', source: 'applicant', forms: ['original'], copies: 1, necessity: 'required', requirements: '须经会员大会或发起人会议通过', obtainableBySharing: false, demandedFromApplicant: true },
  machine: { name: '农机购置发票', source: 'applicant', forms: ['original', 'copy'], copies: 1, necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true },
};

export function material(key: string): MaterialTemplate {
  const found = MATERIALS[key];
  if (!found) throw new Error(`未知的材料键「${key}」`);
  return found;
}
