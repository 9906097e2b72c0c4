/**
 * What citizens type, and the item they mean. `expect` lists acceptable item names (the query is
 * answered if one of the top three results carries one of them; several regions implement the same
 * item, so any implementation counts unless `region` narrows it to one region's).
 */
export interface SearchQuery {
  query: string;
  kind: 'full' | 'partial' | 'abbreviation' | 'common' | 'typo' | 'unit' | 'material';
  expect: string[];
  region?: string;
}

const q = (kind: SearchQuery['kind'], query: string, ...expect: string[]): SearchQuery => ({ query, kind, expect });

export const QUERIES: readonly SearchQuery[] = [
  // Full official names.
  q('full', '出生医学证明首次签发', '出生医学证明首次签发'),
  q('full', '残疾人证核发', '残疾人证核发'),
  q('full', '住房公积金提取', '住房公积金提取'),
  q('full', '最低生活保障审批', '最低生活保障审批'),
  q('full', '社会保障卡补办', '社会保障卡补办'),
  q('full', '医疗保险关系转移接续', '医疗保险关系转移接续'),
  q('full', '内地居民结婚登记', '内地居民结婚登记'),
  q('full', '不动产转移登记', '不动产转移登记'),
  q('full', '教师资格认定', '教师资格认定'),
  q('full', '食品经营许可', '食品经营许可'),
  q('full', '往来港澳通行证签发', '往来港澳通行证签发'),
  // Partial names.
  q('partial', '残疾人证', '残疾人证核发'),
  q('partial', '公积金贷款', '住房公积金个人住房贷款'),
  q('partial', '异地就医', '异地就医备案'),
  q('partial', '结婚登记', '内地居民结婚登记'),
  q('partial', '身份证补领', '居民身份证补领'),
  q('partial', '驾驶证换证', '机动车驾驶证换证'),
  q('partial', '施工许可', '建筑工程施工许可'),
  q('partial', '失业保险金', '失业保险金申领'),
  q('partial', '高龄津贴', '高龄津贴发放'),
  q('partial', '法律援助', '法律援助申请'),
  q('partial', '工伤认定', '工伤认定'),
  q('partial', '宅基地', '农村村民宅基地审批'),
  // Abbreviations.
  q('abbreviation', '医保转移', '医疗保险关系转移接续'),
  q('abbreviation', '公积金提取', '住房公积金提取'),
  q('abbreviation', '低保', '最低生活保障审批'),
  q('abbreviation', '社保卡补办', '社会保障卡补办'),
  q('abbreviation', '社保卡申领', '社会保障卡申领'),
  q('abbreviation', '低保审批', '最低生活保障审批'),
  q('abbreviation', '公积金缴存证明', '住房公积金缴存证明出具'),
  q('abbreviation', '残疾证换领', '残疾人证换领'),
  q('abbreviation', '居民医保参保', '城乡居民基本医疗保险参保登记'),
  q('abbreviation', '教资认定', '教师资格认定'),
  // Common names (俗称).
  q('common', '准生证', '生育服务证办理'),
  q('common', '出生证', '出生医学证明首次签发'),
  q('common', '办残疾证', '残疾人证核发'),
  q('common', '五保户', '特困人员救助供养审批'),
  q('common', '房产过户', '不动产转移登记'),
  q('common', '办房产证', '不动产首次登记'),
  q('common', '报户口', '出生登记'),
  q('common', '暂住证', '居住证申领'),
  q('common', '驾照补办', '机动车驾驶证补证'),
  q('common', '退休金申领', '企业职工基本养老保险待遇申领'),
  q('common', '劳动仲裁', '劳动人事争议仲裁'),
  q('common', '公租房申请', '公共租赁住房资格审核'),
  q('common', '打针本', '预防接种证办理'),
  q('common', '借书证', '图书借阅证办理'),
  q('common', '老年卡', '老年人公交卡办理'),
  q('common', '开公司', '有限责任公司设立登记'),
  // One mistyped character.
  q('typo', '残疾仁证核发', '残疾人证核发'),
  q('typo', '住房公积金提区', '住房公积金提取'),
  q('typo', '最低生活保帐', '最低生活保障审批'),
  q('typo', '社会保障卡补半', '社会保障卡补办'),
  q('typo', '异地就医备按', '异地就医备案'),
  q('typo', '居民身分证换领', '居民身份证换领'),
  q('typo', '教师资各认定', '教师资格认定'),
  q('typo', '食品经营许克', '食品经营许可'),
  q('typo', '失业保险金申岭', '失业保险金申领'),
  q('typo', '不动产转移登计', '不动产转移登记'),
  // Materials: what a citizen holds or was asked for.
  q('material', '残疾评定表', '残疾人证核发'),
  q('material', '机动车驾驶人身体条件证明', '机动车驾驶证换证'),
  q('material', '购房合同 公积金', '住房公积金提取', '住房公积金个人住房贷款'),
  q('material', '家庭收入情况证明 低保', '最低生活保障审批'),
  q('material', '体检合格证明 教师', '教师资格认定'),
];

/** Queries naming a region or its unit: only that region's implementation counts. */
export function regionQueries(region: string, unitName: string, itemName: string, shortName: string): SearchQuery[] {
  return [
    { query: `${region} ${shortName}`, kind: 'unit', expect: [itemName], region },
    { query: `${unitName} ${shortName}`, kind: 'unit', expect: [itemName], region },
  ];
}
