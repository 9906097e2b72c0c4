import type { FeeItem, LegalBasis } from '../guide/guide-schema.ts';
import {
  itemTypes,
  lifeEventThemes,
  serviceCategories,
  type ItemType,
  type LifeEventTheme,
  type ServiceCategory,
  type ServiceObject,
} from '../vocabularies/index.ts';
import { department, type Department } from './departments.ts';
import { LAWS } from './laws.ts';
import { material } from './materials.ts';
import { TEMPLATE_TABLE } from './template-table.ts';

export type LevelChar = '3' | '4' | '5' | '6';

export interface ItemTemplate {
  index: number;
  name: string;
  aliases: string[];
  department: Department;
  itemType: ItemType;
  category: ServiceCategory;
  themes: LifeEventTheme[];
  serviceObjects: ServiceObject[];
  levels: LevelChar[];
  statutoryDays?: number;
  promisedDays: number;
  law: LegalBasis;
  materialKeys: string[];
  resultName: string;
  fee?: FeeItem;
  /** 基本编码: the same for this item in every region (同一事项、同一编码). */
  basicCode: string;
}

const FEES: Record<string, FeeItem> = {
  bdc: { name: '不动产登记费', standard: '住宅类每件80元，非住宅类每件550元', basis: '《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）', reducible: true, reductionBasis: '小微企业、个体工商户免收不动产登记费' },
  gz: { name: '公证服务费', standard: '按省定公证服务收费标准，每件200元起', basis: '《公证服务收费管理办法》（发改价格〔2021〕1253号）', reducible: true, reductionBasis: '符合法律援助条件的当事人减免公证费' },
  passport: { name: '普通护照工本费', standard: '每本120元', basis: '《国家发展改革委 财政部关于降低出入境证照类行政事业性收费标准的通知》（发改价格〔2019〕914号）', reducible: false },
  hkmo: { name: '往来港澳通行证工本费', standard: '卡式证件每证60元，签注每次15元', basis: '《国家发展改革委 财政部关于降低出入境证照类行政事业性收费标准的通知》（发改价格〔2019〕914号）', reducible: false },
  jsz: { name: '机动车驾驶证工本费', standard: '每证10元', basis: '《国家计委 财政部关于公安部门收费标准的通知》（计价格〔1994〕783号）', reducible: false },
  plate: { name: '机动车号牌工本费', standard: '汽车每副100元', basis: '《国家发展改革委 财政部关于公安交通管理收费标准的通知》（发改价格〔2004〕2831号）', reducible: false },
  jd: { name: '司法鉴定服务费', standard: '按司法鉴定收费项目和标准，每例1500元起', basis: '《浙江省司法鉴定收费管理办法》', reducible: true, reductionBasis: '法律援助案件当事人缓收、减收或免收' },
  sfz: { name: '居民身份证工本费', standard: '补领每证40元', basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）', reducible: true, reductionBasis: '城市最低生活保障对象和农村特困群众免收' },
  tmpsfz: { name: '临时居民身份证工本费', standard: '每证10元', basis: '《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）', reducible: false },
};

const OBJECT_LETTERS: Record<string, ServiceObject> = { p: 'person', l: 'legal-person', o: 'other-org' };

function parseLine(line: string, index: number, mainByDepartment: Map<string, number>): ItemTemplate {
  const cells = line.split('|');
  if (cells.length !== 13) throw new Error(`事项模板第${index + 1}行应有13列，实际${cells.length}列：${line}`);
  const [name, aliases, deptKey, itemType, category, themes, objects, levels, days, lawKey, materials, resultName, feeKey] =
    cells as [string, string, string, string, string, string, string, string, string, string, string, string, string];
  if (!itemTypes.has(itemType)) throw new Error(`事项模板「${name}」的事项类型「${itemType}」无效`);
  if (!serviceCategories.has(category)) throw new Error(`事项模板「${name}」的服务分类「${category}」无效`);
  const themeList = themes ? themes.split(',') : [];
  for (const theme of themeList) {
    if (!lifeEventThemes.has(theme)) throw new Error(`事项模板「${name}」的主题「${theme}」无效`);
  }
  const law = LAWS[lawKey];
  if (!law) throw new Error(`事项模板「${name}」引用了未知的法律依据「${lawKey}」`);
  const fee = feeKey ? FEES[feeKey] : undefined;
  if (feeKey && !fee) throw new Error(`事项模板「${name}」引用了未知的收费项目「${feeKey}」`);
  const materialKeys = materials.split(',');
  materialKeys.forEach(material);
  const dept = department(deptKey);
  const main = (mainByDepartment.get(dept.key) ?? 0) + 1;
  mainByDepartment.set(dept.key, main);
  const [statutory, promised] = days.split(',');
  // Items in the national standard catalogue carry the 00 prefix; local extensions (31, 99) the province's.
  const prefix = itemType === '31' || itemType === '99' ? '33' : '00';
  return {
    index,
    name,
    aliases: aliases ? aliases.split('、') : [],
    department: dept,
    itemType: itemType as ItemType,
    category: category as ServiceCategory,
    themes: themeList as LifeEventTheme[],
    serviceObjects: [...objects].map((letter) => {
      const object = OBJECT_LETTERS[letter];
      if (!object) throw new Error(`事项模板「${name}」的服务对象「${letter}」无效`);
      return object;
    }),
    levels: [...levels] as LevelChar[],
    ...(statutory === '-' ? {} : { statutoryDays: Number(statutory) }),
    promisedDays: Number(promised),
    law,
    materialKeys,
    resultName,
    ...(fee ? { fee } : {}),
    basicCode: `${prefix}${itemType}${dept.code}${String(main).padStart(3, '0')}000`,
  };
}

function parseTable(): ItemTemplate[] {
  const mainByDepartment = new Map<string, number>();
  return TEMPLATE_TABLE.trim()
    .split('\n')
    .map((line, index) => parseLine(line.trim(), index, mainByDepartment));
}

/** Templates ordered round-robin across service categories, so the first N items cover all twelve. */
export const TEMPLATES: readonly ItemTemplate[] = (() => {
  const byCategory = new Map<string, ItemTemplate[]>();
  for (const template of parseTable()) {
    const list = byCategory.get(template.category) ?? [];
    list.push(template);
    byCategory.set(template.category, list);
  }
  const lists = serviceCategories.codes.map((code) => byCategory.get(code) ?? []);
  const ordered: ItemTemplate[] = [];
  for (let round = 0; ordered.length < lists.reduce((n, l) => n + l.length, 0); round++) {
    for (const list of lists) {
      const template = list[round];
      if (template) ordered.push(template);
    }
  }
  return ordered;
})();
