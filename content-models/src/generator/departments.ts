import type { UnitKind } from '../vocabularies/index.ts';

/**
 * The kinds of unit that implement items. `code` is the two-digit department segment of the basic
 * code; `credit` the first two characters of the unit's 统一社会信用代码 (11 机关, 12 事业单位,
 * 51 社会团体, 54 村（居）委会, 91 企业); `at` the region levels where an instance exists.
 */
export interface Department {
  key: string;
  code: string;
  name: string;
  kind: UnitKind;
  credit: string;
  at: readonly ('city' | 'county' | 'town' | 'village')[];
  handlingUnit: string;
  supervisor?: string;
}

const both = ['city', 'county'] as const;
const cityOnly = ['city'] as const;

export const DEPARTMENTS: readonly Department[] = [
  { key: 'rs', code: '05', name: '人力资源和社会保障局', kind: 'government', credit: '11', at: both, handlingUnit: '行政审批科' },
  { key: 'sbj', code: '06', name: '社会保险事业管理中心', kind: 'institution', credit: '12', at: both, handlingUnit: '参保服务科', supervisor: '人力资源和社会保障局' },
  { key: 'yb', code: '07', name: '医疗保障局', kind: 'government', credit: '11', at: both, handlingUnit: '医保经办窗口' },
  { key: 'mz', code: '08', name: '民政局', kind: 'government', credit: '11', at: both, handlingUnit: '社会救助科' },
  { key: 'wj', code: '09', name: '卫生健康局', kind: 'government', credit: '11', at: both, handlingUnit: '政务服务科' },
  { key: 'yy', code: '10', name: '人民医院', kind: 'institution', credit: '12', at: both, handlingUnit: '出生医学证明办理窗口', supervisor: '卫生健康局' },
  { key: 'gjj', code: '11', name: '住房公积金管理中心', kind: 'institution', credit: '12', at: cityOnly, handlingUnit: '归集提取科' },
  { key: 'ga', code: '12', name: '公安局', kind: 'government', credit: '11', at: both, handlingUnit: '户政和出入境服务窗口' },
  { key: 'sc', code: '13', name: '市场监督管理局（知识产权局）', kind: 'government', credit: '11', at: both, handlingUnit: '登记注册科' },
  { key: 'jy', code: '14', name: '教育局', kind: 'government', credit: '11', at: both, handlingUnit: '基础教育科' },
  { key: 'wl', code: '15', name: '文化广电旅游体育局', kind: 'government', credit: '11', at: both, handlingUnit: '公共服务科' },
  { key: 'tsg', code: '16', name: '图书馆', kind: 'institution', credit: '12', at: both, handlingUnit: '读者服务部', supervisor: '文化广电旅游体育局' },
  { key: 'zj', code: '17', name: '住房和城乡建设局', kind: 'government', credit: '11', at: both, handlingUnit: '住房保障科' },
  { key: 'cl', code: '18', name: '残疾人联合会', kind: 'mass-organization', credit: '51', at: both, handlingUnit: '康复和维权部' },
  { key: 'sf', code: '19', name: '司法局', kind: 'government', credit: '11', at: both, handlingUnit: '公共法律服务管理科' },
  { key: 'gzc', code: '20', name: '公证处', kind: 'institution', credit: '12', at: both, handlingUnit: '公证业务窗口', supervisor: '司法局' },
  { key: 'zr', code: '21', name: '自然资源和规划局', kind: 'government', credit: '11', at: both, handlingUnit: '审批服务科' },
  { key: 'bdc', code: '22', name: '不动产登记服务中心', kind: 'institution', credit: '12', at: both, handlingUnit: '登记窗口', supervisor: '自然资源和规划局' },
  { key: 'jt', code: '23', name: '交通运输局', kind: 'government', credit: '11', at: both, handlingUnit: '行政审批科' },
  { key: 'ny', code: '24', name: '农业农村局', kind: 'government', credit: '11', at: both, handlingUnit: '审批服务科' },
  { key: 'xc', code: '25', name: '乡村振兴局', kind: 'government', credit: '11', at: both, handlingUnit: '帮扶科' },
  { key: 'kj', code: '26', name: '科学技术局', kind: 'government', credit: '11', at: both, handlingUnit: '创新服务科' },
  { key: 'fg', code: '27', name: '发展和改革局', kind: 'government', credit: '11', at: both, handlingUnit: '政策法规科' },
  { key: 'tyjr', code: '28', name: '退役军人事务局', kind: 'government', credit: '11', at: both, handlingUnit: '优抚科' },
  { key: 'da', code: '29', name: '档案馆', kind: 'institution', credit: '12', at: both, handlingUnit: '档案利用服务窗口', supervisor: '档案局' },
  { key: 'water', code: '40', name: '自来水有限公司', kind: 'soe', credit: '91', at: cityOnly, handlingUnit: '用水报装窗口', supervisor: '住房和城乡建设局' },
  { key: 'power', code: '41', name: '供电公司', kind: 'soe', credit: '91', at: cityOnly, handlingUnit: '供电营业厅', supervisor: '发展和改革局' },
  { key: 'gas', code: '42', name: '燃气有限公司', kind: 'soe', credit: '91', at: cityOnly, handlingUnit: '燃气营业厅', supervisor: '住房和城乡建设局' },
  { key: 'bus', code: '43', name: '公共交通集团有限公司', kind: 'soe', credit: '91', at: cityOnly, handlingUnit: '公交卡服务中心', supervisor: '交通运输局' },
  { key: 'jd', code: '50', name: '明正司法鉴定所', kind: 'intermediary', credit: '12', at: cityOnly, handlingUnit: '鉴定受理室', supervisor: '司法局' },
  { key: 'ch', code: '51', name: '宏图测绘有限公司', kind: 'intermediary', credit: '91', at: cityOnly, handlingUnit: '测绘业务部', supervisor: '自然资源和规划局' },
  { key: 'pg', code: '52', name: '诚信房地产估价有限公司', kind: 'intermediary', credit: '91', at: cityOnly, handlingUnit: '估价业务部', supervisor: '住房和城乡建设局' },
  { key: 'town', code: '60', name: '人民政府', kind: 'government', credit: '11', at: ['town'], handlingUnit: '便民服务中心' },
  { key: 'village', code: '61', name: '村（居）民委员会', kind: 'government', credit: '54', at: ['village'], handlingUnit: '便民服务站' },
];

export function department(key: string): Department {
  const found = DEPARTMENTS.find((d) => d.key === key);
  if (!found) throw new Error(`未知的部门键「${key}」`);
  return found;
}
