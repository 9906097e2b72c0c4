import { APIError, type CollectionBeforeOperationHook } from 'payload';
import { workflowNow } from '../clock.ts';
import { idOf, text, type Doc } from '../docs.ts';
import { clientAddress, RateLimiter } from './rateLimit.ts';

/** Form field a person never sees (hidden by CSS) and leaves empty; bots fill every field. */
export const honeypotField = 'website';

const publicFields = new Set(['kind', 'adjustment', 'implementation', 'helpful', 'comment', 'name', 'contact', honeypotField]);

/** FEEDBACK_RATE_LIMIT: submissions per client address per 10 minutes (default 5). */
const limiter = new RateLimiter(Number(process.env.FEEDBACK_RATE_LIMIT) || 5, 10 * 60 * 1000);

const refuse = (message: string, status = 400) => new APIError(message, status, undefined, true);

async function openConsultation(req: Parameters<CollectionBeforeOperationHook>[0]['req'], id: unknown): Promise<boolean> {
  const key = idOf(id);
  if (key === undefined) return false;
  const adjustment = (await req.payload
    .findByID({ collection: 'adjustments', id: key, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as Doc | null;
  const opens = text(adjustment?.consultationOpensAt);
  const closes = text(adjustment?.consultationClosesAt);
  const now = workflowNow().getTime();
  return adjustment?.state === 'in-review' && !!opens && !!closes && new Date(opens).getTime() <= now && now < new Date(closes).getTime();
}

/**
 * The public side of feedback (征求意见 comments and guide ratings): anonymous visitors may only
 * create, only with the fields a visitor fills in, at most FEEDBACK_RATE_LIMIT times per 10
 * minutes per address; a filled honeypot is refused; comments go only to an open consultation.
 * Moderation state is the moderators' (holdForModeration keeps new feedback pending).
 */
export const guardPublicFeedback: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || req.user) return args;
  if (!limiter.allow(clientAddress(req.headers))) throw refuse('提交过于频繁：同一网络地址 10 分钟内最多提交 ' + limiter.limit + ' 条意见，请稍后再试。', 429);
  const data = ((args as { data?: Doc }).data ?? {}) as Doc;
  const extra = Object.keys(data).filter((key) => !publicFields.has(key));
  if (extra.length > 0) {
    throw refuse(`不能提交字段：${extra.join('、')}。公众意见只接受：调整事项（adjustment）、意见内容（comment）、称呼（name）、联系方式（contact），或对指南的评价（implementation、helpful）。`);
  }
  if (text(data[honeypotField])) throw refuse('提交未被接受：请勿填写隐藏字段。');
  if (data.kind === 'comment') {
    const comment = typeof data.comment === 'string' ? data.comment.trim() : '';
    if (!comment) throw refuse('请填写意见内容（comment）。');
    if (comment.length > 2000) throw refuse(`意见内容（comment）共 ${comment.length} 字，最多 2000 字。`);
    if (!(await openConsultation(req, data.adjustment))) {
      throw refuse(`调整事项（adjustment）“${String(idOf(data.adjustment) ?? '')}”当前不在征求意见期内，不能提交意见。`);
    }
  } else if (data.kind === 'rating') {
    if (typeof data.helpful !== 'boolean' || idOf(data.implementation) === undefined) throw refuse('指南评价须注明办事指南（implementation）和是否有帮助（helpful：是 / 否）。');
  } else {
    throw refuse(`类型（kind）的值“${String(data.kind)}”无效，可接受：comment（征求意见）、rating（指南评价）。`);
  }
  const { [honeypotField]: _trap, ...stored } = data;
  return { ...args, data: stored };
};
