import { dayKinds, goodRate, itemTypes, levels, serviceCategories, serviceObjects, lifeEventThemes, itemStatuses, type CatalogEntry, type DayKind, type ItemRatings } from '@catalog/content-models';
import { legalBasisText } from './open-data-laws.ts';
import { beijingIso } from './format.ts';
import { neutraliseCell } from '@catalog/content-models/spreadsheet/index.ts';

/**
 * The open-data export of the published catalog. One column list drives the CSV, the JSON and the
 * field documentation page, so the three cannot drift apart.
 */
export interface Column {
  key: string;
  label: string; // 字段中文名
  /** `rating`: the item's approved 好差评 ({0, 0} when nobody rated it), undefined when the snapshot has no ratings. */
  value: (e: CatalogEntry, site: URL, rating: RatingCounts | undefined) => string | number | boolean | undefined;
}

type RatingCounts = Pick<ItemRatings, 'good' | 'bad'>;

/** Each entry's 好差评 lookup; without ratings.json (no CMS behind the snapshot) every count is unknown, not 0. */
function ratingLookup(ratings: readonly ItemRatings[] | undefined): (e: CatalogEntry) => RatingCounts | undefined {
  if (!ratings) return () => undefined;
  const byCode = new Map(ratings.map((r) => [r.implementationCode, r]));
  return (e) => byCode.get(e.implementationCode) ?? { good: 0, bad: 0 };
}

// Catalog entries carry the day kind once the snapshot schema has it; until then working days.
const dayKindOf = (e: CatalogEntry): DayKind => e.promisedDayKind ?? 'working';

/**
 * Decided: CC BY 4.0 — a standard licence whose terms a re-user's lawyer already knows (free reuse,
 * commercial included, with attribution). The laws' own texts are not covered by copyright
 * (著作权法第五条); the licence covers this compilation of them and of the catalog.
 */
export const LICENCE = '本站开放数据（事项目录、设定依据和法律法规库）由本级政务服务管理机构发布，按“知识共享署名 4.0 国际许可协议”（CC BY 4.0，https://creativecommons.org/licenses/by/4.0/deed.zh-hans）开放：可免费下载、复制、修改和再利用（包括商业用途），使用时请注明来源，并以本网站发布的最新版本为准。';

export const COLUMNS: Column[] = [
  { key: 'implementationCode', label: '实施编码', value: (e) => e.implementationCode },
  { key: 'basicCode', label: '基本编码', value: (e) => e.basicCode },
  { key: 'name', label: '事项名称', value: (e) => e.name },
  { key: 'aliases', label: '别名（以“；”分隔）', value: (e) => e.aliases.join('；') },
  { key: 'itemType', label: '事项类型', value: (e) => itemTypes.label(e.itemType) },
  { key: 'category', label: '服务分类', value: (e) => serviceCategories.label(e.category) },
  { key: 'serviceObjects', label: '服务对象（以“；”分隔）', value: (e) => e.serviceObjects.map((o) => serviceObjects.label(o)).join('；') },
  { key: 'themes', label: '主题（以“；”分隔）', value: (e) => e.themes.map((t) => lifeEventThemes.label(t)).join('；') },
  { key: 'level', label: '行使层级', value: (e) => levels.label(e.level) },
  { key: 'unitName', label: '实施主体', value: (e) => e.unitName },
  { key: 'regionCode', label: '行政区划代码', value: (e) => e.regionCode },
  { key: 'regionName', label: '行政区划', value: (e) => e.regionName },
  { key: 'status', label: '状态', value: (e) => itemStatuses.label(e.status) },
  { key: 'promisedDays', label: '承诺办结时限（天数）', value: (e) => e.promisedDays },
  { key: 'promisedDayKind', label: '承诺办结时限单位（工作日/自然日）', value: (e) => (e.promisedDays === undefined ? undefined : dayKinds.label(dayKindOf(e))) },
  { key: 'visits', label: '到办事现场次数', value: (e) => e.visits },
  { key: 'charged', label: '是否收费（是/否/未公布）', value: (e) => (e.charged === undefined ? '未公布' : e.charged ? '是' : '否') },
  { key: 'legalBasis', label: '设定依据（以“；”分隔）', value: legalBasisText },
  // 好差评 before the last two columns, which readers find from the end (time, then address).
  { key: 'goodRatings', label: '好评数（经审核公开的评价）', value: (_e, _site, r) => r?.good },
  { key: 'badRatings', label: '差评数（经审核公开的评价）', value: (_e, _site, r) => r?.bad },
  { key: 'goodRate', label: '好评率（%，无人评价时为空）', value: (_e, _site, r) => (r ? goodRate(r.good, r.good + r.bad) : undefined) },
  { key: 'updatedAt', label: '最后更新时间（北京时间）', value: (e) => beijingIso(e.updatedAt) },
  { key: 'url', label: '办事指南地址', value: (e, site) => new URL(`/items/${encodeURIComponent(e.implementationCode)}/`, site).href },
];

/**
 * Text cells get the xlsx exports' formula neutralising (a leading apostrophe before = + - @, tab,
 * CR): a spreadsheet program opens this file too. Numbers are data, never formulas.
 */
export function csvCell(value: string | number | boolean | undefined): string {
  const text = value === undefined ? '' : typeof value === 'string' ? neutraliseCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Each entry's rows, kept by entry object. Only frozen entries: the incremental renderer's catalog
 * reader gives an unchanged line back as the same frozen object (content-models
 * snapshot/catalog-lines.ts), so an approval re-serialises the rows of the entries it changed,
 * not all 100,000 of them. A row also depends on the site address and the item's 好差评 counts,
 * kept beside it and compared.
 */
interface KeptRows {
  site: string;
  rating: RatingCounts | undefined;
  /** UTF-8 bytes of the row: the files are assembled from bytes, never from one 67 MB string (see catalogJson). */
  csv?: Buffer;
  json?: Buffer;
}
const keptRows = new WeakMap<CatalogEntry, KeptRows>();

function rowsOf(e: CatalogEntry, site: URL, rating: RatingCounts | undefined): KeptRows {
  const fresh: KeptRows = { site: site.href, rating };
  if (!Object.isFrozen(e)) return fresh;
  const kept = keptRows.get(e);
  if (kept && kept.site === fresh.site && kept.rating?.good === rating?.good && kept.rating?.bad === rating?.bad) return kept;
  keptRows.set(e, fresh);
  return fresh;
}

const CRLF = Buffer.from('\r\n');
const COMMA = Buffer.from(',');

/** RFC 4180 CSV with a UTF-8 BOM so spreadsheet programs read the Chinese correctly; the file's bytes. */
export function catalogCsv(entries: CatalogEntry[], site: URL, ratings?: readonly ItemRatings[]): Buffer {
  const rating = ratingLookup(ratings);
  const parts: Buffer[] = [Buffer.from(`\uFEFF${COLUMNS.map((c) => csvCell(c.label)).join(',')}`)];
  for (const e of entries) {
    const counts = rating(e);
    const kept = rowsOf(e, site, counts);
    parts.push(CRLF, (kept.csv ??= Buffer.from(COLUMNS.map((c) => csvCell(c.value(e, site, counts))).join(','))));
  }
  parts.push(CRLF);
  return Buffer.concat(parts);
}

/** The export time is Beijing time with its offset, like every timestamp in the items (updatedAt). */
/** Lists stay lists in JSON; 设定依据 rows keep their register key (see open-data-laws.ts). */
function jsonValue(c: Column, e: CatalogEntry, site: URL, rating: RatingCounts | undefined): unknown {
  if (c.key === 'aliases' || c.key === 'serviceObjects' || c.key === 'themes') return e[c.key];
  if (c.key === 'legalBasis') return e.legalBasis ?? [];
  return c.value(e, site, rating);
}

function jsonRow(e: CatalogEntry, site: URL, rating: RatingCounts | undefined): string {
  const item: Record<string, unknown> = {};
  for (const c of COLUMNS) item[c.key] = jsonValue(c, e, site, rating);
  return JSON.stringify(item);
}

/**
 * The UTF-8 bytes of `JSON.stringify` of the whole document, assembled from the rows' bytes. Bytes,
 * not a string: at 100,000 items a 67 MB string cost every publication about a second in joining
 * it and in the Response checking and encoding it, for rows that were mostly encoded before.
 */
export function catalogJson(entries: CatalogEntry[], site: URL, generatedAt: string, ratings?: readonly ItemRatings[]): Buffer {
  const rating = ratingLookup(ratings);
  const head = JSON.stringify({ generatedAt: beijingIso(generatedAt), licence: LICENCE, fields: Object.fromEntries(COLUMNS.map((c) => [c.key, c.label])), items: [] });
  const parts: Buffer[] = [Buffer.from(head.slice(0, -2))];
  entries.forEach((e, index) => {
    const counts = rating(e);
    const kept = rowsOf(e, site, counts);
    if (index > 0) parts.push(COMMA);
    parts.push((kept.json ??= Buffer.from(jsonRow(e, site, counts))));
  });
  parts.push(Buffer.from(']}'));
  return Buffer.concat(parts);
}
