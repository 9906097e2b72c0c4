import { APIError, type Endpoint, type PayloadRequest } from 'payload';
import { allowFeedback, feedbackLimit } from './feedbackLimit.ts';
import { feedbackDoor } from './guardPublicFeedback.ts';
import { parseFeedbackBody } from './parseFeedbackBody.ts';
import { replyPage } from './replyPage.ts';
import { returnLink, siteUrls } from './returnLink.ts';

/** Refusals carry their Chinese reason; anything else is logged and answered without its text (it may be SQL). */
function errorOf(req: PayloadRequest, error: unknown): { status: number; message: string } {
  const e = error as { status?: number; message?: string; isPublic?: boolean; data?: { errors?: { message?: string; path?: string }[] } };
  const status = typeof e.status === 'number' && e.status >= 400 && e.status < 500 ? e.status : 500;
  if (status === 500) {
    req.payload.logger.error({ err: error, msg: 'feedback not stored' });
    return { status, message: '意见未能保存，请稍后再试。' };
  }
  const details = e.data?.errors?.map((d) => (d.path ? `${d.path}：${d.message}` : d.message)).filter(Boolean).join('；');
  return { status, message: details || e.message || '提交失败' };
}

const tooMany = `提交过于频繁：同一网络地址 10 分钟内最多提交 ${feedbackLimit.limit} 条意见，请稍后再试。`;

/**
 * POST /api/feedback, in place of Payload's default create and the only door for feedback
 * (guardPublicFeedback refuses GraphQL and the rest): the body is capped at 16 KB before it is
 * read, every caller is counted against the limit, and the document is created with the caller's
 * own access, so guardPublicFeedback and holdForModeration apply to visitors and staff alike.
 * Form posts from the public site are answered with a short page (replyPage), JSON posts like Payload's create.
 */
export const publicFeedbackEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const form = (req.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');
    let returnTo: string | undefined;
    let rating = false;
    const page = async (status: number, title: string, message: string) =>
      rating
        ? replyPage(status, title, message, returnLink(returnTo, req.headers.get('referer'), await siteUrls(req), '/'), '返回办事指南')
        : replyPage(status, title, message, returnLink(returnTo, req.headers.get('referer'), await siteUrls(req)));
    try {
      const body = await parseFeedbackBody(req);
      returnTo = body.returnTo;
      rating = body.data.kind === 'rating';
      if (!(await allowFeedback(req))) throw new APIError(tooMany, 429, undefined, true);
      const doc = await req.payload.create({ collection: 'feedback', data: body.data as never, overrideAccess: false, depth: 0, req, context: { [feedbackDoor]: true } });
      if (form && rating) return page(201, '评价已收到', '感谢您的评价。评价经审核后计入公开的好差评统计，差评转办事指南的实施单位整改。');
      if (form) return page(201, '意见已收到', '感谢您的意见。意见经审核后公开，我们将在征求意见期结束后统一研究处理。');
      return Response.json({ message: '意见已收到，经审核后公开。', doc }, { status: 201 });
    } catch (error) {
      const { status, message } = errorOf(req, error);
      if (form) return page(status, rating ? '评价未能提交' : '意见未能提交', message);
      return Response.json({ errors: [{ message }] }, { status });
    }
  },
};
