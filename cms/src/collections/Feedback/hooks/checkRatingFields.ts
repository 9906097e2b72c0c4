import { ratingProblem } from '@catalog/content-models';
import { APIError, type CollectionBeforeChangeHook } from 'payload';

const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * A reason and a 整改 state belong to a 差评 only. Checked here, not in the fields' validate:
 * Payload skips validating a field its admin condition hides, and these are hidden exactly when
 * they do not belong — which is when a request may still send them.
 */
export const checkRatingFields: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>;
  const badRating = merged.kind === 'rating' && merged.verdict === 'bad';
  if (filled(merged.followUp) && !badRating) throw new APIError('只有差评需要整改：好评和征求意见不能填写整改状态（followUp）。', 400, undefined, true);
  if (filled(merged.reason)) {
    const problem = merged.kind === 'rating' ? ratingProblem(merged.verdict, merged.reason) : '征求意见不能填写差评原因（reason）。';
    if (problem) throw new APIError(problem, 400, undefined, true);
  }
  return data;
};
