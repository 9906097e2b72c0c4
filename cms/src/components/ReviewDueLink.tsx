import { reviewDueWhere } from '../collections/Implementations/reviewDue.ts';

/**
 * 待复核: a link above the guides list that filters it to guides whose review date has passed.
 * A server component, so "today" is the server's date when the list is shown.
 */
export function ReviewDueLink() {
  const where = reviewDueWhere();
  const date = (where.reviewDate as { less_than_equal: string }).less_than_equal;
  const href = `/admin/collections/implementations?where[reviewDate][less_than_equal]=${encodeURIComponent(date)}&sort=reviewDate`;
  return (
    <p style={{ margin: '0 0 1rem' }}>
      <a href={href}>查看待复核的办事指南（复核日期已到）</a>
      {' · '}
      <a href="/admin/collections/implementations">全部</a>
    </p>
  );
}
