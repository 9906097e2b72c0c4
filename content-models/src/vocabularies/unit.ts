import { defineVocabulary, type CodeOf } from './vocabulary.ts';

/** 实施主体性质. */
export const unitKinds = defineVocabulary([
  { code: 'government', label: '政府部门' },
  { code: 'institution', label: '事业单位' },
  { code: 'intermediary', label: '中介服务机构' },
  { code: 'soe', label: '国有企业（水电气、公共交通等）' },
  { code: 'mass-organization', label: '群团组织' },
]);
export type UnitKind = CodeOf<typeof unitKinds>;

/** 行政区划层级. */
export const regionLevels = defineVocabulary([
  { code: 'province', label: '省（自治区、直辖市）' },
  { code: 'city', label: '市' },
  { code: 'county', label: '县（区）' },
  { code: 'town', label: '乡镇（街道）' },
  { code: 'village', label: '社区（村）' },
]);
export type RegionLevel = CodeOf<typeof regionLevels>;
