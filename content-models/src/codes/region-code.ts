import { accepted, refused, type CodeCheck } from './code-check.ts';

/**
 * 行政区划代码 (GB/T 2260, extended to towns and villages as in the statistical division codes):
 * six digits PP CC DD (province, city, county) for county level and up, twelve digits
 * PPCCDD TTT VVV for towns (乡镇街道, TTT ≠ 000, VVV = 000) and villages (社区/村, VVV ≠ 000).
 * The check is structural: it cannot know whether a code was ever assigned, only whether it
 * could be one.
 */
export type RegionCodeLevel = 'province' | 'city' | 'county' | 'town' | 'village';

const label = '行政区划代码';

/** Province prefixes in use: North China 11–15, North-east 21–23, East 31–37, Central-South 41–46,
 * South-west 50–54, North-west 61–65, Taiwan 71, Hong Kong 81, Macao 82. */
const provinceRanges: readonly (readonly [number, number])[] = [
  [11, 15], [21, 23], [31, 37], [41, 46], [50, 54], [61, 65], [71, 71], [81, 82],
];
const provinceRangesText = '11–15、21–23、31–37、41–46、50–54、61–65、71、81、82';

function isKnownProvince(prefix: string): boolean {
  const n = Number(prefix);
  return provinceRanges.some(([from, to]) => n >= from && n <= to);
}

function levelOfSixDigits(code: string): RegionCodeLevel {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The level a well-formed code denotes, or undefined when the code is not well formed. */
export function regionLevelOfCode(code: string): RegionCodeLevel | undefined {
  if (!validateRegionCode(code).ok) return undefined;
  const county = code.slice(0, 6);
  if (code.length === 6 || code.slice(6) === '000000') return levelOfSixDigits(county);
  return code.endsWith('000') ? 'town' : 'village';
}

export function validateRegionCode(value: string): CodeCheck {
  if (!/^(\d{6}|\d{12})$/.test(value)) {
    return refused(`${label}“${value}”应为 6 位数字（县级及以上）或 12 位数字（乡镇街道、社区村）`);
  }
  const province = value.slice(0, 2);
  if (!isKnownProvince(province)) {
    return refused(`${label}“${value}”的省级代码“${province}”不存在，应在 ${provinceRangesText} 之内`);
  }
  if (value.slice(2, 4) === '00' && value.slice(4, 6) !== '00') {
    return refused(`${label}“${value}”第 3–4 位为 00 时第 5–6 位也应为 00（县级区划必须隶属于一个地级代码）`);
  }
  if (value.length === 12) {
    const town = value.slice(6, 9);
    const village = value.slice(9, 12);
    if (town === '000' && village !== '000') {
      return refused(`${label}“${value}”第 7–9 位（乡镇街道）为 000 时第 10–12 位（社区村）也应为 000`);
    }
    if (town !== '000' && levelOfSixDigits(value.slice(0, 6)) === 'province') {
      return refused(`${label}“${value}”前 6 位“${value.slice(0, 6)}”是省级代码，乡镇街道应隶属于市或县级代码`);
    }
  }
  return accepted;
}

/**
 * The code of the region one level up by structure: village → its town (12 digits), town → its
 * county or city (6 digits), county → its city, city → its province, province → none.
 */
export function regionParentCode(code: string): string | undefined {
  switch (regionLevelOfCode(code)) {
    case 'village': return `${code.slice(0, 9)}000`;
    case 'town': return code.slice(0, 6);
    case 'county': return `${code.slice(0, 4)}00`;
    case 'city': return `${code.slice(0, 2)}0000`;
    default: return undefined;
  }
}

/** Six digits for county level and up, twelve below: the form a code is compared in. */
function canonical(code: string): string {
  return code.length === 12 && code.endsWith('000000') ? code.slice(0, 6) : code;
}

/** The part of a code that every region inside it shares (the code without its trailing zeros by level). */
function scopePrefix(code: string, level: RegionCodeLevel): string {
  switch (level) {
    case 'province': return code.slice(0, 2);
    case 'city': return code.slice(0, 4);
    case 'county': return code.slice(0, 6);
    case 'town': return code.slice(0, 9);
    case 'village': return code;
  }
}

const levelRank: Record<RegionCodeLevel, number> = { province: 0, city: 1, county: 2, town: 3, village: 4 };

/** Chinese names of the levels a code can denote, for messages. */
export const regionCodeLevelLabels: Readonly<Record<RegionCodeLevel, string>> = {
  province: '省级', city: '市级', county: '县级', town: '乡镇（街道）级', village: '社区（村）级',
};

/**
 * Checks that `parentCode` can be the parent of `code`: a higher level whose code contains it.
 * Containment rather than "exactly one level up" because real trees skip levels: a town of
 * 东莞 (4419) hangs directly under the city, a 省直辖县 under the province.
 */
export function validateRegionParent(code: string, parentCode: string): CodeCheck {
  const child = validateRegionCode(code);
  if (!child.ok) return child;
  const parent = validateRegionCode(parentCode);
  if (!parent.ok) return refused(`上级${parent.message}`);
  const childLevel = regionLevelOfCode(code)!;
  const parentLevel = regionLevelOfCode(parentCode)!;
  if (levelRank[parentLevel] >= levelRank[childLevel]) {
    return refused(
      `上级${label}“${parentCode}”是${regionCodeLevelLabels[parentLevel]}，不能作为${regionCodeLevelLabels[childLevel]}“${code}”的上级，上级应为更高一级的区划`,
    );
  }
  const prefix = scopePrefix(canonical(parentCode), parentLevel);
  if (!canonical(code).startsWith(prefix)) {
    return refused(`${label}“${code}”不在上级区划“${parentCode}”之内：下级代码应以“${prefix}”开头`);
  }
  return accepted;
}
