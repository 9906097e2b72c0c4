import { guideSchema, type Guide } from '../../guide/guide-schema.ts';

/** A published guide (最低生活保障审批) that the diff tests change one thing at a time. */
export function publishedGuide(): Guide {
  return guideSchema.parse({
    name: '最低生活保障审批',
    aliases: ['低保'],
    basicCode: '000520005000',
    itemType: '05',
    category: 'civil-aid',
    serviceObjects: ['person'],
    themes: ['household'],
    legalBasis: [
      { instrument: '社会救助暂行办法', article: '第十一条', text: '申请最低生活保障，按照下列程序办理……' },
      { instrument: '浙江省最低生活保障办法', article: '第十条' },
    ],
    implementationCode: '11330300002570123X4000520005000',
    level: '4',
    unit: { id: 'civil-affairs', name: '某县民政局', kind: 'government', phone: '0577-00000000' },
    region: { code: '330302', name: '鹿城区', level: 'county' },
    conditions: '家庭人均收入低于当地最低生活保障标准',
    materials: [
      { id: 'm-1', name: '最低生活保障申请书', forms: ['original'], copies: 1, necessity: 'required' },
      { id: 'm-2', name: '户口簿', forms: ['copy'], copies: 1, necessity: 'required' },
      { id: 'm-3', name: '家庭收入证明', forms: ['original'], copies: 1, necessity: 'deferrable' },
    ],
    charged: false,
    statutoryDays: 30,
    promisedDays: 20,
    caseType: 'promised',
    handlingForms: ['window', 'online'],
    onlineDepths: ['1', '2', '3'],
    visits: 1,
    process: [
      { id: 's-1', name: '受理', days: 1 },
      { id: 's-2', name: '审查', days: 10 },
      { id: 's-3', name: '决定', days: 9 },
    ],
    locations: [{ name: '便民服务中心民政窗口', address: '某街道 1 号', hours: '工作日 9:00–17:00' }],
    consultPhone: '0577-11111111',
    statusQuery: '窗口查询',
    faq: [{ question: '低保标准是多少？', answer: '以当年公布的标准为准。' }],
  });
}
