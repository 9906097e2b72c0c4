import { describeChange, isNewItem, publicChanges, type PublicAdjustment } from '@catalog/content-models';
import { chineseDate } from './format.ts';

/**
 * What an adjustment notice tells the public, shared by the notices list, the notice's own page
 * and the Atom feed so the three say the same thing.
 */

/** A 新增, or a diff that adds the item from nothing: the whole item is new. */
export const isNewItemNotice = (notice: PublicAdjustment) => notice.kind === 'add' || isNewItem(notice.changes);

/** The public changes, each with its values (「承诺办结时限：由“10”改为“5”」); none for a new item. */
export function changeSentences(notice: PublicAdjustment): string[] {
  return isNewItemNotice(notice) ? [] : publicChanges(notice.kind, notice.changes).map(describeChange);
}

/**
 * One line for a feed reader: unit, effective date, reason, basis and every change with its
 * values, separated by 「；」. A change is never a bare label (「；承诺办结时限」 said nothing).
 */
export function noticeSummary(notice: PublicAdjustment): string {
  return [
    notice.unitName,
    `生效日期：${chineseDate(notice.effectiveDate)}`,
    `调整原因：${notice.reason}`,
    ...(notice.basis ? [`调整依据：${notice.basis}`] : []),
    ...(isNewItemNotice(notice) ? ['本事项新发布'] : changeSentences(notice)),
  ].join('；');
}
