import { hasPhoneNumber } from '@catalog/content-models/phones/index.ts';
import type { PublicItem } from '@catalog/content-models';
import { dayCount } from './format.ts';

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
