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
  serviceCategories,
  serviceObjects,
  specialProcedureKinds,
  type Vocabulary,
} from '../vocabularies/index.ts';
import { booleanText, entryFormat, entrySeparatorText, listSeparatorText, type EntryPart } from './cells.ts';

/**
 * The import/export template (梳理表) as data: one sheet per entity, Chinese headers, a note per
 * column, which columns are required. Parser, exporter, the xlsx writer and the 填写说明 sheet all
 * read this one description, so the template cannot drift from what import accepts.
 */

export type Codec =
  | { kind: 'text' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  | { kind: 'term'; vocabulary: Vocabulary<string> }
  | { kind: 'terms'; vocabulary: Vocabulary<string> }
  | { kind: 'texts' }
  | { kind: 'entries'; parts: readonly EntryPart[]; single?: boolean }
  /** 实施主体 and 行政区划 are references, resolved against the directory passed to the parser. */
  | { kind: 'reference' };

export interface Column {
  /** Path in the guide (guide sheet) or in the array element (child sheets), as quality findings name it. */
  field: string;
  header: string;
  required: boolean;
  note: string;
  codec: Codec;
  /** Column width in characters for the xlsx writer. */
  width: number;
}

export type SheetKey = 'guides' | 'materials' | 'fees' | 'process' | 'locations';
export type ChildSheetKey = Exclude<SheetKey, 'guides'>;

export interface SheetLayout {
  key: SheetKey;
  name: string;
  description: string;
  columns: readonly Column[];
}

const text = { kind: 'text' } as const;
const bool = { kind: 'boolean' } as const;
const days = { kind: 'number', integer: false } as const;
const count = { kind: 'number', integer: true } as const;
const texts = { kind: 'texts' } as const;
const reference = { kind: 'reference' } as const;
const term = (vocabulary: Vocabulary<string>): Codec => ({ kind: 'term', vocabulary });
const terms = (vocabulary: Vocabulary<string>): Codec => ({ kind: 'terms', vocabulary });

export const fileParts: readonly EntryPart[] = [
  { key: 'name', label: '文件名称', required: true },
  { key: 'url', label: '链接', required: true },
  { key: 'mimeType', label: '文件类型' },
  { key: 'bytes', label: '字节数', number: true },
];
const file: Codec = { kind: 'entries', parts: fileParts, single: true };
const files: Codec = { kind: 'entries', parts: fileParts };

const dayKindNote = '空白表示工作日；原文为“30日内”等自然日的填“自然日”';

const caseTimeLimitCodec: Codec = {
  kind: 'entries',
  parts: [
    { key: 'case', label: '情形', required: true },
    { key: 'days', label: '时限', number: true, decimal: true },
    { key: 'dayKind', label: '时限单位', vocabulary: dayKinds },
    { key: 'note', label: '说明' },
  ],
};

const onlineChannelCodec: Codec = {
  kind: 'entries',
  parts: [
    { key: 'name', label: '渠道名称', required: true },
    { key: 'url', label: '网址' },
    { key: 'note', label: '进入路径' },
  ],
};

function col(field: string, header: string, codec: Codec, note = '', options: { required?: boolean; width?: number } = {}): Column {
  return { field, header, codec, note, required: options.required ?? false, width: options.width ?? 16 };
}
const required = { required: true } as const;

/** The first column of every child sheet: which implementation a row belongs to. */
const parentColumn = col('implementationCode', '实施编码', text, '所属事项在“事项与指南”表中的实施编码', { required: true, width: 34 });

export const guideSheet: SheetLayout = {
  key: 'guides',
  name: '事项与指南',
  description: '每个实施事项一行（目录清单 + 实施清单 + 办事指南），以实施编码为键。',
  columns: [
    col('implementationCode', '实施编码', text, '31 位：18 位实施主体统一社会信用代码 + 1 位行使层级 + 12 位基本编码', { required: true, width: 34 }),
    col('name', '事项名称', text, '事项的规范名称，同一基本编码名称须一致', { required: true, width: 28 }),
    col('aliases', '别名', texts, '群众常用的俗称、简称，供搜索使用'),
    col('basicCode', '基本编码', text, '12 位数字：2 位来源 + 2 位事项类型 + 2 位部门 + 3 位主项 + 3 位子项', { required: true, width: 16 }),
    col('itemType', '事项类型', term(itemTypes), '', required),
    col('category', '服务分类', term(serviceCategories), '', required),
    col('serviceObjects', '服务对象', terms(serviceObjects)),
    col('serviceObjectNote', '服务对象说明', text, '按原文描述服务对象，如“本县户籍、年满 60 周岁的老年人”', { width: 24 }),
    col('themes', '主题分类', terms(lifeEventThemes)),
    col('legalBasis', '设定依据', {
      kind: 'entries',
      parts: [
        { key: 'instrument', label: '法律法规名称', required: true },
        { key: 'article', label: '条款号' },
        { key: 'text', label: '条款内容' },
      ],
    }, '没有设定依据的事项不予纳入目录', { width: 40 }),
    col('transferableToSociety', '可向社会组织转移', bool, '空白视为“否”'),
    col('hasNormativeDocuments', '涉及规范性文件', bool, '空白视为“否”；填“是”时须经合法性审查'),
    col('level', '行使层级', term(levels), '', required),
    col('unit.name', '实施主体', reference, '单位全称，须为系统中已有的单位；与统一社会信用代码至少填一项', { width: 28 }),
    col('unit.creditCode', '实施主体统一社会信用代码', reference, '18 位统一社会信用代码；与实施主体名称至少填一项', { width: 22 }),
    col('handlingUnit', '受理/承办机构', text, '单位内设的受理或承办科室'),
    col('coUnits', '联办机构', texts),
    col('region.code', '行政区划代码', reference, '6 位或 12 位行政区划代码，须为系统中已有的区划', { required: true, width: 14 }),
    col('region.name', '行政区划名称', reference, '可空；填写时须与行政区划代码对应'),
    col('conditions', '受理条件', text, '', { width: 30 }),
    col('charged', '是否收费', bool, '空白表示未说明（网站显示“未公布”），提交审核前须填写；收费的事项在“收费项目”表填写收费标准和依据'),
    col('governmentPurchased', '是否纳入政府购买服务', bool, '空白视为“否”'),
    col('statutoryDays', '法定办结时限', days, '数字，不带单位；按“法定时限单位”计'),
    col('statutoryDayKind', '法定时限单位', term(dayKinds), dayKindNote),
    col('promisedDays', '承诺办结时限', days, '数字，不带单位；按“承诺时限单位”计；不得超过法定办结时限'),
    col('promisedDayKind', '承诺时限单位', term(dayKinds), dayKindNote),
    col('timeLimitNote', '时限说明', text),
    col('caseTimeLimits', '分情形办结时限', caseTimeLimitCodec, '不同情形时限不同时逐项填写，如“遗失补领｜5｜工作日”；时限单位填“工作日”或“自然日”，空白表示工作日', { width: 28 }),
    col('caseType', '办件类型', term(caseTypes)),
    col('handlingForms', '办理形式', terms(handlingForms)),
    col('onlineDepths', '网上办理深度', terms(onlineDepths)),
    col('onlineUrl', '网办地址（PC）', text, '以 http:// 或 https:// 开头', { width: 28 }),
    col('mobileUrl', '网办地址（移动端）', text, '以 http:// 或 https:// 开头', { width: 28 }),
    col('onlineChannels', '其他网办渠道', onlineChannelCodec, 'APP、小程序、公众号或第二个网址；没有网址的写明名称和进入路径，如“浙里办 APP｜｜首页—社保—参保证明”', { width: 28 }),
    col('visits', '到办事现场次数', count, '非负整数，0 表示全程网办'),
    col('onsiteReason', '必须现场办理原因说明', text),
    col('consultPhone', '咨询电话', text),
    col('complaintPhone', '监督投诉电话', text),
    col('resultName', '结果名称', text),
    col('resultType', '审批结果类型', text, '如 证照、批文、其他'),
    col('resultDelivery', '办理结果送达方式', text, '如 窗口领取、邮寄送达、电子证照推送'),
    col('resultSample', '结果样本', file, `一个文件：${entryFormat(fileParts)}`),
    col('statusQuery', '状态查询方式', text),
    col('accountability', '责任追究', text),
    col('specialProcedures', '特别程序', {
      kind: 'entries',
      parts: [
        { key: 'kind', label: '程序类型', required: true, vocabulary: specialProcedureKinds },
        { key: 'days', label: '时限（工作日）', number: true },
        { key: 'note', label: '说明' },
      ],
    }, `程序类型可填：${specialProcedureKinds.terms.map((t) => t.label).join('、')}`),
    col('intermediaryServices', '中介服务', {
      kind: 'entries',
      parts: [
        { key: 'name', label: '中介服务名称', required: true },
        { key: 'provider', label: '提供机构' },
        { key: 'basis', label: '依据' },
      ],
    }),
    col('crossRegion', '通办范围', term(crossRegionScopes)),
    col('quantityLimit', '数量限制', text),
    col('inServiceHall', '是否进驻政务大厅', bool, '可空（未说明）'),
    col('supportsExpress', '支持物流快递', bool, '可空（未说明）'),
    col('supportsAppointment', '支持预约办理', bool, '可空（未说明）'),
    col('supportsOnlinePayment', '支持网上支付', bool, '可空（未说明）'),
    col('supportsSelfService', '支持自助终端办理', bool, '可空（未说明）'),
    col('faq', '常见问题', {
      kind: 'entries',
      parts: [
        { key: 'question', label: '问题', required: true },
        { key: 'answer', label: '解答', required: true },
      ],
    }, '', { width: 30 }),
    col('forms', '表格下载', files, `每个文件一行：${entryFormat(fileParts)}`),
  ],
};

export const materialSheet: SheetLayout = {
  key: 'materials',
  name: '申请材料',
  description: '每份申请材料一行，以实施编码 + 材料编号为键；同一事项的材料按行的先后排列。',
  columns: [
    parentColumn,
    col('id', '材料编号', text, '同一事项内不重复，如 1、2、3；修改材料时保持编号不变', required),
    col('name', '材料名称', text, '', { required: true, width: 28 }),
    col('source', '材料来源', term(materialSources)),
    col('forms', '材料形式', terms(materialForms)),
    col('copies', '份数', count, '非负整数，按“数量单位”计'),
    col('copyUnit', '数量单位', term(copyUnits), '空白表示“份”；照片等按“张”计'),
    col('necessity', '必要性', term(materialNecessities), '空白表示“未说明”（网站如实显示，不当作“必需”）'),
    col('requirements', '材料要求', text, '格式、签字盖章、受理标准等', { width: 24 }),
    col('basis', '要求提供材料的依据', text, '证明、盖章类材料必须填写依据', { width: 24 }),
    col('blankForm', '空白表格', file, `一个文件：${entryFormat(fileParts)}`),
    col('sample', '示范文本', file, `一个文件：${entryFormat(fileParts)}`),
    col('fillNotes', '填写说明', text),
    col('commonMistakes', '常见错误示例', text),
    col('obtainableBySharing', '可通过共享获取', bool, '空白视为“否”'),
    col('demandedFromApplicant', '仍要求申请人提交', bool, '空白视为“是”；可通过共享获取的材料应填“否”'),
  ],
};

export const feeSheet: SheetLayout = {
  key: 'fees',
  name: '收费项目',
  description: '每个收费项目一行；只有“是否收费”为“是”的事项需要填写。',
  columns: [
    parentColumn,
    col('name', '收费项目名称', text, '', { required: true, width: 24 }),
    col('applicableCase', '适用情形', text, '只在部分情形收费时填写，如“遗失补领”；空白表示所有情形'),
    col('standard', '收费标准', text, '', { width: 24 }),
    col('basis', '收费依据', text, '', { width: 24 }),
    col('reducible', '是否允许减免', bool, '空白视为“否”'),
    col('reductionBasis', '减免依据', text),
  ],
};

export const processSheet: SheetLayout = {
  key: 'process',
  name: '办理流程',
  description: '每个办理环节一行，按办理先后排列，以实施编码 + 环节编号为键。',
  columns: [
    parentColumn,
    col('id', '环节编号', text, '同一事项内不重复，如 1、2、3', required),
    col('name', '环节名称', text, '如 受理、审查、决定、送达', required),
    col('actor', '办理人员/岗位', text),
    col('days', '环节时限（工作日）', days, '数字，不带单位'),
    col('description', '办理内容与审查标准', text, '', { width: 30 }),
  ],
};

export const locationSheet: SheetLayout = {
  key: 'locations',
  name: '办理地点',
  description: '每个办理地点（窗口、大厅）一行。',
  columns: [
    parentColumn,
    col('name', '地点名称', text, '窗口或大厅名称', { required: true, width: 24 }),
    col('address', '地址', text, '', { required: true, width: 30 }),
    col('hours', '办公时间', text, '', { width: 24 }),
    col('transit', '乘车线路', text, '', { width: 24 }),
    col('phone', '联系电话', text),
  ],
};

export const workbookLayout: readonly SheetLayout[] = [guideSheet, materialSheet, feeSheet, processSheet, locationSheet];

/** Instructions sheet the writer adds and the parser skips. */
export const instructionsSheetName = '填写说明';

/** Required columns carry a leading asterisk in the header; the parser accepts the header with or without it. */
/** A header as written in a template: required columns carry a *. */
export function headerText(column: { header: string; required?: boolean }): string {
  return column.required ? `*${column.header}` : column.header;
}

export function normaliseHeader(header: string): string {
  return header.replace(/^[\s*＊]+/, '').replace(/\s+/g, '').trim();
}

/** The note shown on a column's header cell and in the 填写说明 sheet. */
export function columnNote(column: Column): string {
  const parts: string[] = [column.required ? '必填。' : '选填。'];
  if (column.note) parts.push(`${column.note}。`);
  const codec = column.codec;
  if (codec.kind === 'term') parts.push(`填名称或代码：${codec.vocabulary.terms.map((t) => `${t.label}（${t.code}）`).join('、')}。`);
  if (codec.kind === 'terms') {
    parts.push(`可多选，用${listSeparatorText}分隔，填名称或代码：${codec.vocabulary.terms.map((t) => `${t.label}（${t.code}）`).join('、')}。`);
  }
  if (codec.kind === 'texts') parts.push(`可填多个，用${listSeparatorText}分隔。`);
  if (codec.kind === 'boolean') parts.push(`${booleanText}。`);
  if (codec.kind === 'entries' && !codec.single) parts.push(`${entrySeparatorText}：${entryFormat(codec.parts)}。`);
  return parts.join('');
}

/** Excel column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
