import type { PayloadRequest } from 'payload';
import { consumeLimit, type Limit } from '../../limits/rateLimit.ts';
import { clientAddress, limitKeyOfAddress } from '../../net/clientAddress.ts';

/** FEEDBACK_RATE_LIMIT: submissions per client per 10 minutes (default 5), shared by every CMS process. */
export const feedbackLimit: Limit = { bucket: 'feedback', limit: Number(process.env.FEEDBACK_RATE_LIMIT) || 5, windowMs: 10 * 60 * 1000 };

/** Staff are counted per account (a whole office may share one address), visitors per client address. */
export function feedbackClient(req: PayloadRequest): string {
  return req.user ? `user:${req.user.id}` : limitKeyOfAddress(clientAddress(req.headers));
}

/** Counts this submission; false when the client has used up its allowance. */
export function allowFeedback(req: PayloadRequest): Promise<boolean> {
  return consumeLimit(req.payload, feedbackLimit, feedbackClient(req));
}
