import { ratingReasons, type FollowUpState, type RatingReason, type RatingVerdict } from './rating-vocabulary.ts';

/** One rating as the aggregates see it: who it is about and what it said. */
export interface RatingRecord {
  implementationCode: string;
  unitId: string;
  verdict: RatingVerdict;
  reason?: RatingReason;
  /** Only on 差评; absent counts as 待整改. */
  followUp?: FollowUpState;
}

export interface RatingTally {
  good: number;
  bad: number;
  total: number;
  /** 好评率 in percent with one decimal, undefined when nobody rated (unknown, not 0 %). */
  goodRate: number | undefined;
  /** 差评 reasons, most frequent first (ties in the vocabulary's order); reasons nobody gave are left out. */
  topReasons: { reason: RatingReason; count: number }[];
  /** 差评 by follow-up state (整改): every state present, 0 when none. */
  followUp: Record<FollowUpState, number>;
}

export function emptyTally(): RatingTally {
  return { good: 0, bad: 0, total: 0, goodRate: undefined, topReasons: [], followUp: { open: 0, 'in-progress': 0, done: 0, 'not-needed': 0 } };
}

/** 好评率: good / all, in percent rounded to one decimal. */
export function goodRate(good: number, total: number): number | undefined {
  return total === 0 ? undefined : Math.round((good / total) * 1000) / 10;
}

export function tally(ratings: Iterable<RatingRecord>): RatingTally {
  const result = emptyTally();
  const reasons = new Map<RatingReason, number>();
  for (const r of ratings) {
    if (r.verdict === 'good') result.good += 1;
    else {
      result.bad += 1;
      result.followUp[r.followUp ?? 'open'] += 1;
      if (r.reason) reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
    }
  }
  result.total = result.good + result.bad;
  result.goodRate = goodRate(result.good, result.total);
  const order = ratingReasons.codes as readonly string[];
  result.topReasons = [...reasons]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || order.indexOf(a.reason) - order.indexOf(b.reason));
  return result;
}

function groupBy(ratings: Iterable<RatingRecord>, key: (r: RatingRecord) => string): Map<string, RatingTally> {
  const groups = new Map<string, RatingRecord[]>();
  for (const r of ratings) {
    const k = key(r);
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return new Map([...groups].map(([k, list]) => [k, tally(list)]));
}

/** Per item (实施编码): only items someone rated appear. */
export const tallyByItem = (ratings: Iterable<RatingRecord>) => groupBy(ratings, (r) => r.implementationCode);

/** Per unit (实施主体 id): only units whose items someone rated appear. */
export const tallyByUnit = (ratings: Iterable<RatingRecord>) => groupBy(ratings, (r) => r.unitId);
