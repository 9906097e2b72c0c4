/**
 * 退回原因: the reviewers' opinions on returns, grouped. There is no vocabulary of reasons (the
 * seeds have reviewers write 审核意见 freely), so opinions are grouped by their text after
 * trimming, collapsing white space and dropping trailing punctuation — "材料不全。" and "材料不全"
 * are one reason. A return without an opinion cannot happen (the engine refuses it); an empty one
 * from old data counts as 「未填写」, never guessed.
 */
export interface ReasonCount {
  reason: string;
  count: number;
}

export const unstatedReason = '未填写';

export function normalizeReason(opinion: string | undefined | null): string {
  const text = (opinion ?? '').replace(/\s+/g, ' ').trim().replace(/[。.!！;；,，、\s]+$/u, '');
  return text === '' ? unstatedReason : text;
}

/** The most frequent reasons first; equal counts in the order of the text, so the list is stable. */
export function topReasons(opinions: readonly (string | undefined | null)[], limit = 5): ReasonCount[] {
  const counts = new Map<string, number>();
  for (const opinion of opinions) {
    const reason = normalizeReason(opinion);
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason, 'zh-Hans-CN'))
    .slice(0, limit);
}
