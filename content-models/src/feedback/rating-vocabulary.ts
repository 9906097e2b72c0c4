import { defineVocabulary, type CodeOf } from '../vocabularies/vocabulary.ts';

/**
 * 政务服务“好差评” (国办发〔2019〕51号): the national system rates on five levels (非常满意 … 非常不满意)
 * and counts 非常满意/满意/基本满意 as 好评, 不满意/非常不满意 as 差评. A guide page asks only the
 * two-way question citizens answer in a second; the five-level scale belongs to the service
 * hall's own 评价器, not to a static page.
 */
export const ratingVerdicts = defineVocabulary([
  { code: 'good', label: '好评' },
  { code: 'bad', label: '差评' },
] as const);
export type RatingVerdict = CodeOf<typeof ratingVerdicts>;

/**
 * Why a 差评 was given. The seeds (/work/shared/seeds) do not list the national categories, and
 * 51号文 names only their themes (服务态度、办事效率、材料要求、办事指南、线上服务), so this is a
 * short list after those themes, about what a guide page can answer for. Codes are stored; a
 * deployment that adopts its province's list changes the labels here, once.
 */
export const ratingReasons = defineVocabulary([
  { code: 'inaccurate-guide', label: '办事指南不准确' },
  { code: 'unclear-materials', label: '材料要求不清或过多' },
  { code: 'too-slow', label: '办理时限过长' },
  { code: 'complicated-process', label: '办事流程复杂' },
  { code: 'online-inconvenient', label: '线上办理不便' },
  { code: 'poor-attitude', label: '服务态度不好' },
  { code: 'other', label: '其他' },
] as const);
export type RatingReason = CodeOf<typeof ratingReasons>;

/** 差评整改: the follow-up the owning unit records on a 差评. */
export const followUpStates = defineVocabulary([
  { code: 'open', label: '待整改' },
  { code: 'in-progress', label: '整改中' },
  { code: 'done', label: '已整改' },
  { code: 'not-needed', label: '无需整改' },
] as const);
export type FollowUpState = CodeOf<typeof followUpStates>;

/**
 * The Chinese refusal for a verdict/reason pair, or undefined when it is acceptable: a reason only
 * with 差评, and only one of the categories.
 */
export function ratingProblem(verdict: unknown, reason: unknown): string | undefined {
  if (typeof verdict !== 'string' || !ratingVerdicts.has(verdict)) {
    return `评价（verdict）的值“${String(verdict ?? '')}”无效，可接受：good（好评）、bad（差评）。`;
  }
  if (reason === undefined || reason === null || reason === '') return undefined;
  if (verdict !== 'bad') return '只有差评可以选择原因（reason）；好评请不要填写原因。';
  if (typeof reason !== 'string' || !ratingReasons.has(reason)) {
    return `差评原因（reason）的值“${String(reason).slice(0, 40)}”无效，可接受：${ratingReasons.terms.map((t) => `${t.code}（${t.label}）`).join('、')}。`;
  }
  return undefined;
}
