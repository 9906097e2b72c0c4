import { hasPhoneNumber } from '@catalog/content-models/phones/index.ts';
import { materialNecessities, type Material, type PublicItem } from '@catalog/content-models';
import { dayCount } from './format.ts';
import { isSharedOnly } from './materials.ts';

/**
 * The short answers at the top of a guide, from what the guide states and nothing else: an element
 * nobody filled in gives undefined, and the page says 「未公布，请咨询」 instead of a default.
 */

/** 要不要钱: 收费 / 不收费 / 「收费（仅限：遗失补领）」 when only some cases pay; undefined when not stated. */
export function feeSummary(item: Pick<PublicItem, 'charged' | 'fees'>): string | undefined {
  const cases = item.fees.flatMap((f) => (f.applicableCase ? [f.applicableCase] : []));
  if (item.charged === true && cases.length < item.fees.length) return '收费（见下方收费标准）';
  if (cases.length > 0) return `收费（仅限：${[...new Set(cases)].join('、')}）`;
  if (item.charged === true) return '收费（见下方收费标准）';
  if (item.charged === false) return '不收费';
  return item.fees.length > 0 ? '收费（见下方收费标准）' : undefined;
}

/**
 * 多久办好: the promised limit, else the statutory one, else a pointer to the per-case limits, else
 * what the guide says in words (时限说明, 即办件).
 */
export function timeSummary(
  item: Pick<PublicItem, 'promisedDays' | 'promisedDayKind' | 'statutoryDays' | 'statutoryDayKind' | 'caseTimeLimits' | 'timeLimitNote' | 'caseType'>,
): string | undefined {
  if (item.promisedDays !== undefined) return item.promisedDays === 0 ? dayCount(0) : `承诺 ${dayCount(item.promisedDays, item.promisedDayKind)}`;
  if (item.statutoryDays !== undefined) return item.statutoryDays === 0 ? dayCount(0) : `法定 ${dayCount(item.statutoryDays, item.statutoryDayKind)}`;
  if (item.caseTimeLimits.length > 0) return '分情形办结，见下方办理时限';
  if (item.timeLimitNote) return item.timeLimitNote;
  return item.caseType === 'instant' ? '即办件（当场办结）' : undefined;
}

/** The number to ask about an unpublished element: the item's consult phone, the unit's, else the hotline. */
export function consultNumber(item: Pick<PublicItem, 'consultPhone' | 'unit'>, hotline: string): string {
  return [item.consultPhone, item.unit.phone].find(hasPhoneNumber) ?? hotline;
}

/** How many names 要带什么 lists before 「等」: enough to recognise the guide, short enough for the first screen. */
const BRING_NAMES = 3;

/**
 * 要带什么: how many materials to bring and the first few names, a necessity other than 必需/未说明
 * beside its name; 免提交 materials (shared by data) are counted apart, never as something to bring.
 * Undefined when the guide lists no materials: the page says 「未公布，请咨询」, never 「不用带」.
 */
export function bringSummary(materials: readonly Pick<Material, 'name' | 'necessity' | 'obtainableBySharing' | 'demandedFromApplicant'>[]): string | undefined {
  if (materials.length === 0) return undefined;
  const toBring = materials.filter((m) => !isSharedOnly(m));
  const shared = materials.length - toBring.length;
  if (toBring.length === 0) return `不用带材料：${shared} 项均免提交（部门通过数据共享获取）`;
  const names = toBring.slice(0, BRING_NAMES).map((m) =>
    m.necessity === 'conditional' || m.necessity === 'deferrable' ? `${m.name}（${materialNecessities.label(m.necessity)}）` : m.name);
  const more = toBring.length > BRING_NAMES ? '等' : '';
  return `${toBring.length} 项：${names.join('、')}${more}${shared > 0 ? `；另有 ${shared} 项免提交（部门通过数据共享获取）` : ''}`;
}

/**
 * The one-line description a link shows in WeChat and search engines (og:description): who
 * handles it, how long it takes (即办 said as such, never 「0 个工作日」) and how many materials.
 * Only what the guide states; a cancelled item says when it was cancelled.
 */
export function shareDescription(
  item: Pick<PublicItem, 'name' | 'unit' | 'status' | 'materials' | 'promisedDays' | 'promisedDayKind' | 'statutoryDays' | 'statutoryDayKind' | 'caseTimeLimits' | 'timeLimitNote' | 'caseType'>,
  cancelledOn?: string,
): string {
  if (item.status === 'cancelled') return `${item.name}已于${cancelledOn ?? '近期'}取消。`;
  // Only a day count goes into the description (timeSummary's words for per-case limits do not).
  const time = item.promisedDays !== undefined || item.statutoryDays !== undefined ? timeSummary(item) : undefined;
  const timeText = time === dayCount(0) ? `，${time}` : time ? `，办结时限${time}` : '';
  return `${item.name}：${item.unit.name}办理${timeText}${item.materials.length ? `，需${item.materials.length}项材料` : ''}。`;
}
