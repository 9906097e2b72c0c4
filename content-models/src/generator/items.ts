import type { Guide, Material, ProcessStep, SpecialProcedure } from '../guide/guide-schema.ts';
import type { PublicItem } from '../snapshot/snapshot-schema.ts';
import type { CrossRegionScope, HandlingForm, OnlineDepth } from '../vocabularies/index.ts';
import { material } from './materials.ts';
import { appendWord } from './names.ts';
import type { Slot } from './plan.ts';
import { createRandom, hashString, type Random } from './random.ts';
import type { SlotStory } from './history.ts';

const DAY = 86_400_000;
export const ONLINE_BASE = 'https://zwfw.oujiang.example.cn';

const FAQS: [string, string][] = [
  ['可以委托他人代为办理吗？', '可以。受托人需携带授权委托书及本人身份证件，到窗口代为办理。'],
  ['网上申请后还需要到现场吗？', '网上申请材料齐全且核验通过的，无需到现场；需核验原件的，按短信通知到窗口办理，最多跑一次。'],
  ['办理进度在哪里查询？', '可登录瓯江政务服务网“我的办件”，或拨打咨询电话查询办理进度。'],
  ['材料不齐全怎么办？', '窗口工作人员将一次性告知需补正的全部材料；符合容缺受理条件的，可先行受理后补交。'],
  ['办理结果如何领取？', '可选择窗口领取或免费邮寄送达，电子证照同步推送至“浙里办”个人空间。'],
  ['外地户籍可以办理吗？', '符合本事项受理条件的非本市户籍人员，可持居住证在居住地办理。'],
];

const ONSITE_REASONS = ['需现场核验原件', '需现场采集人像和指纹信息', '需当事人到场签字确认', '需现场勘验'];

// No file links (空白表格, 示范文本, 结果样本, 表格下载): a snapshot carries data only and the site
// serves no /files/, so any URL made up here would be a dead link on every page that shows it.
// Generating the files instead would need a new file channel through the snapshot and the site
// build; leaving the fields empty is simpler and says what a generated catalog knows: no file.

function materials(slot: Slot, random: Random): Material[] {
  const { template } = slot;
  const applicationForm: Material = {
    id: 'm-apply',
    name: `${appendWord(template.name, '申请')}表`,
    source: 'applicant',
    forms: ['original'],
    copies: 1,
    necessity: 'required',
    requirements: '申请人本人签字确认',
    fillNotes: '用黑色签字笔填写，字迹清楚；联系电话请填写本人手机号码。',
    commonMistakes: '未签字；身份证号码填写不全；勾选了多个办理类型。',
    obtainableBySharing: false,
    demandedFromApplicant: true,
  };
  const rest = template.materialKeys.map((key): Material => ({ id: `m-${key}`, ...material(key) }));
  // A power of attorney is added for some items, unless the template already demands one.
  if (random.chance(0.4) && !template.materialKeys.includes('proxy')) rest.push({ id: 'm-proxy', ...material('proxy') });
  // Each demanded material cites the provision that allows demanding it (要求提供材料的依据).
  const citation = `${template.law.instrument}${template.law.article ?? ''}`;
  return [applicationForm, ...rest].map((m) => (m.basis || !m.demandedFromApplicant ? m : { ...m, basis: citation }));
}

function process(slot: Slot, random: Random): ProcessStep[] {
  const promised = slot.template.promisedDays;
  const actor = slot.unit.department.handlingUnit;
  const counterStaff = `${appendWord(actor, '窗口')}工作人员`;
  if (promised === 0) {
    return [
      { id: 'step-1', name: '申请', actor: '申请人', days: 0, description: '通过窗口或网上提交申请材料。' },
      { id: 'step-2', name: '受理', actor: counterStaff, days: 0, description: '核验材料，材料齐全的当场受理。' },
      { id: 'step-3', name: '办结', actor: counterStaff, days: 0, description: '当场办结并出具结果。' },
    ];
  }
  const names = ['受理', '审查', '决定', '送达'];
  if (random.chance(0.4)) names.splice(2, 0, '现场核查');
  const steps: ProcessStep[] = [{ id: 'step-1', name: '申请', actor: '申请人', days: 0, description: '通过窗口、网上或邮寄方式提交申请材料。' }];
  names.forEach((name, i) => {
    const days = name === '审查' ? 0 : name === '受理' || name === '送达' ? (promised > 3 ? 1 : 0) : promised > 5 ? 1 : 0;
    steps.push({ id: `step-${i + 2}`, name, actor: name === '决定' ? `${slot.unit.ref.name}分管负责人` : `${actor}工作人员`, days, description: STEP_TEXT[name] ?? '' });
  });
  // Step days add up to the promised limit: the review step absorbs the difference.
  const total = steps.reduce((n, s) => n + (s.days ?? 0), 0);
  const reviewStep = steps.find((s) => s.name === '审查') as ProcessStep;
  reviewStep.days = Math.max(0, (reviewStep.days ?? 0) + promised - total);
  return steps;
}

const STEP_TEXT: Record<string, string> = {
  受理: '对申请材料进行形式审查，材料齐全、符合法定形式的予以受理；不齐全的一次性告知需补正的内容。',
  审查: '对申请材料的实质内容进行审查，必要时征求相关部门意见。',
  现场核查: '按规定组织现场核查，核查结果记入审查意见。',
  决定: '作出准予或不予办理的决定；不予办理的说明理由并告知申请人依法享有的权利。',
  送达: '通过窗口领取、邮寄或电子证照方式送达办理结果。',
};

function specialProcedures(slot: Slot): SpecialProcedure[] {
  const { template } = slot;
  if (template.category === 'civil-aid' && template.itemType === '05') return [{ kind: 'publicity', days: 7, note: '在申请人所在村（社区）公示审核结果' }];
  if (template.itemType === '01' && template.promisedDays >= 5) return [{ kind: 'inspection', days: 3, note: '现场核查时间不计入承诺时限' }];
  if (template.name.includes('职称') || template.name.includes('高新技术')) return [{ kind: 'expert-review', days: 15, note: '专家评审时间不计入承诺时限' }];
  return [];
}

function resultType(resultName: string): string {
  if (/决定书|意见|结论/.test(resultName)) return '审批文书';
  if (/证$|证书$|卡$|执照$|护照$|通行证$|簿$/.test(resultName)) return '证照';
  return '其他';
}

/** The guide of one slot, everything a citizen needs in one go (一次性告知). */
export function buildGuide(slot: Slot, seed: number, story: Pick<SlotStory, 'name'>): Guide {
  const random = createRandom(hashString(slot.implementationCode, seed));
  const { template, unit, level } = slot;
  const code = slot.implementationCode;
  const online = template.itemType !== '02' && template.itemType !== '03' && random.chance(0.8);
  const fullyOnline = online && template.promisedDays > 0 && !template.materialKeys.includes('photo') && random.chance(0.5);
  const handlingForms: HandlingForm[] = ['window'];
  if (online) handlingForms.push('online');
  if (random.chance(0.4)) handlingForms.push('express');
  if (random.chance(0.3)) handlingForms.push('appointment');
  if (level === '6' || random.chance(0.1)) handlingForms.push('proxy');
  if (random.chance(0.15)) handlingForms.push('self-service');
  const onlineDepths: OnlineDepth[] = online ? (fullyOnline ? ['1', '2', '3', '4', '5', '6', '7'] : ['1', '2', '3', '4']) : [];
  const visits = fullyOnline ? 0 : 1;
  const promisedDays = template.statutoryDays === undefined ? template.promisedDays : Math.min(template.promisedDays, template.statutoryDays);
  const crossRegion: CrossRegionScope = random.pick(['none', 'city', 'city', 'province', 'cross-province'] as const);
  const faqCount = random.int(1, 3);
  return {
    name: story.name,
    aliases: template.aliases,
    basicCode: template.basicCode,
    itemType: template.itemType,
    category: template.category,
    serviceObjects: template.serviceObjects,
    themes: template.themes,
    legalBasis: [template.law],
    caseTimeLimits: [],
    onlineChannels: [],
    transferableToSociety: (template.itemType === '20' || template.itemType === '31') && random.chance(0.2),
    hasNormativeDocuments: random.chance(0.1),
    implementationCode: code,
    level,
    unit: unit.ref,
    handlingUnit: level === '5' || level === '6' ? unit.location.name : `${unit.ref.name}${unit.department.handlingUnit}`,
    coUnits: random.chance(0.1) ? [`${unit.countyName}大数据发展管理局`] : [],
    region: { code: unit.region.code, name: unit.region.name, level: unit.region.level },
    conditions: `符合${template.law.instrument}${template.law.article ?? ''}规定条件的${template.serviceObjects.includes('person') ? '申请人' : '单位'}，按要求提交申请材料。`,
    materials: materials(slot, random),
    charged: template.fee !== undefined,
    fees: template.fee ? [template.fee] : [],
    governmentPurchased: template.itemType === '20' && random.chance(0.05),
    ...(template.statutoryDays === undefined ? {} : { statutoryDays: template.statutoryDays }),
    promisedDays,
    timeLimitNote: template.statutoryDays === undefined ? '无法定办结时限，按供水、供电、供气服务规范承诺时限办理' : `法定${template.statutoryDays}个工作日，承诺${promisedDays}个工作日`,
    caseType: promisedDays === 0 ? 'instant' : 'promised',
    handlingForms,
    onlineDepths,
    ...(online ? { onlineUrl: `${ONLINE_BASE}/item/${code}`, mobileUrl: `${ONLINE_BASE}/m/item/${code}` } : {}),
    visits,
    ...(visits > 0 ? { onsiteReason: random.pick(ONSITE_REASONS) } : {}),
    process: process(slot, random),
    locations: [unit.location],
    consultPhone: unit.ref.phone,
    complaintPhone: '12345',
    resultName: template.resultName,
    resultType: resultType(template.resultName),
    statusQuery: `登录瓯江政务服务网“我的办件”查询，或拨打${unit.ref.phone ?? '12345'}`,
    accountability: '工作人员不履行或不正确履行职责的，依照《中华人民共和国公职人员政务处分法》等规定追究责任。',
    specialProcedures: specialProcedures(slot),
    intermediaryServices: template.itemType === '01' && template.themes.includes('construction') ? [{ name: '建设工程测绘服务', provider: '具有相应资质的测绘机构', basis: '《中华人民共和国测绘法》第二十七条' }] : [],
    crossRegion,
    quantityLimit: '无数量限制',
    inServiceHall: level === '3' || level === '4',
    supportsExpress: handlingForms.includes('express'),
    supportsAppointment: handlingForms.includes('appointment'),
    supportsOnlinePayment: template.fee !== undefined && online,
    supportsSelfService: handlingForms.includes('self-service'),
    faq: random.sample(FAQS, faqCount).map(([question, answer]) => ({ question, answer })),
    forms: [],
  };
}

export function buildItem(slot: Slot, seed: number, story: SlotStory): PublicItem {
  const random = createRandom(hashString(`${slot.implementationCode}#public`, seed));
  const guide = buildGuide(slot, seed, story);
  const reviewDate = new Date(story.updatedAt.getTime() + 365 * DAY).toISOString().slice(0, 10);
  // A few thousand views for popular items, a handful for village services: a long tail like real traffic.
  const views = Math.floor(random.next() ** 3 * (slot.level === '6' ? 200 : 50_000));
  return {
    ...guide,
    status: story.cancelled ? 'cancelled' : 'active',
    ...(story.cancelled ? { cancellation: story.cancelled } : {}),
    formerCodes: story.formerCodes,
    formerNames: story.formerNames,
    version: story.version,
    firstPublishedAt: story.firstPublishedAt.toISOString(),
    updatedAt: story.updatedAt.toISOString(),
    reviewDate,
    views,
    history: story.history,
  };
}
