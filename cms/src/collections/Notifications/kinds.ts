/** What a 站内通知 tells its recipient. */
export const noticeKinds = [
  { value: 'stage', label: '待审核' },
  { value: 'returned', label: '已退回' },
  { value: 'overdue', label: '已超期' },
  { value: 'approved', label: '已通过' },
  { value: 'rejected', label: '不予通过' },
  { value: 'law-change', label: '依据变化' },
] as const;

export type NoticeKind = (typeof noticeKinds)[number]['value'];

export const noticeKindLabel = (kind: NoticeKind): string => noticeKinds.find((k) => k.value === kind)!.label;
