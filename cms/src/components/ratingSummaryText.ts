import { ratingReasons, type RatingTally } from '@catalog/content-models';
import type { RatingsSummary } from '../workflow/feedback/ratingsSummary.ts';

/** The words of the admin's 好差评统计 (RatingSummary.tsx), apart from the markup so they are tested without a renderer. */
export const rate = (value: number | undefined) => (value === undefined ? '—' : `${value}%`);

export const tallyColumns = ['好评', '差评', '好评率', '待整改', '主要差评原因'];

/** 好评、差评、好评率、待整改 (待整改 + 整改中) and the two most frequent reasons of one row. */
export function tallyCells(t: RatingTally): string[] {
  return [
    String(t.good),
    String(t.bad),
    rate(t.goodRate),
    String(t.followUp.open + t.followUp['in-progress']),
    t.topReasons.slice(0, 2).map((r) => `${ratingReasons.label(r.reason)}（${r.count}）`).join('、') || '—',
  ];
}

export function summaryHeadline({ scope, approved, pending }: RatingsSummary): string {
  const whose = scope === 'all' ? '（全部单位）' : `（${scope.name}）`;
  return `好差评统计${whose}：已公开 ${approved.total} 条，好评 ${approved.good}、差评 ${approved.bad}，好评率 ${rate(approved.goodRate)}；待审核 ${pending.total} 条`;
}
